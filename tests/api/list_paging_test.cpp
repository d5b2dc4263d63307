// Keyset list pages through the API (decision 0030): `next` is the cursor of the following
// page and `after` reads it, so a walk by cursor gives the offset walk's rows in its order for
// every role; `has_more` replaces the count unless `count=exact` asks for it; bad cursors and
// mixed paging are refused with a problem naming the parameter.
#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class ListPagingTest : public ApiTest {
 protected:
  static std::vector<std::int64_t> Ids(const json::value& page) {
    std::vector<std::int64_t> ids;
    for (const auto& item : page.at("items").as_array()) ids.push_back(IntAt(item, "id"));
    return ids;
  }
  // Every id of `base` (offset pages of 500) and by cursor in pages of `size`.
  std::vector<std::int64_t> All(const std::string& user, const std::string& base) {
    HttpResult r = Call(user, "GET", base + "&limit=500");
    EXPECT_EQ(r.status, 200) << r.Describe();
    return Ids(r.Json());
  }
  std::vector<std::int64_t> Walk(const std::string& user, const std::string& base, int size) {
    std::vector<std::int64_t> ids;
    std::string url = base + "&limit=" + std::to_string(size);
    for (int i = 0; i < 200; ++i) {
      HttpResult r = Call(user, "GET", url);
      EXPECT_EQ(r.status, 200) << r.Describe();
      if (r.status != 200) break;
      const json::value page = r.Json();
      auto more = Ids(page);
      ids.insert(ids.end(), more.begin(), more.end());
      const bool has_more = page.at("has_more").as_bool();
      EXPECT_EQ(has_more, page.at("next").is_string()) << r.body;
      if (i > 0) {
        EXPECT_FALSE(page.as_object().contains("total")) << "keyset pages do not count";
      }
      if (!has_more) return ids;
      url = base + "&limit=" + std::to_string(size) +
            "&after=" + std::string(page.at("next").as_string());
    }
    ADD_FAILURE() << "the cursor never reached the end of " << base;
    return ids;
  }
};

TEST_P(ListPagingTest, CursorPagesGiveTheOffsetPagesRowsInOrderForEveryRole) {
  for (const std::string user : {"director", "manager", "rep_a", "rep_c"}) {
    for (const std::string base :
         {"/api/v1/accounts?sort=name", "/api/v1/accounts?sort=-updated_at",
          "/api/v1/accounts?sort=-city", "/api/v1/contacts?sort=last_name"}) {
      const auto whole = All(user, base);
      EXPECT_EQ(Walk(user, base, 2), whole) << user << " " << base;
    }
  }
}

TEST_P(ListPagingTest, TheCountIsExactWhenAskedAndHasMoreAlwaysSaysWhetherRowsFollow) {
  const auto n = static_cast<std::int64_t>(accounts().size());
  HttpResult counted = Call("director", "GET", "/api/v1/accounts?limit=1");
  EXPECT_EQ(IntAt(counted.Json(), "total"), n) << "offset pages keep their count";
  EXPECT_TRUE(counted.Json().at("has_more").as_bool());
  HttpResult cheap = Call("director", "GET", "/api/v1/accounts?limit=1&count=none");
  ASSERT_EQ(cheap.status, 200) << cheap.Describe();
  EXPECT_FALSE(cheap.Json().as_object().contains("total")) << cheap.body;
  EXPECT_TRUE(cheap.Json().at("has_more").as_bool());
  HttpResult last = Call("director", "GET",
                         "/api/v1/accounts?count=none&limit=1&offset=" + std::to_string(n - 1));
  EXPECT_FALSE(last.Json().at("has_more").as_bool());
  EXPECT_TRUE(last.Json().at("next").is_null());
  const std::string next = std::string(counted.Json().at("next").as_string());
  HttpResult exact = Call("director", "GET", "/api/v1/accounts?limit=1&count=exact&after=" + next);
  EXPECT_EQ(IntAt(exact.Json(), "total"), n) << "the count is of the whole list";
}

TEST_P(ListPagingTest, BadCursorsAndMixedPagingAreRefusedNamingTheParameter) {
  HttpResult first = Call("director", "GET", "/api/v1/accounts?sort=name&limit=1");
  const std::string next = std::string(first.Json().at("next").as_string());
  struct Case {
    std::string query, field, code;
  };
  for (const Case& c :
       {Case{"sort=name&after=%21%21", "query.after", "query.after_invalid"},
        Case{"sort=name&after=eyJ4IjoxfQ", "query.after", "query.after_invalid"},
        Case{"sort=-name&after=" + next, "query.after", "query.after_other_sort"},
        Case{"sort=name&offset=3&after=" + next, "query.after", "query.after_and_offset"},
        Case{"count=maybe", "query.count", "query.count_value"}}) {
    HttpResult r = Call("director", "GET", "/api/v1/accounts?" + c.query);
    EXPECT_EQ(r.status, 400) << c.query << " " << r.Describe();
    EXPECT_NE(r.body.find(c.field), std::string::npos) << r.body;
    EXPECT_NE(r.body.find(c.code), std::string::npos) << r.body;
  }
}

SD_INSTANTIATE_API_TEST(ListPagingTest);

}  // namespace
}  // namespace salesdesk::api_test
