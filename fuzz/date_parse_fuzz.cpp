// libFuzzer target for ParseDate and ParseTimestamp: whatever parses must print canonically and
// parse back to the same value. Any violated invariant aborts.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/time/date.h"
#include "core/time/timestamp.h"

namespace {

using namespace salesdesk::core;

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  auto date = ParseDate(input);
  if (date.ok()) {
    // The date grammar has exactly one spelling per day.
    Check(date->ToString() == input);
    const CivilDate c = date->Civil();
    Check(DaysFromCivil(c.year, c.month, c.day) == date->days_since_epoch());
    Check(date->days_since_epoch() >= Date::kMinDays && date->days_since_epoch() <= Date::kMaxDays);
  } else {
    Check(date.error().field == "date" && !date.error().message.empty());
  }

  auto instant = ParseTimestamp(input);
  if (instant.ok()) {
    const std::string text = instant->ToString();
    Check(text.size() == 27 && text[10] == 'T' && text.back() == 'Z');
    auto again = ParseTimestamp(text);
    Check(again.ok() && *again == *instant && again->ToString() == text);
    Check(instant->UtcDate().ToString() == text.substr(0, 10));
  } else {
    Check(instant.error().field == "timestamp" && !instant.error().message.empty());
  }
  return 0;
}
