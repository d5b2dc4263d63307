// The calendar feed's words follow the reader's language, English for anything unknown.
#include "modules/mail/core/mail/calendar_words.h"

#include <gtest/gtest.h>

namespace salesdesk::core::mail {
namespace {

TEST(CalendarWords, EachLanguageHasItsOwnWordsAndUnknownOnesReadEnglish) {
  EXPECT_EQ(CalendarWordsFor("en").visit, "Visit");
  EXPECT_EQ(CalendarWordsFor("de").visit, "Besuch");
  EXPECT_EQ(CalendarWordsFor("es").task, "Tarea");
  EXPECT_EQ(CalendarWordsFor("zh").call, "电话");
  EXPECT_EQ(CalendarWordsFor("de").next_step, "Nächster Schritt");
  EXPECT_EQ(&CalendarWordsFor("fr"), &CalendarWordsFor("en"));
  EXPECT_EQ(&CalendarWordsFor(""), &CalendarWordsFor("en"));
  // No two kinds share a word in any language: the title alone tells a visit from a call.
  for (const char* lang : {"en", "de", "es", "zh"}) {
    const CalendarWords& w = CalendarWordsFor(lang);
    const std::string_view kinds[] = {w.visit, w.meeting, w.call, w.email, w.task};
    for (std::size_t i = 0; i < std::size(kinds); ++i) {
      EXPECT_FALSE(kinds[i].empty()) << lang;
      for (std::size_t j = i + 1; j < std::size(kinds); ++j) EXPECT_NE(kinds[i], kinds[j]) << lang;
    }
  }
}

}  // namespace
}  // namespace salesdesk::core::mail
