// An import's columns: targets of an entity (money as the export's two columns), the proposed
// mapping, the file shape, and a row turned into a create body for the record decoder.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "app/io/import_columns.h"
#include "app/records/entity_spec.h"

namespace salesdesk {
namespace {

using app::io::ColumnMapping;

const app::EntitySpec& Accounts() { return *app::FindEntity("accounts"); }

TEST(ImportColumns, TargetsAreWritableFieldsWithMoneyAsTwoColumns) {
  const auto targets = app::io::ImportTargets(Accounts());
  auto has = [&](const char* t) {
    return std::find(targets.begin(), targets.end(), t) != targets.end();
  };
  EXPECT_TRUE(has("name"));
  EXPECT_TRUE(has("credit_limit_amount"));
  EXPECT_TRUE(has("credit_limit_currency"));
  EXPECT_FALSE(has("credit_limit"));
  EXPECT_FALSE(has("id"));
  EXPECT_FALSE(has("created_at"));
}

TEST(ImportColumns, ProposesTheExportsHeadersAndNormalisedNames) {
  const std::vector<std::string> header{
      "id", "Name", "Credit Limit Amount", "credit_limit_currency", "Colour", "name"};
  const ColumnMapping m = app::io::ProposeMapping(Accounts(), header);
  EXPECT_EQ(m.count("id"), 0u);  // read-only: never imported
  EXPECT_EQ(m.at("Name"), "name");
  EXPECT_EQ(m.at("Credit Limit Amount"), "credit_limit_amount");
  EXPECT_EQ(m.at("credit_limit_currency"), "credit_limit_currency");
  EXPECT_EQ(m.count("Colour"), 0u);
  EXPECT_EQ(m.count("name"), 0u);  // "Name" took the field first
}

TEST(ImportColumns, ShapeIgnoresCaseAndBlanksButNotTheEntity) {
  const auto& leads = *app::FindEntity("leads");
  EXPECT_EQ(app::io::ShapeKey(Accounts(), {"Name", "Country "}),
            app::io::ShapeKey(Accounts(), {"name", "country"}));
  EXPECT_NE(app::io::ShapeKey(Accounts(), {"name", "country"}),
            app::io::ShapeKey(Accounts(), {"country", "name"}));
  EXPECT_NE(app::io::ShapeKey(Accounts(), {"name"}), app::io::ShapeKey(leads, {"name"}));
}

TEST(ImportColumns, RowBecomesACreateBodyWithTypedValues) {
  const std::vector<std::string> header{"Firma", "Key", "Limit", "Cur", "Owner", "Notes"};
  const ColumnMapping m{{"Firma", "name"},
                        {"Key", "key_account"},
                        {"Limit", "credit_limit_amount"},
                        {"Cur", "credit_limit_currency"},
                        {"Owner", "owner_id"}};  // Notes not mapped
  std::map<std::string, std::string> column_of;
  const auto body = app::io::RowToBody(Accounts(), header, m,
                                       {"Acme", "Yes", "12.30", "EUR", "42", "ignored"}, column_of);
  EXPECT_EQ(
      boost::json::serialize(body),
      R"({"name":"Acme","key_account":true,"credit_limit":{"amount":"12.30","currency":"EUR"},"owner_id":42})");
  EXPECT_EQ(column_of.at("credit_limit.amount"), "Limit");
  EXPECT_EQ(column_of.at("owner_id"), "Owner");
  // Empty cells are left out; a non-number in an integer field stays text for the decoder.
  const auto sparse =
      app::io::RowToBody(Accounts(), header, m, {"Acme", "", "", "", "forty-two"}, column_of);
  EXPECT_EQ(boost::json::serialize(sparse), R"({"name":"Acme","owner_id":"forty-two"})");
}

TEST(ImportColumns, MappingProblemsAreNamedPerColumn) {
  auto r = app::io::CheckMapping(Accounts(), {"A", "B"},
                                 {{"A", "name"}, {"B", "name"}, {"C", "city"}, {"A2", "x"}});
  ASSERT_FALSE(r.ok());
  std::set<std::string> codes;
  for (const auto& i : r.error().issues) codes.insert(i.field + " " + i.code);
  EXPECT_TRUE(codes.count("mapping.B import.field_twice"));
  EXPECT_TRUE(codes.count("mapping.C import.unknown_column"));
  EXPECT_TRUE(codes.count("mapping.A2 import.unknown_column"));
  EXPECT_FALSE(app::io::CheckMapping(Accounts(), {"A"}, {}).ok());
}

}  // namespace
}  // namespace salesdesk
