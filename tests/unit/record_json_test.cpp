// Strict decoding of record bodies: every rejection path names the field.
#include "app/records/record_json.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace salesdesk::app {
namespace {

const EntitySpec& Accounts() { return *FindEntity("accounts"); }

core::Error DecodeError(std::string_view body, DecodeMode mode = DecodeMode::kCreate) {
  auto r = DecodeRecord(Accounts(), body, mode);
  EXPECT_FALSE(r.ok()) << body;
  return r.ok() ? core::Error{} : r.error();
}

constexpr std::string_view kValid =
    R"({"kind":"company","name":"Klinikum Nord","country":"DE","currency":"EUR",)"
    R"("credit_limit":{"amount":"25000.00","currency":"EUR"},"payment_terms_days":45})";

TEST(RecordJson, DecodesAValidAccount) {
  auto r = DecodeRecord(Accounts(), kValid, DecodeMode::kCreate);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(std::get<std::string>(r->at("name")), "Klinikum Nord");
  EXPECT_EQ(std::get<MoneyValue>(r->at("credit_limit")), (MoneyValue{2500000, "EUR"}));
  EXPECT_EQ(std::get<std::int64_t>(r->at("payment_terms_days")), 45);
}

struct BadCase {
  const char* body;
  const char* field;
};

class RecordJsonRejects : public ::testing::TestWithParam<BadCase> {};

TEST_P(RecordJsonRejects, NamesTheField) {
  core::Error e = DecodeError(GetParam().body);
  EXPECT_EQ(e.code, core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(e.field, GetParam().field) << e.message;
  EXPECT_FALSE(e.message.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RecordJsonRejects,
    ::testing::Values(
        BadCase{R"({"kind":"company","country":"DE","currency":"EUR"})", "name"},
        BadCase{R"({"kind":"company","name":5,"country":"DE","currency":"EUR"})", "name"},
        BadCase{R"({"kind":"company","name":"x","country":"DE","currency":"EUR","colour":1})",
                "colour"},
        BadCase{R"({"kind":"company","name":"x","country":"DE","currency":"EUX"})", "currency"},
        BadCase{R"({"kind":"company","name":"x","country":"XX","currency":"EUR"})", "country"},
        BadCase{R"({"kind":"shop","name":"x","country":"DE","currency":"EUR"})", "kind"},
        BadCase{R"({"kind":"company","name":"x","country":"DE","currency":"EUR",)"
                R"("credit_limit":{"amount":"-1.00","currency":"EUR"}})",
                "credit_limit.amount"},
        BadCase{R"({"kind":"company","name":"x","country":"DE","currency":"EUR",)"
                R"("credit_limit":{"amount":"1.001","currency":"EUR"}})",
                "credit_limit.amount"},
        BadCase{R"({"kind":"company","name":"x","country":"DE","currency":"EUR",)"
                R"("credit_limit":{"amount":100,"currency":"EUR"}})",
                "credit_limit.amount"},
        BadCase{R"({"kind":"company","name":"x","country":"DE","currency":"EUR",)"
                R"("payment_terms_days":400})",
                "payment_terms_days"},
        BadCase{R"({"kind":"company","name":"x","country":"DE","currency":"EUR",)"
                R"("payment_terms_days":1.5})",
                "payment_terms_days"},
        BadCase{R"({"kind":"company","name":"x","country":"DE","currency":"EUR",)"
                R"("payment_terms_days":99999999999999999999})",
                "payment_terms_days"},
        BadCase{R"({"kind":"company","name":"x","country":"DE","currency":"EUR","email":"a@"})",
                "email"},
        BadCase{R"({"kind":"company","name":"x","country":"DE","currency":"EUR","id":4})", "id"},
        BadCase{R"({"kind":"company","name":"x","country":"DE","currency":"EUR","owner_id":0})",
                "owner_id"},
        BadCase{R"({"kind":"company","name":null,"country":"DE","currency":"EUR"})", "name"},
        BadCase{R"({"kind":"company","name":"x",)", "body"}, BadCase{R"([1,2])", "body"},
        BadCase{"", "body"}, BadCase{"\"text\"", "body"}, BadCase{R"({"":1,"name":"x"})", "body"}));

TEST(RecordJson, ReportsEveryInvalidFieldAtOnce) {
  core::Error e = DecodeError(R"({"kind":"shop","name":"","country":"XX","currency":"EUR"})");
  ASSERT_EQ(e.issues.size(), 3u);
  EXPECT_EQ(e.issues[0].field, "kind");
  EXPECT_EQ(e.issues[1].field, "name");
  EXPECT_EQ(e.issues[2].field, "country");
}

TEST(RecordJson, RejectsDeepNestingAsBadBody) {
  std::string deep(100, '[');
  deep += std::string(100, ']');
  EXPECT_EQ(DecodeError(R"({"name":)" + deep + "}").field, "body");
}

TEST(RecordJson, UpdateNeedsNoRequiredFields) {
  auto r = DecodeRecord(Accounts(), R"({"lifecycle":"active"})", DecodeMode::kUpdate);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->size(), 1u);
}

TEST(RecordJson, HidesCostFromThoseWhoMayNotSeeIt) {
  const EntitySpec& products = *FindEntity("products");
  Record r{{"id", std::int64_t{7}},
           {"version", std::int64_t{2}},
           {"sku", std::string("MS-1")},
           {"cost", MoneyValue{12345, "EUR"}},
           {"weight_kg", std::int64_t{1500}}};
  auto with = RecordToJson(products, r, true);
  auto without = RecordToJson(products, r, false);
  EXPECT_EQ(with.at("cost").at("amount").as_string(), "123.45");
  EXPECT_EQ(with.at("weight_kg").as_string(), "1.5");
  EXPECT_FALSE(without.contains("cost"));
  EXPECT_EQ(without.at("id").as_int64(), 7);
}

TEST(RecordJson, MoneyKeepsTheCurrencyExponent) {
  const EntitySpec& accounts = Accounts();
  Record r{{"credit_limit", MoneyValue{12345, "JPY"}}};
  EXPECT_EQ(RecordToJson(accounts, r, true).at("credit_limit").at("amount").as_string(), "12345");
  r["credit_limit"] = MoneyValue{12345, "KWD"};
  EXPECT_EQ(RecordToJson(accounts, r, true).at("credit_limit").at("amount").as_string(), "12.345");
}

}  // namespace
}  // namespace salesdesk::app
