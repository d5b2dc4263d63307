// Independent reference arithmetic for core tests: decimal strings, not the code under test.
#pragma once

#include <cstdint>
#include <random>
#include <string>

#include "core/money/rounding.h"

namespace salesdesk::core::testing {

inline std::string UInt128ToString(unsigned __int128 v) {
  if (v == 0) return "0";
  std::string s;
  while (v != 0) {
    s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  }
  return s;
}

inline std::string Int128ToString(__int128 v) {
  if (v >= 0) return UInt128ToString(static_cast<unsigned __int128>(v));
  return "-" + UInt128ToString(0 - static_cast<unsigned __int128>(v));
}

// Long division of the decimal digits of `v` by 10^digits with school rounding rules, done on
// strings so it shares no arithmetic with RoundDivPow10.
inline std::string ReferenceRoundDiv(__int128 v, int digits, RoundingMode mode) {
  const bool negative = v < 0;
  std::string magnitude = UInt128ToString(negative ? 0 - static_cast<unsigned __int128>(v) : v);
  const std::size_t d = static_cast<std::size_t>(digits);
  if (magnitude.size() < d + 1) magnitude.insert(0, d + 1 - magnitude.size(), '0');
  std::string quotient = magnitude.substr(0, magnitude.size() - d);
  const std::string remainder = magnitude.substr(magnitude.size() - d);
  if (d > 0) {
    const std::string half = "5" + std::string(d - 1, '0');
    const int cmp = remainder.compare(half);
    const bool odd = (quotient.back() - '0') % 2 == 1;
    if (cmp > 0 || (cmp == 0 && (mode == RoundingMode::kHalfUp || odd))) {
      std::size_t i = quotient.size();
      while (i > 0 && quotient[i - 1] == '9') quotient[--i] = '0';
      if (i == 0) {
        quotient.insert(quotient.begin(), '1');
      } else {
        ++quotient[i - 1];
      }
    }
  }
  const std::size_t first = quotient.find_first_not_of('0');
  if (first == std::string::npos) return "0";
  return (negative ? "-" : "") + quotient.substr(first);
}

// A random __int128 whose magnitude has a uniformly chosen bit length, so small and huge values
// are both common.
inline __int128 RandomInt128(std::mt19937_64& rng, int max_bits = 127) {
  const int bits = static_cast<int>(rng() % static_cast<std::uint64_t>(max_bits + 1));
  unsigned __int128 raw = (static_cast<unsigned __int128>(rng()) << 64) | rng();
  if (bits < 128) raw &= (static_cast<unsigned __int128>(1) << bits) - 1;
  const __int128 magnitude = static_cast<__int128>(raw);
  return (rng() & 1) ? -magnitude : magnitude;
}

inline std::int64_t RandomInt64(std::mt19937_64& rng) {
  return static_cast<std::int64_t>(RandomInt128(rng, 63));
}

}  // namespace salesdesk::core::testing
