// Timestamp: an instant as UTC microseconds since 1970-01-01T00:00:00Z, within the years
// 0001..9999 UTC. Time zones other than fixed RFC 3339 offsets live outside core.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::core {

class Timestamp {
 public:
  static constexpr std::int64_t kMicrosPerSecond = 1'000'000;
  static constexpr std::int64_t kMicrosPerDay = 86'400 * kMicrosPerSecond;
  static constexpr std::int64_t kMinMicros = Date::kMinDays * kMicrosPerDay;
  static constexpr std::int64_t kMaxMicros = (Date::kMaxDays + 1) * kMicrosPerDay - 1;

  constexpr Timestamp() = default;  // the epoch
  // kOverflow outside kMinMicros..kMaxMicros.
  static Result<Timestamp> FromMicros(std::int64_t micros);
  // Midnight UTC at the start of `date`.
  static Timestamp StartOfDay(Date date);

  std::int64_t micros_since_epoch() const { return micros_; }
  Date UtcDate() const;

  // RFC 3339 in UTC, always with six fraction digits so strings have one width and sort like the
  // instants: "2026-11-22T10:15:30.000000Z".
  std::string ToString() const;

  // kOverflow when the result leaves the supported range.
  Result<Timestamp> AddMicros(std::int64_t micros) const;

  friend constexpr auto operator<=>(Timestamp, Timestamp) = default;
  friend constexpr bool operator==(Timestamp, Timestamp) = default;

 private:
  constexpr explicit Timestamp(std::int64_t micros) : micros_(micros) {}
  std::int64_t micros_ = 0;
};

// RFC 3339 date-time: "YYYY-MM-DDTHH:MM:SS[.1-6 digits](Z|+HH:MM|-HH:MM)". 'T' and 'Z' may be
// lower case (RFC 3339 5.6 note). Rejected: leap seconds (:60), more than 6 fraction digits
// (finer than a microsecond would be silently lost), missing offset, a space instead of 'T'.
Result<Timestamp> ParseTimestamp(std::string_view text);

}  // namespace salesdesk::core
