// RFC 5545 by hand (decision 0040): TEXT escaping, folding at 75 octets without cutting a UTF-8
// character, UTC times, and a feed a calendar program reads.
#include <gtest/gtest.h>

#include "modules/mail/core/mail/icalendar.h"

namespace salesdesk::core::mail {
namespace {

TEST(ICalendar, TextIsEscaped) {
  EXPECT_EQ(EscapeText("Visit; bring samples, price list\\catalogue\r\nthen lunch"),
            "Visit\\; bring samples\\, price list\\\\catalogue\\nthen lunch");
}

TEST(ICalendar, ShortLinesAreNotFolded) {
  EXPECT_EQ(FoldLine("SUMMARY:Call"), "SUMMARY:Call\r\n");
  const std::string exactly75(75, 'x');
  EXPECT_EQ(FoldLine(exactly75), exactly75 + "\r\n");
}

TEST(ICalendar, LongLinesFoldAt75Octets) {
  const std::string line(160, 'a');  // 75 + 74 + 11
  EXPECT_EQ(FoldLine(line), std::string(75, 'a') + "\r\n " + std::string(74, 'a') + "\r\n " +
                                std::string(11, 'a') + "\r\n");
}

TEST(ICalendar, FoldingNeverCutsAUtf8Character) {
  // "SUMMARY:" (8 octets) + 30 x "ü" (2 octets each) = 68, + 4 x "报" (3 each) = 80 octets.
  // The 3rd 报 takes octets 74-76 (from 0): a cut after 75 octets would split it, so the fold
  // moves back to its first byte and the first line holds 8 + 60 + 6 = 74 octets.
  std::string line = "SUMMARY:";
  for (int i = 0; i < 30; ++i) line += "\xC3\xBC";
  for (int i = 0; i < 4; ++i) line += "\xE6\x8A\xA5";
  const std::string folded = FoldLine(line);
  const auto cut = folded.find("\r\n ");
  ASSERT_EQ(cut, 74u);
  EXPECT_EQ(folded.substr(0, cut) + folded.substr(cut + 3, folded.size() - cut - 5), line);
}

TEST(ICalendar, UtcTimes) {
  // 2026-12-03 09:30:00 UTC = 1 796 290 200 s.
  EXPECT_EQ(UtcDateTime(1'796'290'200'000'000), "20261203T093000Z");
}

TEST(ICalendar, TheFeedHasOneEventPerEntry) {
  CalendarEntry visit;
  visit.uid = "activity-1@salesdesk";
  visit.start_us = 1'796'290'200'000'000;
  visit.minutes = 90;
  visit.summary = "Visit: Clínica, Madrid";
  visit.location = "Calle Mayor 1";
  CalendarEntry task;
  task.uid = "task-2@salesdesk";
  task.all_day = "2026-12-04";
  task.summary = "Task: call back";
  const std::string ics = BuildCalendar("Salesdesk", {visit, task}, 1'796'290'200'000'000);
  EXPECT_TRUE(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  EXPECT_TRUE(ics.ends_with("END:VCALENDAR\r\n"));
  // 09:30 + 90 minutes = 11:00.
  EXPECT_NE(ics.find("UID:activity-1@salesdesk\r\nDTSTAMP:20261203T093000Z\r\n"
                     "DTSTART:20261203T093000Z\r\nDTEND:20261203T110000Z\r\n"
                     "SUMMARY:Visit: Clínica\\, Madrid\r\nLOCATION:Calle Mayor 1\r\n"),
            std::string::npos)
      << ics;
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20261204\r\nSUMMARY:Task: call back\r\n"),
            std::string::npos);
  // Every line ends CRLF: as many CRLFs as line feeds.
  std::size_t lf = 0, crlf = 0;
  for (std::size_t i = 0; i < ics.size(); ++i) {
    if (ics[i] == '\n') ++lf;
    if (ics[i] == '\n' && i > 0 && ics[i - 1] == '\r') ++crlf;
  }
  EXPECT_EQ(lf, crlf);
}

}  // namespace
}  // namespace salesdesk::core::mail
