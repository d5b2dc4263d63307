#include "modules/forecasts/core/exact_ratio.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace salesdesk::core::forecasts {
namespace {

using U128 = unsigned __int128;

// An unsigned big integer, 32-bit limbs, least significant first; just what an exact mean of
// fractions needs (multiply by a word, add, compare).
class BigUint {
 public:
  explicit BigUint(std::uint64_t v = 0) {
    while (v != 0) {
      limbs_.push_back(static_cast<std::uint32_t>(v));
      v >>= 32;
    }
  }
  BigUint Times(std::uint64_t m) const {
    BigUint out;
    U128 carry = 0;
    for (std::uint32_t limb : limbs_) {
      const U128 cur = static_cast<U128>(limb) * m + carry;
      out.limbs_.push_back(static_cast<std::uint32_t>(cur));
      carry = cur >> 32;
    }
    while (carry != 0) {
      out.limbs_.push_back(static_cast<std::uint32_t>(carry));
      carry >>= 32;
    }
    out.Trim();
    return out;
  }
  BigUint Plus(const BigUint& o) const {
    BigUint out;
    std::uint64_t carry = 0;
    for (std::size_t i = 0; i < std::max(limbs_.size(), o.limbs_.size()); ++i) {
      const std::uint64_t cur = carry + Limb(i) + o.Limb(i);
      out.limbs_.push_back(static_cast<std::uint32_t>(cur));
      carry = cur >> 32;
    }
    if (carry != 0) out.limbs_.push_back(static_cast<std::uint32_t>(carry));
    out.Trim();
    return out;
  }
  friend bool operator<=(const BigUint& a, const BigUint& b) {
    if (a.limbs_.size() != b.limbs_.size()) return a.limbs_.size() < b.limbs_.size();
    for (std::size_t i = a.limbs_.size(); i-- > 0;) {
      if (a.limbs_[i] != b.limbs_[i]) return a.limbs_[i] < b.limbs_[i];
    }
    return true;
  }

 private:
  std::uint64_t Limb(std::size_t i) const { return i < limbs_.size() ? limbs_[i] : 0; }
  void Trim() {
    while (!limbs_.empty() && limbs_.back() == 0) limbs_.pop_back();
  }
  std::vector<std::uint32_t> limbs_;
};

}  // namespace

std::int64_t BasisPoints(__int128 num, __int128 den) {
  const bool negative = (num < 0) != (den < 0);
  const U128 a = static_cast<U128>(num < 0 ? -num : num) * 10000;
  const U128 b = static_cast<U128>(den < 0 ? -den : den);
  const auto q = static_cast<std::int64_t>((2 * a + b) / (2 * b));
  return negative ? -q : q;
}

std::int64_t MeanRatioBasisPoints(std::span<const std::pair<std::uint64_t, std::uint64_t>> terms) {
  // Σ a_i/b_i = N / D, kept exact.
  BigUint num(0);
  BigUint den(1);
  for (const auto& [a, b] : terms) {
    num = num.Times(b).Plus(den.Times(a));
    den = den.Times(b);
  }
  // round(10000·N / (n·D)) = ⌊(20000·N + n·D) / (2·n·D)⌋: the largest q with q·2nD ≤ 20000N + nD.
  const BigUint n_den = den.Times(terms.size());
  const BigUint target = num.Times(20000).Plus(n_den);
  const BigUint step = n_den.Times(2);
  std::uint64_t q = 0;
  for (int bit = 62; bit >= 0; --bit) {
    const std::uint64_t candidate = q | (std::uint64_t{1} << bit);
    if (step.Times(candidate) <= target) q = candidate;
  }
  return static_cast<std::int64_t>(q);
}

}  // namespace salesdesk::core::forecasts
