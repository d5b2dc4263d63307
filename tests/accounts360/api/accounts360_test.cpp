// The account's 360° page through the API, on both engines (issue 11, docs/accounts360.md): a
// small hand-made account, read on Wednesday 15 April 2026, whose figures are computed by hand
// below; a rep gets 404 for another rep's account and sees only their own quotes on their own;
// two currencies are reported apart; a section a role does not read is null.
//
// The data, all on rep_a's first account unless said otherwise (untaxed = total, no tax):
//   invoices (posted unless said; rate into EUR in brackets):
//     2025-06-10 EUR 100,000.00, due 2025-07-10                    (last year)
//     2026-02-10 EUR  30,000.00, due 2026-03-12; credit note 2026-03-05 EUR 5,000.00 posted
//     2026-03-01 USD  20,000.00, due 2026-03-31  [0.92]
//     2026-04-10 EUR  50,000.00, due 2026-05-10
//     2026-04-12 EUR     999.00 draft                               (not revenue, not owed)
//     2026-04-01 EUR  70,000.00 on rep_b's account                  (another account)
//   revenue 2026 to date: EUR 30,000 + 50,000 − 5,000 = 75,000.00; USD 20,000.00 (never added)
//   revenue 2025:         EUR 100,000.00
//   owed on 2026-04-15:   EUR open 100,000 + (30,000 − 5,000) + 50,000 = 175,000.00,
//                             overdue 100,000 + 25,000 = 125,000.00 (the April one is not due)
//                         USD open 20,000.00, overdue 20,000.00
//   orders: one confirmed per invoice (ordered on the invoice's day; the draft's too) and one
//     cancelled on 2026-04-14: last order 2026-04-12 (the cancelled one does not count); 5 on
//     this account stand.
//   quotes: rep_a draft, sent, accepted; rep_b's draft on rep_a's account (a manager sees it):
//     open for rep_a 2 (the accepted one is not open), for the manager 3.
//   deals: 1,000.00 EUR (pipeline) + 2,000.00 EUR (commit) open; 4,000.00 won → open 3,000.00.
//   activities: a visit done 2026-04-14 10:00Z; planned: a call 2026-04-20, a visit 2026-04-16.
//   tasks on the account: one open due 2026-04-18, one done. A contract active to 2026-12-31.
//   contacts: the seeded Ana, and Marta (primary, with phone and e-mail).
#include "api/api_test_server.h"
#include "app/records/record_fields.h"
#include "core/time/timestamp.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;
using app::MoneyValue;
using app::Record;

class AccountOverviewTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    clock().Set(*core::ParseTimestamp("2026-04-15T09:00:00Z"));
    // The seeded tokens date from the fixture's 2024 clock and have expired by now.
    for (const char* key : {"director", "manager", "rep_a", "rep_b", "finance", "logistics"}) {
      tokens_[key] = NewToken(key);
    }
    account_ = AccountOf("rep_a").id;
    Data();
  }
  HttpResult As(const std::string& user, std::string_view method, std::string_view target,
                std::string_view body = {}, Headers headers = {}) const {
    headers.emplace_back("Authorization", "Bearer " + tokens_.at(user));
    return Call("", method, target, body, std::move(headers));
  }
  std::int64_t Make(const std::string& user, const std::string& entity, const json::object& body) {
    HttpResult r = As(user, "POST", "/api/v1/" + entity, json::serialize(body));
    EXPECT_EQ(r.status, 201) << entity << ": " << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  }
  // Billing's and the desk's documents as their services store them (no pricing run here).
  std::int64_t Insert(std::string_view entity, const Record& r) {
    auto uow = api().store().Write();
    EXPECT_TRUE(uow.ok());
    auto inserted = (*uow)->Insert(Spec(entity), r, 1);
    EXPECT_TRUE(inserted.ok()) << entity;
    EXPECT_TRUE((*uow)->Commit().ok());
    return inserted.ok() ? app::RecordId(*inserted) : 0;
  }
  std::int64_t Order(std::int64_t account, const std::string& on, const std::string& status,
                     MoneyValue amount, const std::string& owner = "rep_a") {
    return Insert("sales-orders", {{"number", "SO-360-" + std::to_string(++documents_)},
                                   {"account_id", account},
                                   {"currency", amount.currency},
                                   {"status", status},
                                   {"ordered_on", on},
                                   {"untaxed", amount},
                                   {"total", amount},
                                   {"owner_id", UserId(owner)}});
  }
  // A posted (or draft) invoice with its order and one instalment; `rate` in 1e-8 units.
  std::int64_t Invoice(std::int64_t account, const std::string& on, const std::string& due,
                       MoneyValue amount, std::int64_t rate = 100'000'000,
                       const std::string& status = "posted", const std::string& owner = "rep_a") {
    const std::int64_t order = Order(account, on, "confirmed", amount, owner);
    const std::int64_t invoice = Insert("invoices", {{"number", "INV-360-" + std::to_string(order)},
                                                     {"sales_order_id", order},
                                                     {"account_id", account},
                                                     {"currency", amount.currency},
                                                     {"status", status},
                                                     {"invoice_date", on},
                                                     {"untaxed", amount},
                                                     {"tax", MoneyValue{0, amount.currency}},
                                                     {"total", amount},
                                                     {"rate", rate},
                                                     {"owner_id", UserId(owner)}});
    Insert("invoice-instalments", {{"invoice_id", invoice},
                                   {"position", std::int64_t{1}},
                                   {"due_on", due},
                                   {"amount", amount}});
    return invoice;
  }
  void Quote(const std::string& owner, const std::string& status) {
    const MoneyValue total{100'000, "EUR"};
    Insert("quotes", {{"number", "Q-360-" + std::to_string(++documents_)},
                      {"account_id", account_},
                      {"price_list_id", price_list_},
                      {"currency", std::string("EUR")},
                      {"status", status},
                      {"revision", std::int64_t{1}},
                      {"rules_as_of", std::int64_t{0}},
                      {"untaxed", total},
                      {"tax", MoneyValue{0, "EUR"}},
                      {"total", total},
                      {"owner_id", UserId(owner)}});
  }
  std::int64_t Stage(int position, const char* category, const char* flag = nullptr) {
    json::object body{{"pipeline_id", pipeline_},
                      {"position", position},
                      {"name", category},
                      {"probability", position * 20},
                      {"forecast_category", category}};
    if (flag != nullptr) body[flag] = true;
    return Make("director", "pipeline-stages", body);
  }
  void Deal(const char* amount, std::int64_t stage) {
    Make("rep_a", "opportunities",
         {{"title", std::string("Monitors ") + amount},
          {"account_id", account_},
          {"amount", {{"amount", amount}, {"currency", "EUR"}}},
          {"expected_close", "2026-06-30"},
          {"pipeline_id", pipeline_},
          {"stage_id", stage}});
  }
  void Data() {
    const MoneyValue eur30k{3'000'000, "EUR"};
    Invoice(account_, "2025-06-10", "2025-07-10", {10'000'000, "EUR"});
    const std::int64_t feb = Invoice(account_, "2026-02-10", "2026-03-12", eur30k);
    Invoice(account_, "2026-03-01", "2026-03-31", {2'000'000, "USD"}, 92'000'000);
    Invoice(account_, "2026-04-10", "2026-05-10", {5'000'000, "EUR"});
    Invoice(account_, "2026-04-12", "2026-05-12", {99'900, "EUR"}, 100'000'000, "draft");
    Invoice(AccountOf("rep_b").id, "2026-04-01", "2026-05-01", {7'000'000, "EUR"}, 100'000'000,
            "posted", "rep_b");
    const MoneyValue eur5k{500'000, "EUR"};
    Insert("credit-notes", {{"number", "CN-360-1"},
                            {"invoice_id", feb},
                            {"account_id", account_},
                            {"currency", std::string("EUR")},
                            {"status", std::string("posted")},
                            {"credit_date", std::string("2026-03-05")},
                            {"untaxed", eur5k},
                            {"tax", MoneyValue{0, "EUR"}},
                            {"total", eur5k},
                            {"owner_id", UserId("rep_a")}});
    Order(account_, "2026-04-14", "cancelled", {100'000, "EUR"});

    price_list_ = SysCreate("price-lists", {{"name", "360 EUR"}, {"currency", "EUR"}});
    Quote("rep_a", "draft");
    Quote("rep_a", "sent");
    Quote("rep_a", "accepted");
    Quote("rep_b", "draft");

    pipeline_ = Make("director", "pipelines", {{"name", "Hospitals"}});
    const std::int64_t prospect = Stage(1, "pipeline"), commit = Stage(2, "commit");
    const std::int64_t won = Stage(3, "closed", "won");
    Deal("1000", prospect);
    Deal("2000", commit);
    Deal("4000", won);

    Make("rep_a", "activities",
         {{"kind", "visit"},
          {"subject", "Visit done"},
          {"status", "done"},
          {"done_at", "2026-04-14T10:00:00Z"},
          {"check_in_at", "2026-04-14T10:00:00Z"},
          {"account_id", account_}});
    Make("rep_a", "activities",
         {{"kind", "call"},
          {"subject", "Call planned"},
          {"planned_at", "2026-04-20T09:00:00Z"},
          {"account_id", account_}});
    Make("rep_a", "activities",
         {{"kind", "visit"},
          {"subject", "Visit planned"},
          {"planned_at", "2026-04-16T09:00:00Z"},
          {"account_id", account_}});
    Make("rep_a", "tasks",
         {{"title", "Send the brochure"},
          {"due_on", "2026-04-18"},
          {"related_entity", "accounts"},
          {"related_id", account_}});
    Make("rep_a", "tasks",
         {{"title", "Done already"},
          {"due_on", "2026-04-10"},
          {"done", true},
          {"related_entity", "accounts"},
          {"related_id", account_}});
    Insert("contracts", {{"number", "C-360-1"},
                         {"title", "Supply 2026"},
                         {"account_id", account_},
                         {"value", MoneyValue{1'000'000, "EUR"}},
                         {"start_date", std::string("2026-01-01")},
                         {"end_date", std::string("2026-12-31")},
                         {"status", std::string("active")},
                         {"owner_id", UserId("rep_a")}});
    Make("rep_a", "contacts",
         {{"account_id", account_},
          {"first_name", "Marta"},
          {"last_name", "Primary"},
          {"phone", "+34 600 000 001"},
          {"email", "marta@clinic.example"},
          {"is_primary", true}});
  }
  json::value Overview(const std::string& user, std::int64_t account) {
    HttpResult r = As(user, "GET", "/api/v1/accounts/" + std::to_string(account) + "/overview");
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.status == 200 ? r.Json() : json::value(json::object{});
  }
  // {currency: amount} of a by_currency list, under `key`.
  static std::map<std::string, std::int64_t> PerCurrency(const json::value& list,
                                                         const char* key = "amount") {
    std::map<std::string, std::int64_t> out;
    for (const auto& line : list.as_array()) out[StringAt(line, "currency")] = IntAt(line, key);
    return out;
  }
  using Sums = std::map<std::string, std::int64_t>;

  std::int64_t account_ = 0, price_list_ = 0, pipeline_ = 0;
  int documents_ = 0;
  std::map<std::string, std::string> tokens_;
};

TEST_P(AccountOverviewTest, TheRepSeesTheKeyFiguresPerCurrency) {
  const json::value v = Overview("rep_a", account_);
  EXPECT_EQ(StringAt(v, "as_of"), "2026-04-15");
  EXPECT_EQ(IntAt(v.at("account"), "id"), account_);
  const json::value& f = v.at("figures");
  // 30,000 + 50,000 − 5,000 EUR; the USD invoice apart, never converted and added.
  EXPECT_EQ(PerCurrency(f.at("revenue_this_year").at("by_currency")),
            (Sums{{"EUR", 7'500'000}, {"USD", 2'000'000}}));
  EXPECT_EQ(StringAt(f.at("revenue_this_year"), "from"), "2026-01-01");
  EXPECT_EQ(PerCurrency(f.at("revenue_last_year").at("by_currency")), (Sums{{"EUR", 10'000'000}}));
  const json::value& owed = f.at("receivables").at("by_currency");
  EXPECT_EQ(PerCurrency(owed, "open"), (Sums{{"EUR", 17'500'000}, {"USD", 2'000'000}}));
  EXPECT_EQ(PerCurrency(owed, "overdue"), (Sums{{"EUR", 12'500'000}, {"USD", 2'000'000}}));
  EXPECT_EQ(StringAt(f.at("last_order"), "on"), "2026-04-12");
  EXPECT_EQ(StringAt(f.at("last_visit"), "on").substr(0, 10), "2026-04-14");
  EXPECT_EQ(PerCurrency(f.at("open_pipeline")), (Sums{{"EUR", 300'000}}));
}

TEST_P(AccountOverviewTest, TheListsAreTheFirstFiveWithTheirCount) {
  const json::value v = Overview("rep_a", account_);
  EXPECT_EQ(IntAt(v.at("orders"), "total"), 5);  // the cancelled one does not stand
  EXPECT_EQ(v.at("orders").at("items").as_array().size(), 5u);
  EXPECT_EQ(StringAt(v.at("orders").at("items").at(0), "ordered_on"), "2026-04-12");
  EXPECT_EQ(StringAt(v.at("orders").at("items").at(4), "ordered_on"), "2025-06-10");
  EXPECT_EQ(IntAt(v.at("open_deals"), "total"), 2);
  EXPECT_EQ(IntAt(v.at("active_contracts"), "total"), 1);
  EXPECT_EQ(IntAt(v.at("next_activities"), "total"), 2);
  EXPECT_EQ(StringAt(v.at("next_activities").at("items").at(0), "subject"), "Visit planned");
  EXPECT_EQ(IntAt(v.at("open_tasks"), "total"), 1);
  EXPECT_EQ(StringAt(v.at("open_tasks").at("items").at(0), "title"), "Send the brochure");
  // The primary contact first, with what a phone dials and mails.
  EXPECT_EQ(IntAt(v.at("contacts"), "total"), 2);
  const json::value& first = v.at("contacts").at("items").at(0);
  EXPECT_EQ(StringAt(first, "first_name"), "Marta");
  EXPECT_EQ(StringAt(first, "phone"), "+34 600 000 001");
  EXPECT_EQ(StringAt(first, "email"), "marta@clinic.example");
}

TEST_P(AccountOverviewTest, ARepSeesOnlyTheirOwnQuotesAndNotAnotherRepsAccount) {
  const json::value mine = Overview("rep_a", account_);
  EXPECT_EQ(IntAt(mine.at("open_quotes"), "total"), 2);  // draft and sent; not rep_b's draft
  for (const auto& q : mine.at("open_quotes").at("items").as_array()) {
    EXPECT_EQ(IntAt(q, "owner_id"), UserId("rep_a"));
  }
  // Their manager sees the team's: rep_b's draft too.
  EXPECT_EQ(IntAt(Overview("manager", account_).at("open_quotes"), "total"), 3);
  // Another rep's account, in the same team: hidden is missing.
  HttpResult other =
      As("rep_a", "GET", "/api/v1/accounts/" + std::to_string(AccountOf("rep_b").id) + "/overview");
  EXPECT_EQ(other.status, 404) << other.Describe();
  EXPECT_EQ(As("rep_b", "GET", "/api/v1/accounts/" + std::to_string(account_) + "/overview").status,
            404);
  EXPECT_EQ(As("rep_a", "GET", "/api/v1/accounts/999999/overview").status, 404);
}

TEST_P(AccountOverviewTest, ARoleThatReadsNoActivitiesGetsThoseSectionsAsNull) {
  // Logistics reads accounts, orders and quotes but no activities (their policy is none).
  const json::value v = Overview("logistics", account_);
  EXPECT_TRUE(v.at("next_activities").is_null());
  EXPECT_TRUE(v.at("figures").at("last_visit").is_null());
  EXPECT_EQ(IntAt(v.at("open_quotes"), "total"), 3);
  // Finance reads every invoice: the same receivables as the owner.
  EXPECT_EQ(
      PerCurrency(Overview("finance", account_).at("figures").at("receivables").at("by_currency"),
                  "open"),
      (Sums{{"EUR", 17'500'000}, {"USD", 2'000'000}}));
}

TEST_P(AccountOverviewTest, AQueryStringIsAProblemNamingIt) {
  HttpResult r =
      As("rep_a", "GET", "/api/v1/accounts/" + std::to_string(account_) + "/overview?x=1");
  EXPECT_EQ(r.status, 422) << r.Describe();
  EXPECT_NE(r.body.find("query"), std::string::npos) << r.body;
}

}  // namespace

SD_INSTANTIATE_API_TEST(AccountOverviewTest);

}  // namespace salesdesk::api_test
