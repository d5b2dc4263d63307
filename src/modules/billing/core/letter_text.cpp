#include "modules/billing/core/letter_text.h"

#include <array>
#include <cstdio>

namespace salesdesk::core::billing {
namespace {

constexpr std::array<std::string_view, 7> kPlaceholders = {
    "customer", "invoice_no", "due_date", "outstanding", "interest", "fee", "total"};

bool Known(std::string_view name) {
  for (std::string_view p : kPlaceholders) {
    if (p == name) return true;
  }
  return false;
}

bool NameChar(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }

// Length of a "{name}" starting at text[i] (0 when there is none), name in *name.
std::size_t PlaceholderAt(std::string_view text, std::size_t i, std::string_view* name) {
  if (text[i] != '{') return 0;
  std::size_t j = i + 1;
  while (j < text.size() && NameChar(text[j])) ++j;
  if (j == i + 1 || j >= text.size() || text[j] != '}') return 0;
  *name = text.substr(i + 1, j - i - 1);
  return j - i + 1;
}

void AppendEscaped(std::string& out, std::string_view value) {
  for (char c : value) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
}

}  // namespace

Result<void> CheckLetterText(std::string_view text, std::string_view field) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string_view name;
    const std::size_t n = PlaceholderAt(text, i, &name);
    if (n > 0 && !Known(name)) {
      return Error::Invalid(std::string(field),
                            Msg("billing.letter_placeholder",
                                {{"field", std::string(field)}, {"name", std::string(name)}}));
    }
  }
  return Ok();
}

Result<void> CheckLevelTexts(const LetterTexts& texts, std::string_view default_language) {
  for (const auto& [language, text] : texts) SD_TRY(CheckLetterText(text, "texts/" + language));
  auto it = texts.find(default_language);
  if (it == texts.end() || it->second.empty()) {
    const std::string field = "texts/" + std::string(default_language);
    return Error::Invalid(
        field, Msg("billing.letter_default_text", {{"language", std::string(default_language)}}));
  }
  return Ok();
}

Result<ChosenText> ChooseLetterText(const LetterTexts& texts, std::string_view customer_language,
                                    std::string_view default_language) {
  for (std::string_view language : {customer_language, default_language}) {
    auto it = texts.find(language);
    if (it != texts.end() && !it->second.empty()) {
      return ChosenText{std::string(language), it->second};
    }
  }
  const std::string field = "texts/" + std::string(default_language);
  return Error::Invalid(
      field, Msg("billing.letter_default_text", {{"language", std::string(default_language)}}));
}

std::string RenderLetter(std::string_view text, const LetterValues& values) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::string_view name;
    const std::size_t n = PlaceholderAt(text, i, &name);
    if (n > 0 && Known(name)) {
      auto it = values.find(name);
      if (it != values.end()) AppendEscaped(out, it->second);
      i += n;
    } else {
      out += text[i];
      ++i;
    }
  }
  return out;
}

std::string FormatLetterAmount(const Money& amount, std::string_view language) {
  const bool comma_decimal = language == "de" || language == "es";
  const std::string plain = FormatAmount(amount);  // "-1234.56"
  const bool negative = !plain.empty() && plain[0] == '-';
  const std::string digits = negative ? plain.substr(1) : plain;
  const std::size_t dot = digits.find('.');
  const std::string whole = digits.substr(0, dot);
  std::string grouped;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped += comma_decimal ? '.' : ',';
    grouped += whole[i];
  }
  std::string out = negative ? "-" : "";
  out += grouped;
  if (dot != std::string::npos) {
    out += comma_decimal ? ',' : '.';
    out += digits.substr(dot + 1);
  }
  return out;
}

std::string FormatLetterDate(Date date, std::string_view language) {
  const CivilDate c = date.Civil();
  char buf[32];
  if (language == "de") {
    std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", c.day, c.month, c.year);
  } else if (language == "es") {
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", c.day, c.month, c.year);
  } else if (language == "zh") {
    std::snprintf(buf, sizeof buf, "%04d年%d月%d日", c.year, c.month, c.day);
  } else {
    return date.ToString();
  }
  return buf;
}

std::string UnescapeLetter(std::string_view text) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [entity, c] : kEntities) {
      if (text.substr(i, entity.size()) == entity) {
        out += c;
        i += entity.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

}  // namespace salesdesk::core::billing
