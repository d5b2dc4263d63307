// E-R12: logic-less letter texts, language fallback, formats per language.
#include <gtest/gtest.h>

#include "billing_test_util.h"
#include "modules/billing/core/letter_text.h"

namespace salesdesk::core::billing {
namespace {

using testing::C;
using testing::D;

TEST(BillingLetterText, PlaceholdersBecomeEscapedTextInOnePass) {
  const LetterValues values = {
      {"customer", "<b>A & B</b> {total}"}, {"invoice_no", "INV-2026-0007"}, {"total", "1,234.56"}};
  EXPECT_EQ(
      RenderLetter("Dear {customer}: {invoice_no} {total} {Customer} {x} {{total}} {fee}", values),
      "Dear &lt;b&gt;A &amp; B&lt;/b&gt; {total}: INV-2026-0007 1,234.56 {Customer} {x} "
      "{1,234.56} ");
}

// The PDF and the e-mail print the approved text as plain text: what RenderLetter escaped is
// the customer's name again, in one pass (an escaped "&lt;" written by the user stays as it is).
TEST(BillingLetterText, UnescapingGivesBackTheValuesInOnePass) {
  const LetterValues values = {{"customer", "<b>A & B</b> 'x' \"y\" &lt;"}};
  EXPECT_EQ(UnescapeLetter(RenderLetter("Dear {customer}!", values)),
            "Dear <b>A & B</b> 'x' \"y\" &lt;!");
  EXPECT_EQ(UnescapeLetter("&amp;amp; &unknown; &"), "&amp; &unknown; &");
}

TEST(BillingLetterText, UnknownPlaceholdersAreRefusedOnSave) {
  EXPECT_TRUE(CheckLetterText("Dear {customer}, pay {total} by {due_date}.", "texts/en").ok());
  auto r = CheckLetterText("Dear {customer.name}{secret}", "texts/de");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "texts/de");
  EXPECT_EQ(r.error().message_code, "billing.letter_placeholder");
  EXPECT_NE(r.error().message.find("secret"), std::string::npos);
  // Braces that are no placeholder are plain text: "{{ 7*7 }}" is not a template language.
  EXPECT_TRUE(CheckLetterText("{{ 7*7 }} {1}", "texts/en").ok());
}

TEST(BillingLetterText, LevelWithoutTheDefaultLanguageIsRefused) {
  auto r = CheckLevelTexts({{"de", "Mahnung {total}"}}, "en");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "texts/en");
  EXPECT_EQ(r.error().message_code, "billing.letter_default_text");
  EXPECT_FALSE(CheckLevelTexts({{"en", ""}}, "en").ok());
  EXPECT_TRUE(CheckLevelTexts({{"de", "Mahnung"}, {"en", "Reminder"}}, "en").ok());
  EXPECT_EQ(CheckLevelTexts({{"en", "x"}, {"es", "{nope}"}}, "en").error().field, "texts/es");
}

TEST(BillingLetterText, CustomerLanguageElseDefault) {
  const LetterTexts texts = {{"en", "Reminder"}, {"de", "Mahnung"}, {"es", ""}};
  EXPECT_EQ(ChooseLetterText(texts, "de", "en")->language, "de");
  EXPECT_EQ(ChooseLetterText(texts, "de", "en")->text, "Mahnung");
  EXPECT_EQ(ChooseLetterText(texts, "zh", "en")->language, "en");
  EXPECT_EQ(ChooseLetterText(texts, "es", "en")->language, "en");  // empty text is no text
  EXPECT_FALSE(ChooseLetterText({{"de", "x"}}, "zh", "en").ok());
}

TEST(BillingLetterText, AmountsAndDatesFollowTheLanguage) {
  const Money m{123456789, C("EUR")};
  EXPECT_EQ(FormatLetterAmount(m, "en"), "1,234,567.89");
  EXPECT_EQ(FormatLetterAmount(m, "zh"), "1,234,567.89");
  EXPECT_EQ(FormatLetterAmount(m, "de"), "1.234.567,89");
  EXPECT_EQ(FormatLetterAmount(m, "es"), "1.234.567,89");
  EXPECT_EQ(FormatLetterAmount(Money{1234, C("JPY")}, "de"), "1.234");
  EXPECT_EQ(FormatLetterAmount(Money{-5, C("EUR")}, "en"), "-0.05");
  EXPECT_EQ(FormatLetterAmount(Money{100000, C("EUR")}, "en"), "1,000.00");
  EXPECT_EQ(FormatLetterAmount(Money{99999, C("EUR")}, "de"), "999,99");
  EXPECT_EQ(FormatLetterDate(D("2026-12-03"), "en"), "2026-12-03");
  EXPECT_EQ(FormatLetterDate(D("2026-12-03"), "de"), "03.12.2026");
  EXPECT_EQ(FormatLetterDate(D("2026-12-03"), "es"), "03/12/2026");
  EXPECT_EQ(FormatLetterDate(D("2026-12-03"), "zh"), "2026年12月3日");
}

}  // namespace
}  // namespace salesdesk::core::billing
