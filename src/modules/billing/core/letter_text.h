// E-R12: dunning letter texts are logic-less. A fixed set of placeholders ({customer},
// {invoice_no}, {due_date}, {outstanding}, {interest}, {fee}, {total}) is replaced in one pass
// by escaped text: a value is never read again as a placeholder or markup, and nothing else in
// the text is interpreted. The text is the customer's language's if the level has one, else
// the company default language's; a level without the default language's text is refused.
// Amounts and dates are written the way the chosen language writes them.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/money/money.h"
#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::core::billing {

using LetterTexts = std::map<std::string, std::string, std::less<>>;   // language → text
using LetterValues = std::map<std::string, std::string, std::less<>>;  // placeholder → value

// Every {name} (lowercase letters and '_') must be one of the fixed placeholders.
// Error field: `field` ("texts/de"), code billing.letter_placeholder.
Result<void> CheckLetterText(std::string_view text, std::string_view field);

// The level's texts when saved: each checked, and the default language's present
// (billing.letter_default_text on "texts/<default>").
Result<void> CheckLevelTexts(const LetterTexts& texts, std::string_view default_language);

struct ChosenText {
  std::string language;
  std::string text;
};

// The customer's language's text, else the default language's.
Result<ChosenText> ChooseLetterText(const LetterTexts& texts, std::string_view customer_language,
                                    std::string_view default_language);

// One pass over `text`: each known placeholder becomes its value, HTML-escaped (& < > " ').
// A placeholder without a value becomes empty; anything else is copied as it stands.
std::string RenderLetter(std::string_view text, const LetterValues& values);

// The rendered text for plain-text output (a PDF, an e-mail): the five entities RenderLetter
// writes become their characters again, in one pass. "&amp;lt;" stays "&lt;".
std::string UnescapeLetter(std::string_view text);

// "1,234.56" (en, zh), "1.234,56" (de, es); the sign leads: "-1,234.56".
std::string FormatLetterAmount(const Money& amount, std::string_view language);
// "2026-12-03" (en), "03.12.2026" (de), "03/12/2026" (es), "2026年12月3日" (zh).
std::string FormatLetterDate(Date date, std::string_view language);

}  // namespace salesdesk::core::billing
