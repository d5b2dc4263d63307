// Query strings, list queries and route patterns: the parsers that take outside bytes.
#include <gtest/gtest.h>

#include "app/records/entity_spec.h"
#include "http/list_query_parser.h"
#include "http/query_string.h"
#include "http/route.h"

namespace salesdesk::http {
namespace {

TEST(QueryString, DecodesPercentAndPlus) {
  auto q = ParseQueryString("q=Hospital+de%20Val%C3%A8ncia&limit=10&&flag");
  ASSERT_TRUE(q.ok());
  ASSERT_EQ(q->size(), 3u);
  EXPECT_EQ((*q)[0].second, "Hospital de Val\xC3\xA8ncia");
  EXPECT_EQ((*q)[2].first, "flag");
  EXPECT_EQ((*q)[2].second, "");
}

TEST(QueryString, RejectsBrokenEncoding) {
  EXPECT_FALSE(ParseQueryString("q=%").ok());
  EXPECT_FALSE(ParseQueryString("q=%4").ok());
  EXPECT_FALSE(ParseQueryString("q=%zz").ok());
  EXPECT_FALSE(ParseQueryString("q=%C3").ok());  // truncated UTF-8
  EXPECT_FALSE(ParseQueryString("q=%00").ok());  // control character
  EXPECT_EQ(ParseQueryString("q=%ff").error().field, "query.q");
}

app::ListQuery Parse(std::string_view query, bool sees_cost = true) {
  auto params = ParseQueryString(query);
  EXPECT_TRUE(params.ok());
  auto q = ParseListQuery(*app::FindEntity("products"), *params, sees_cost);
  EXPECT_TRUE(q.ok()) << (q.ok() ? "" : q.error().message);
  return q.ok() ? *q : app::ListQuery{};
}

core::Error ParseError(std::string_view query, bool sees_cost = true) {
  auto q = ParseListQuery(*app::FindEntity("products"), *ParseQueryString(query), sees_cost);
  EXPECT_FALSE(q.ok()) << query;
  return q.ok() ? core::Error{} : q.error();
}

TEST(ListQuery, ParsesPagingSortSearchAndFilters) {
  auto q = Parse(
      "limit=20&offset=40&sort=-name&q=scanner&unit__in=pc,box&weight_kg__gte=1.5"
      "&category_id__null=true");
  EXPECT_EQ(q.limit, 20);
  EXPECT_EQ(q.offset, 40);
  EXPECT_EQ(q.sort_field, "name");
  EXPECT_TRUE(q.sort_descending);
  EXPECT_EQ(q.search, "scanner");
  ASSERT_EQ(q.filters.size(), 3u);
  EXPECT_EQ(q.filters[0].op, app::FilterOp::kIn);
  EXPECT_EQ(q.filters[0].values.size(), 2u);
  EXPECT_EQ(q.filters[1].op, app::FilterOp::kGe);
  EXPECT_EQ(std::get<std::int64_t>(q.filters[1].values[0]), 1500);  // kg at scale 3
  EXPECT_EQ(q.filters[2].op, app::FilterOp::kIsNull);
}

TEST(ListQuery, RejectsWithTheParameterNamed) {
  EXPECT_EQ(ParseError("limit=0").field, "query.limit");
  EXPECT_EQ(ParseError("limit=501").field, "query.limit");
  EXPECT_EQ(ParseError("offset=-1").field, "query.offset");
  EXPECT_EQ(ParseError("sort=colour").field, "query.sort");
  EXPECT_EQ(ParseError("colour=red").field, "query.colour");
  EXPECT_EQ(ParseError("unit=crate").field, "query.unit");
  EXPECT_EQ(ParseError("active=yes").field, "query.active");
  EXPECT_EQ(ParseError("weight_kg=1.23456").field, "query.weight_kg");
}

TEST(ListQuery, CostIsUnknownToThoseWhoMayNotSeeIt) {
  // Sorting by cost would reveal its order, so it is refused outright for reps.
  EXPECT_EQ(ParseError("sort=cost", /*sees_cost=*/false).field, "query.sort");
}

TEST(RouteMatch, MatchesIdsStrictly) {
  std::vector<std::int64_t> ids;
  EXPECT_TRUE(MatchRoute("/api/v1/accounts/{id}", "/api/v1/accounts/42", ids));
  ASSERT_EQ(ids.size(), 1u);
  EXPECT_EQ(ids[0], 42);
  EXPECT_FALSE(MatchRoute("/api/v1/accounts/{id}", "/api/v1/accounts/042", ids));
  EXPECT_FALSE(MatchRoute("/api/v1/accounts/{id}", "/api/v1/accounts/4x", ids));
  EXPECT_FALSE(MatchRoute("/api/v1/accounts/{id}", "/api/v1/accounts/", ids));
  EXPECT_FALSE(MatchRoute("/api/v1/accounts/{id}", "/api/v1/accounts/1/x", ids));
  EXPECT_FALSE(MatchRoute("/api/v1/accounts/{id}", "/api/v1/accounts/99999999999999999999", ids));
  EXPECT_TRUE(MatchRoute("/api/v1/users/{id}/password", "/api/v1/users/3/password", ids));
  EXPECT_FALSE(MatchRoute("/api/v1/accounts", "/api/v1/accounts/", ids));
}

}  // namespace
}  // namespace salesdesk::http
