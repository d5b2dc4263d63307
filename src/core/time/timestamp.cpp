#include "core/time/timestamp.h"

namespace salesdesk::core {
namespace {

constexpr char kField[] = "timestamp";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

Error Malformed(const char* code) { return Error::Invalid(kField, Msg(code)); }

Error OutOfRange() { return Error::Make(ErrorCode::kOverflow, Msg("timestamp.out_of_range")); }

// Reads exactly `len` digits at `pos`; -1 if any is not a digit or the text is too short.
int Digits(std::string_view text, std::size_t pos, std::size_t len) {
  if (pos + len > text.size()) return -1;
  int n = 0;
  for (std::size_t i = pos; i < pos + len; ++i) {
    if (!IsDigit(text[i])) return -1;
    n = n * 10 + (text[i] - '0');
  }
  return n;
}

std::string Pad(std::int64_t value, int width) {
  std::string s = std::to_string(value);
  if (static_cast<int>(s.size()) < width) s.insert(0, width - s.size(), '0');
  return s;
}

}  // namespace

Result<Timestamp> Timestamp::FromMicros(std::int64_t micros) {
  if (micros < kMinMicros || micros > kMaxMicros) return OutOfRange();
  return Timestamp(micros);
}

Timestamp Timestamp::StartOfDay(Date date) {
  return Timestamp(date.days_since_epoch() * kMicrosPerDay);
}

Date Timestamp::UtcDate() const {
  // Floor division: the instant one microsecond before the epoch is on 1969-12-31.
  std::int64_t days = micros_ / kMicrosPerDay;
  if (micros_ % kMicrosPerDay < 0) --days;
  return *Date::FromDaysSinceEpoch(days);
}

std::string Timestamp::ToString() const {
  const Date date = UtcDate();
  const std::int64_t in_day = micros_ - date.days_since_epoch() * kMicrosPerDay;  // [0, day)
  const std::int64_t seconds = in_day / kMicrosPerSecond;
  return date.ToString() + "T" + Pad(seconds / 3600, 2) + ":" + Pad(seconds / 60 % 60, 2) + ":" +
         Pad(seconds % 60, 2) + "." + Pad(in_day % kMicrosPerSecond, 6) + "Z";
}

Result<Timestamp> Timestamp::AddMicros(std::int64_t micros) const {
  if (micros < kMinMicros - micros_ || micros > kMaxMicros - micros_) return OutOfRange();
  return Timestamp(micros_ + micros);
}

Result<Timestamp> ParseTimestamp(std::string_view text) {
  if (text.size() < 20) return Malformed("timestamp.too_short");
  if (text[10] != 'T' && text[10] != 't') return Malformed("timestamp.no_t");
  auto date = ParseDate(text.substr(0, 10));
  if (!date.ok()) {
    // ParseDate's message explains the date part; keep the timestamp field and hint.
    return Error::Invalid(kField, Msg("timestamp.bad_date", {{"date", date.error().message}}));
  }
  const int hour = Digits(text, 11, 2);
  const int minute = Digits(text, 14, 2);
  const int second = Digits(text, 17, 2);
  if (hour < 0 || minute < 0 || second < 0 || text[13] != ':' || text[16] != ':') {
    return Malformed("timestamp.time_shape");
  }
  if (hour > 23 || minute > 59) return Malformed("timestamp.time_range");
  if (second == 60) return Malformed("timestamp.leap_second");
  if (second > 59) return Malformed("timestamp.second_range");

  std::size_t pos = 19;
  std::int64_t fraction = 0;
  if (pos < text.size() && text[pos] == '.') {
    const std::size_t begin = ++pos;
    while (pos < text.size() && IsDigit(text[pos])) ++pos;
    const std::size_t count = pos - begin;
    if (count == 0) return Malformed("timestamp.no_fraction");
    if (count > 6) return Malformed("timestamp.fraction_digits");
    for (std::size_t i = begin; i < pos; ++i) fraction = fraction * 10 + (text[i] - '0');
    for (std::size_t i = count; i < 6; ++i) fraction *= 10;
  }

  std::int64_t offset_minutes = 0;
  const std::string_view zone = text.substr(pos);
  if (zone == "Z" || zone == "z") {
    offset_minutes = 0;
  } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
    const int offset_hour = Digits(zone, 1, 2);
    const int offset_minute = Digits(zone, 4, 2);
    if (offset_hour < 0 || offset_minute < 0) return Malformed("timestamp.offset_shape");
    if (offset_hour > 23 || offset_minute > 59) return Malformed("timestamp.offset_range");
    offset_minutes = (zone[0] == '-' ? -1 : 1) * (offset_hour * 60 + offset_minute);
  } else {
    return Malformed("timestamp.no_zone");
  }

  // Local wall time minus the offset is UTC; the magnitudes here are far from int64 limits.
  const std::int64_t local_seconds =
      date->days_since_epoch() * 86'400 + hour * 3600 + minute * 60 + second - offset_minutes * 60;
  auto result = Timestamp::FromMicros(local_seconds * Timestamp::kMicrosPerSecond + fraction);
  if (!result.ok()) return Error::Invalid(kField, Msg("timestamp.out_of_range_hint"));
  return result;
}

}  // namespace salesdesk::core
