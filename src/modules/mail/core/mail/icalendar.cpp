#include "modules/mail/core/mail/icalendar.h"

#include <chrono>
#include <cstdio>

namespace salesdesk::core::mail {

std::string EscapeText(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string FoldLine(std::string_view line) {
  std::string out;
  std::size_t limit = 75;  // octets on the first line; 74 after the leading space of the rest
  while (line.size() > limit) {
    std::size_t cut = limit;
    // Never split a UTF-8 sequence: back up to the start of the character.
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out += line.substr(0, cut);
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = 74;
  }
  out += line;
  out += "\r\n";
  return out;
}

std::string UtcDateTime(std::int64_t micros_since_epoch) {
  using namespace std::chrono;
  const sys_seconds t{seconds{micros_since_epoch / 1'000'000}};
  const sys_days day = floor<days>(t);
  const year_month_day ymd{day};
  const hh_mm_ss hms{t - day};
  char out[64];
  std::snprintf(out, sizeof out, "%04d%02u%02uT%02d%02d%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return out;
}

std::string BuildCalendar(std::string_view name, const std::vector<CalendarEntry>& entries,
                          std::int64_t stamp_us) {
  std::string out;
  auto line = [&out](std::string_view text) { out += FoldLine(text); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//Salesdesk//Calendar feed//EN");
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  line("X-WR-CALNAME:" + EscapeText(name));
  const std::string stamp = UtcDateTime(stamp_us);
  for (const auto& e : entries) {
    line("BEGIN:VEVENT");
    line("UID:" + e.uid);
    line("DTSTAMP:" + stamp);
    if (!e.all_day.empty()) {
      // "2026-12-03" -> 20261203; an all-day event ends (exclusively) the next day, which a
      // missing DTEND means for a DATE start (RFC 5545 §3.6.1).
      std::string d;
      for (char c : e.all_day) {
        if (c != '-') d += c;
      }
      line("DTSTART;VALUE=DATE:" + d);
    } else {
      line("DTSTART:" + UtcDateTime(e.start_us));
      const std::int64_t minutes = e.minutes > 0 ? e.minutes : 30;
      line("DTEND:" + UtcDateTime(e.start_us + minutes * 60'000'000));
    }
    line("SUMMARY:" + EscapeText(e.summary));
    if (!e.description.empty()) line("DESCRIPTION:" + EscapeText(e.description));
    if (!e.location.empty()) line("LOCATION:" + EscapeText(e.location));
    if (e.cancelled) line("STATUS:CANCELLED");
    if (e.updated_us > 0) line("LAST-MODIFIED:" + UtcDateTime(e.updated_us));
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return out;
}

}  // namespace salesdesk::core::mail
