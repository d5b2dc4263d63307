// The server's message codes: every code the sources use has an English template, every template
// fills only parameters it is given, and the catalog the web app translates
// (web/src/lib/i18n/server_messages.json, checked by a Vitest test) is the server's own.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "core/message_catalog.h"
#include "core/result.h"

namespace salesdesk::core {
namespace {

namespace fs = std::filesystem;

const fs::path kRoot = SALESDESK_SOURCE_DIR;
const fs::path kExport = kRoot / "web/src/lib/i18n/server_messages.json";

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Codes named in the sources: the literals in Msg(...) up to its parameters, in Malformed(...),
// and in `m.code = ...;` re-codings (not the explanation notes' own `.code =` initialisers).
std::set<std::string> CodesUsedIn(const std::string& text) {
  static const std::regex kCall(R"((?:\bMsg|\bMalformed)\(([^{)]*)|\w\.code\s*=([^;]*);)");
  static const std::regex kLiteral(R"re("([a-z0-9_]+(?:\.[a-z0-9_]+)+)")re");
  std::set<std::string> out;
  for (std::sregex_iterator it(text.begin(), text.end(), kCall), end; it != end; ++it) {
    const std::string args = (*it)[1].matched ? (*it)[1].str() : (*it)[2].str();
    for (std::sregex_iterator l(args.begin(), args.end(), kLiteral); l != end; ++l) {
      out.insert((*l)[1].str());
    }
  }
  return out;
}

std::string ExportJson() {
  std::string text;
  // One member a line, sorted, so a change reads as a small diff.
  text += "{\n";
  bool first = true;
  for (const auto& t : MessageCatalog()) {
    if (!first) text += ",\n";
    first = false;
    text += "  " + boost::json::serialize(boost::json::value(t.code)) + ": " +
            boost::json::serialize(boost::json::value(t.english));
  }
  text += "\n}\n";
  return text;
}

TEST(MessageCatalogTest, CodesAreUniqueDottedLowerCase) {
  std::set<std::string_view> seen;
  const std::regex shape(R"([a-z][a-z0-9_]*(\.[a-z0-9_]+)+)");
  for (const auto& t : MessageCatalog()) {
    EXPECT_TRUE(std::regex_match(std::string(t.code), shape)) << t.code;
    EXPECT_TRUE(seen.insert(t.code).second) << "twice: " << t.code;
    EXPECT_FALSE(t.english.empty()) << t.code;
  }
}

TEST(MessageCatalogTest, EveryCodeInTheSourcesHasAnEnglishTemplate) {
  std::set<std::string> used;
  for (const auto& entry : fs::recursive_directory_iterator(kRoot / "src")) {
    const auto ext = entry.path().extension();
    if (ext != ".cpp" && ext != ".h") continue;
    for (const auto& code : CodesUsedIn(ReadFile(entry.path()))) used.insert(code);
  }
  EXPECT_GT(used.size(), 100u) << "the scan found too few codes: is the source dir right?";
  for (const auto& code : used) {
    EXPECT_FALSE(EnglishTemplate(code).empty()) << code << " is used without an English template";
  }
}

TEST(MessageCatalogTest, TheScanFindsCodesInEveryForm) {
  const auto codes = CodesUsedIn(
      R"(Msg("a.b", {{"field", "x.y"}}); Msg(f ? "c.d" : "e.f"); Malformed("g.h");
         m.code = x == "i.j" ? "k.l" : "m.n";)");
  EXPECT_EQ(codes, (std::set<std::string>{"a.b", "c.d", "e.f", "g.h", "i.j", "k.l", "m.n"}));
}

TEST(MessageCatalogTest, EnglishTextFillsTheParameters) {
  EXPECT_EQ(EnglishText(Msg("field.too_long", {{"field", "name"}, {"max", "200"}})),
            "name is too long: at most 200 characters");
  // Braces that are not a {name} stay as they are.
  EXPECT_EQ(EnglishText(Msg("field.money_not_object", {{"field", "value"}})),
            R"(value must be an object like {"amount":"12.30","currency":"EUR"})");
}

TEST(MessageCatalogTest, ErrorsAndIssuesKeepCodeParamsAndText) {
  FieldIssues issues;
  issues.Add("name", Msg("field.required", {{"field", "name"}}));
  issues.Merge(Error::Invalid("lines[0].quantity", Msg("line.quantity_positive")));
  const Error e = issues.ToError();
  EXPECT_EQ(e.message, "name is required");
  EXPECT_EQ(e.message_code, "field.required");
  ASSERT_EQ(e.issues.size(), 2u);
  EXPECT_EQ(e.issues[1].code, "line.quantity_positive");
  EXPECT_EQ(e.issues[1].message, "quantity must be more than 0");
  const Error moved = Error::Invalid("date", Error::Invalid("x", Msg("date.malformed")));
  EXPECT_EQ(moved.message_code, "date.malformed");
  EXPECT_EQ(moved.field, "date");
}

TEST(MessageCatalogTest, TheWebAppTranslatesTheServersCatalog) {
  const std::string want = ExportJson();
  if (std::getenv("SALESDESK_WRITE_MESSAGES") != nullptr) {
    std::ofstream(kExport, std::ios::binary) << want;
  }
  EXPECT_EQ(ReadFile(kExport), want)
      << kExport << " differs from the server's catalog: run "
      << "SALESDESK_WRITE_MESSAGES=1 build/debug/tests/unit_tests --gtest_filter=MessageCatalog* "
         "and translate the new codes in web/src/lib/i18n/{en,de,es,zh}.ts";
}

}  // namespace
}  // namespace salesdesk::core
