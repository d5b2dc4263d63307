// A time of day as people write it on a rota or a check-in: "HH:MM", 24-hour clock.
#pragma once

#include <optional>
#include <string_view>

namespace salesdesk::modules::schedules {

// Minutes since midnight of "HH:MM" (00:00..23:59); nullopt for anything else.
inline std::optional<int> ParseClockTime(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (int i : {0, 1, 3, 4}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (hours > 23 || minutes > 59) return std::nullopt;
  return hours * 60 + minutes;
}

}  // namespace salesdesk::modules::schedules
