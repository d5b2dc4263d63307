// Ratios as exact rationals rounded once to basis points, half-up (ties away from zero), as
// RULES.md 0.3 asks of accuracy figures.
#pragma once

#include <cstdint>
#include <span>
#include <utility>

namespace salesdesk::core::forecasts {

// round(10000 × num / den); den must not be 0. Exact for any int64 sums over any number of
// periods an int64 count allows (|num| < 2^127 / 10^4).
std::int64_t BasisPoints(__int128 num, __int128 den);

// round(10000 × (Σ a_i / b_i) / n) for n terms (a_i ≥ 0, b_i > 0), exact: the sum of the
// fractions is kept as one big-integer fraction, so no term is rounded (MAPE). n must be > 0.
// Saturates at 2^63 − 1 bp (a mean ratio above 9·10^14).
std::int64_t MeanRatioBasisPoints(std::span<const std::pair<std::uint64_t, std::uint64_t>> terms);

}  // namespace salesdesk::core::forecasts
