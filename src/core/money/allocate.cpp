#include "core/money/allocate.h"

#include <algorithm>
#include <numeric>
#include <string>

namespace salesdesk::core {
namespace {

Error Overflow() { return Error::Make(ErrorCode::kOverflow, Msg("money.result_overflow")); }

__int128 Abs(__int128 v) { return v < 0 ? -v : v; }

__int128 Gcd(__int128 a, __int128 b) {
  a = Abs(a);
  b = Abs(b);
  while (b != 0) {
    const __int128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

// num/den in lowest terms (0 is 0/1).
Weight Reduced(Weight w) {
  const __int128 g = w.num == 0 ? w.den : Gcd(w.num, w.den);
  return Weight{w.num / g, w.den / g};
}

bool MulOverflows(__int128 a, __int128 b, __int128& out) {
  return __builtin_mul_overflow(a, b, &out);
}

}  // namespace

Result<std::vector<std::int64_t>> Allocate(std::int64_t total, std::span<const Weight> weights,
                                           std::string_view field) {
  const std::string name(field);
  // Bring every weight onto one denominator (the lcm of the reduced ones) so the quotas,
  // remainders and the weight tie-break compare as integers.
  __int128 common = 1;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const Weight& w = weights[i];
    const std::string at = name + "/" + std::to_string(i);
    if (w.den <= 0) {
      return Error::Invalid(
          at, Msg("field.out_of_range",
                  {{"field", at + " denominator"}, {"min", "1"}, {"max", "2^127-1"}}));
    }
    if (w.num < 0) return Error::Invalid(at, Msg("field.negative", {{"field", at}}));
    const __int128 den = Reduced(w).den;
    __int128 next = 0;
    if (MulOverflows(common / Gcd(common, den), den, next)) return Overflow();
    common = next;
  }
  std::vector<__int128> scaled(weights.size());
  __int128 sum = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const Weight w = Reduced(weights[i]);
    if (MulOverflows(w.num, common / w.den, scaled[i])) return Overflow();
    if (__builtin_add_overflow(sum, scaled[i], &sum)) return Overflow();
  }
  if (sum == 0) {
    return Error::Invalid(name, Msg("money.allocation_basis_empty", {{"field", name}}));
  }
  // Negative totals: split |total|, negate each part (RULES 0.4.6).
  const bool negative = total < 0;
  const __int128 magnitude = negative ? -static_cast<__int128>(total) : total;
  std::vector<__int128> floors(weights.size());
  std::vector<__int128> remainders(weights.size());
  __int128 given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    __int128 product = 0;
    if (MulOverflows(magnitude, scaled[i], product)) return Overflow();
    floors[i] = product / sum;
    remainders[i] = product % sum;  // all over the same denominator `sum`
    given += floors[i];
  }
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (remainders[a] != remainders[b]) return remainders[a] > remainders[b];
    if (scaled[a] != scaled[b]) return scaled[a] > scaled[b];
    return a < b;
  });
  // 0 <= left < number of parts, and only parts with a remainder > 0 receive a unit: a part
  // with remainder 0 never sorts above one with a remainder while units are left.
  const __int128 left = magnitude - given;
  for (__int128 k = 0; k < left; ++k) floors[order[static_cast<std::size_t>(k)]] += 1;
  std::vector<std::int64_t> parts(weights.size());
  for (std::size_t i = 0; i < weights.size(); ++i) {
    parts[i] = static_cast<std::int64_t>(negative ? -floors[i] : floors[i]);
  }
  return parts;
}

Result<std::vector<std::int64_t>> Allocate(std::int64_t total,
                                           std::span<const std::int64_t> weights,
                                           std::string_view field) {
  std::vector<Weight> exact;
  exact.reserve(weights.size());
  for (std::int64_t w : weights) exact.push_back(Weight{w, 1});
  return Allocate(total, exact, field);
}

}  // namespace salesdesk::core
