#include "modules/activities/core/activities/call_list_rules.h"

#include <algorithm>
#include <map>

#include "core/money/rounding.h"

namespace salesdesk::core::activities {
namespace {

constexpr std::int64_t kMinuteUs = 60'000'000;
constexpr std::int64_t kHourUs = 60 * kMinuteUs;

}  // namespace

const std::vector<std::string_view>& CallOutcomes() {
  static const std::vector<std::string_view> kOutcomes = {"reached", "no_answer", "voicemail",
                                                          "busy", "wrong_number"};
  return kOutcomes;
}

bool IsCallOutcome(std::string_view outcome) {
  const auto& all = CallOutcomes();
  return std::find(all.begin(), all.end(), outcome) != all.end();
}

bool IsConnected(std::string_view outcome) { return outcome == "reached"; }

CallFigures FiguresOf(const std::vector<CallTime>& calls) {
  CallFigures f;
  std::map<Date, std::pair<std::int64_t, std::int64_t>> days;  // day → [first start, last end]
  for (const CallTime& c : calls) {
    ++f.calls;
    if (c.connected) ++f.connected;
    const std::int64_t start = c.done_at - c.duration_minutes * kMinuteUs;
    auto [it, fresh] = days.try_emplace(c.day, start, c.done_at);
    if (!fresh) {
      it->second.first = std::min(it->second.first, start);
      it->second.second = std::max(it->second.second, c.done_at);
    }
  }
  for (const auto& [day, span] : days) f.calling_us += span.second - span.first;
  if (f.calls > 0) {
    f.contact_rate_bp = static_cast<std::int64_t>(DivRoundHalfUp(
        static_cast<__int128>(f.connected) * 10'000, static_cast<__int128>(f.calls)));
  }
  if (f.calling_us > 0) {
    f.calls_per_hour_centi = static_cast<std::int64_t>(DivRoundHalfUp(
        static_cast<__int128>(f.calls) * 100 * kHourUs, static_cast<__int128>(f.calling_us)));
  }
  return f;
}

}  // namespace salesdesk::core::activities
