// ?q= through the engines' full-text indexes (issue 11, decision 0064), on both databases: an
// account found by a word prefix typed without its accents; a quote by its number (with or
// without the zeros) and by its customer's name; a rep never finds another rep's records, nor
// their own quote through a customer they may not see (hidden is missing); and input in either
// engine's query syntax is plain text, never an error.
#include <algorithm>

#include "sales/api/eur_price_list_test.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class SearchTest : public EurPriceListTest {
 protected:
  void SetUp() override {
    EurPriceListTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    zurich_ = Customer("Zürcher Ölmühle AG", "rep_a");
    sud_ = Customer("Ölwerk Süd GmbH", "rep_c");
  }
  std::int64_t Customer(const char* name, const char* owner) {
    return SysCreate("accounts", {{"kind", "company"},
                                  {"name", name},
                                  {"country", "CH"},
                                  {"currency", "EUR"},
                                  {"owner_id", UserId(owner)}});
  }
  // The ids a user's list finds for q (URL-encoded by the caller); checks the count agrees.
  std::vector<std::int64_t> Found(const std::string& user, const std::string& entity,
                                  const std::string& q) {
    HttpResult r = Call(user, "GET", "/api/v1/" + entity + "?limit=50&q=" + q);
    EXPECT_EQ(r.status, 200) << entity << " q=" << q << " " << r.Describe();
    if (r.status != 200) return {};
    const json::value page = r.Json();
    std::vector<std::int64_t> ids;
    for (const auto& item : page.at("items").as_array()) ids.push_back(IntAt(item, "id"));
    EXPECT_EQ(IntAt(page, "total"), static_cast<std::int64_t>(ids.size())) << r.body;
    return ids;
  }
  using Ids = std::vector<std::int64_t>;

  std::int64_t zurich_ = 0, sud_ = 0;
};

TEST_P(SearchTest, AnAccountIsFoundByAWordPrefixWithoutItsAccents) {
  EXPECT_EQ(Found("rep_a", "accounts", "olmuh"), Ids{zurich_});
  EXPECT_EQ(Found("rep_a", "accounts", "ZURCH%20%C3%B6lm"), Ids{zurich_});  // "ZURCH ölm"
  EXPECT_EQ(Found("rep_a", "accounts", "muhle"), Ids{}) << "words begin with the prefix";
  EXPECT_EQ(Found("director", "accounts", "ol%20ag"), Ids{zurich_});  // every word
  Ids both = Found("director", "accounts", "%C3%96L");                // "ÖL"
  std::sort(both.begin(), both.end());
  EXPECT_EQ(both, (Ids{std::min(zurich_, sud_), std::max(zurich_, sud_)}));
}

TEST_P(SearchTest, ARepDoesNotFindAnotherRepsAccountHiddenIsMissing) {
  EXPECT_EQ(Found("rep_c", "accounts", "zurcher"), Ids{});
  EXPECT_EQ(Found("rep_c", "accounts", "olwerk"), Ids{sud_});
  EXPECT_EQ(Found("rep_a", "accounts", "olwerk"), Ids{});
  HttpResult hidden = Call("rep_c", "GET", "/api/v1/accounts/" + std::to_string(zurich_));
  EXPECT_EQ(hidden.status, 404) << hidden.Describe();
  HttpResult counted = Call("rep_c", "GET", "/api/v1/accounts/aggregate?q=zurcher");
  ASSERT_EQ(counted.status, 200) << counted.Describe();
  EXPECT_EQ(IntAt(counted.Json(), "total_count"), 0) << counted.body;
}

TEST_P(SearchTest, AQuoteIsFoundByItsNumberAndByItsCustomersName) {
  const json::object line{{"product_id", product_id()}, {"quantity", "3"}};
  HttpResult created = Call(
      "rep_a", "POST", "/api/v1/quotes",
      json::serialize(json::object{
          {"account_id", zurich_}, {"price_list_id", list_id_}, {"lines", json::array{line}}}));
  ASSERT_EQ(created.status, 201) << created.Describe();
  const json::value doc = created.Json();
  const std::int64_t quote = IntAt(doc.at("quote"), "id");
  const std::string number = StringAt(doc.at("quote"), "number");  // Q-<year>-00001
  ASSERT_EQ(number.size(), 12u) << number;
  const std::string tail = number.substr(7);  // 00001
  EXPECT_EQ(Found("rep_a", "quotes", number), Ids{quote});
  EXPECT_EQ(Found("rep_a", "quotes", tail), Ids{quote});
  EXPECT_EQ(Found("rep_a", "quotes", tail.substr(3)), Ids{quote}) << "without the zeros";
  EXPECT_EQ(Found("rep_a", "quotes", "z%C3%BCrcher"), Ids{quote});  // the customer, "zürcher"
  EXPECT_EQ(Found("rep_a", "quotes", "olmuhle%20ag"), Ids{quote});
  EXPECT_EQ(Found("rep_a", "quotes", "olwerk"), Ids{});
  EXPECT_EQ(Found("manager", "quotes", "zurch"), Ids{quote});  // rep_a's leader
  // The director sees every customer: the customers' index is read without their rows.
  EXPECT_EQ(Found("director", "quotes", "zurch"), Ids{quote});
  EXPECT_EQ(Found("director", "quotes", "olmuhle%20ag"), Ids{quote});
  EXPECT_EQ(Found("director", "quotes", "olwerk"), Ids{});
  EXPECT_EQ(Found("rep_c", "quotes", "zurch"), Ids{});
  EXPECT_EQ(Found("rep_c", "quotes", number), Ids{});
}

TEST_P(SearchTest, EitherEnginesQuerySyntaxIsPlainText) {
  // "zürcher*  -x ( AND", "NEAR(a b)", "'a':* & b", "\"", "*"
  for (const char* q : {"z%C3%BCrcher*%20-x%20(%20AND", "NEAR(a%20b)", "'a'%3A*%20%26%20b", "%22",
                        "*", "%5C", "%3A%3A"}) {
    HttpResult r = Call("rep_a", "GET", std::string("/api/v1/accounts?q=") + q);
    EXPECT_EQ(r.status, 200) << q << " " << r.Describe();
    EXPECT_EQ(IntAt(r.Json(), "total"), 0) << q << " " << r.body;
  }
  EXPECT_EQ(Found("rep_a", "accounts", "%22z%C3%BCrcher%22*"), Ids{zurich_});  // "zürcher"*
}

SD_INSTANTIATE_API_TEST(SearchTest);

}  // namespace
}  // namespace salesdesk::api_test
