#include "core/money/decimal.h"

#include <cstdint>

namespace salesdesk::core {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Echoes user input in messages: bounded length, printable ASCII only.
std::string Quoted(std::string_view text) {
  constexpr std::size_t kMax = 40;
  std::string shown(text.substr(0, kMax));
  for (char& c : shown) {
    if (c < 0x20 || c > 0x7e) c = '?';
  }
  if (text.size() > kMax) shown += "...";
  return "'" + shown + "'";
}

}  // namespace

ScaledParse ParseScaled(std::string_view text, int scale) {
  if (text.empty()) return {DecimalParseStatus::kEmpty, 0};
  std::size_t i = 0;
  const bool negative = text[0] == '-';
  if (negative) ++i;
  const std::size_t int_begin = i;
  while (i < text.size() && IsDigit(text[i])) ++i;
  const std::size_t int_end = i;
  if (int_end == int_begin) return {DecimalParseStatus::kMalformed, 0};
  std::size_t frac_begin = i;
  std::size_t frac_end = i;
  if (i < text.size() && text[i] == '.') {
    frac_begin = ++i;
    while (i < text.size() && IsDigit(text[i])) ++i;
    frac_end = i;
    if (frac_end == frac_begin) return {DecimalParseStatus::kMalformed, 0};
  }
  if (i != text.size()) return {DecimalParseStatus::kMalformed, 0};
  const std::size_t frac_digits = frac_end - frac_begin;
  if (frac_digits > static_cast<std::size_t>(scale))
    return {DecimalParseStatus::kTooManyDecimals, 0};

  // Accumulate the magnitude; 2^63 is the largest allowed (for INT64_MIN). Checking after every
  // step keeps the accumulator below 10 * 2^63, well inside unsigned __int128.
  const unsigned __int128 limit = static_cast<unsigned __int128>(1) << 63;
  unsigned __int128 magnitude = 0;
  auto push = [&](int digit) {
    magnitude = magnitude * 10 + static_cast<unsigned>(digit);
    return magnitude <= limit;
  };
  for (std::size_t k = int_begin; k < int_end; ++k) {
    if (!push(text[k] - '0')) return {DecimalParseStatus::kOverflow, 0};
  }
  for (std::size_t k = frac_begin; k < frac_end; ++k) {
    if (!push(text[k] - '0')) return {DecimalParseStatus::kOverflow, 0};
  }
  for (std::size_t k = frac_digits; k < static_cast<std::size_t>(scale); ++k) {
    if (!push(0)) return {DecimalParseStatus::kOverflow, 0};
  }
  if (!negative && magnitude == limit) return {DecimalParseStatus::kOverflow, 0};
  const __int128 signed_value =
      negative ? -static_cast<__int128>(magnitude) : static_cast<__int128>(magnitude);
  return {DecimalParseStatus::kOk, static_cast<std::int64_t>(signed_value)};
}

std::string FormatScaled(std::int64_t units, int scale, bool trim) {
  const bool negative = units < 0;
  // Unsigned negation handles INT64_MIN.
  const std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(units) : static_cast<std::uint64_t>(units);
  std::string digits = std::to_string(magnitude);
  const std::size_t width = static_cast<std::size_t>(scale);
  if (digits.size() <= width) digits.insert(0, width + 1 - digits.size(), '0');
  std::string whole = digits.substr(0, digits.size() - width);
  std::string fraction = digits.substr(digits.size() - width);
  if (trim) {
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  }
  std::string out = negative ? "-" : "";
  out += whole;
  if (!fraction.empty()) out += "." + fraction;
  return out;
}

Result<std::int64_t> ParseScaledDecimal(std::string_view text, int scale, std::string_view name) {
  const ScaledParse parsed = ParseScaled(text, scale);
  const std::string field(name);
  switch (parsed.status) {
    case DecimalParseStatus::kOk:
      return parsed.units;
    case DecimalParseStatus::kEmpty:
      return Error::Invalid(field, Msg("decimal.empty", {{"field", field}}));
    case DecimalParseStatus::kMalformed:
      return Error::Invalid(field,
                            Msg("decimal.malformed", {{"field", field}, {"value", Quoted(text)}}));
    case DecimalParseStatus::kTooManyDecimals:
      return Error::Invalid(field, Msg("decimal.too_many_decimals",
                                       {{"field", field}, {"scale", std::to_string(scale)}}));
    case DecimalParseStatus::kOverflow:
      return Error::Invalid(
          field, Msg("decimal.too_large", {{"field", field},
                                           {"value", Quoted(text)},
                                           {"limit", FormatScaled(INT64_MAX, scale, true)}}));
  }
  return Error::Make(ErrorCode::kInternal, "unhandled decimal parse status");
}

}  // namespace salesdesk::core
