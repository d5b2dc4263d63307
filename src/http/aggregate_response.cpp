#include "http/aggregate_response.h"

#include <boost/json.hpp>

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/money/money.h"
#include "http/list_query_parser.h"

namespace salesdesk::http {
namespace json = boost::json;
namespace {

using core::Error;

std::vector<std::string> SplitList(const std::string& value) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= value.size()) {
    std::size_t comma = value.find(',', start);
    if (comma == std::string::npos) comma = value.size();
    if (comma > start) out.push_back(value.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

json::value KeyJson(const app::FieldValue& v) {
  if (const auto* b = std::get_if<bool>(&v)) return *b;
  if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
  if (const auto* s = std::get_if<std::string>(&v)) return json::string(*s);
  return nullptr;
}

json::value MoneyJson(std::int64_t minor, const std::string& currency) {
  auto c = core::ParseCurrency(currency);
  std::string amount = c.ok() ? core::FormatAmount(core::Money{minor, *c}) : std::to_string(minor);
  return json::object{{"amount", amount}, {"currency", currency}};
}

json::value MeasureJson(const app::FieldSpec& f, const app::FieldValue& v) {
  const auto* i = std::get_if<std::int64_t>(&v);
  if (i == nullptr) return nullptr;
  if (f.type == app::FieldType::kDecimal)
    return json::string(core::FormatScaled(*i, f.scale, true));
  return *i;
}

const char* MeasureKey(app::MeasureKind kind) {
  switch (kind) {
    case app::MeasureKind::kSum:
      return "sums";
    case app::MeasureKind::kMin:
      return "mins";
    case app::MeasureKind::kMax:
      return "maxs";
  }
  return "sums";
}

json::object QueryParam(std::string_view name, const std::string& description) {
  return {{"name", name},
          {"in", "query"},
          {"required", false},
          {"description", description},
          {"schema", {{"type", "string"}}}};
}

}  // namespace

core::Result<app::AggregateRequest> ParseAggregateRequest(const app::EntitySpec& e,
                                                          const QueryParams& params,
                                                          bool sees_cost) {
  app::AggregateRequest request;
  QueryParams filters;
  for (const auto& [key, value] : params) {
    if (key == "group_by" || key == "sum" || key == "min" || key == "max") {
      auto& into = key == "group_by" ? request.group_by
                   : key == "sum"    ? request.sum
                   : key == "min"    ? request.min
                                     : request.max;
      for (auto& part : SplitList(value)) into.push_back(std::move(part));
    } else if (key == "limit" || key == "offset" || key == "sort") {
      return Error::Invalid("query." + key, "an aggregate takes no " + key +
                                                ": its groups come ordered by key, "
                                                "at most " +
                                                std::to_string(app::kMaxAggregateGroups) +
                                                " (truncated says when there are more)");
    } else {
      filters.emplace_back(key, value);
    }
  }
  SD_ASSIGN(app::ListQuery list, ParseListQuery(e, filters, sees_cost));
  request.filters = std::move(list.filters);
  request.search = std::move(list.search);
  return request;
}

json::object AggregateToJson(const app::EntitySpec& e, const app::AggregateOutcome& out) {
  const app::AggregateQuery& q = out.query;
  json::array group_by;
  for (const auto& g : q.group_by) group_by.emplace_back(app::GroupKeyName(g));
  json::array groups;
  for (const auto& row : out.result.rows) {
    json::object key;
    for (std::size_t k = 0; k < q.group_by.size(); ++k) {
      key[app::GroupKeyName(q.group_by[k])] = KeyJson(row.key.at(k));
    }
    json::object group{{"key", std::move(key)}, {"count", row.count}};
    for (std::size_t i = 0; i < q.measures.size(); ++i) {
      const app::FieldSpec& f = *e.Field(q.measures[i].field);
      json::value& slot = group[MeasureKey(q.measures[i].kind)];
      if (!slot.is_object()) slot = json::object{};
      json::value value = f.type == app::FieldType::kMoney ? json::value(json::array{}) : nullptr;
      for (const auto& mv : row.values) {
        if (mv.measure != i) continue;
        if (f.type != app::FieldType::kMoney) {
          value = MeasureJson(f, mv.value);
        } else if (const auto* minor = std::get_if<std::int64_t>(&mv.value)) {
          value.as_array().push_back(MoneyJson(*minor, mv.currency));
        }
      }
      slot.as_object()[f.name] = std::move(value);
    }
    groups.push_back(std::move(group));
  }
  return {{"group_by", std::move(group_by)},
          {"groups", std::move(groups)},
          {"total_count", out.result.total_count},
          {"truncated", out.result.truncated},
          {"max_groups", q.max_groups}};
}

json::array AggregateParameters(const app::EntitySpec& e) {
  json::array params{
      QueryParam("group_by",
                 "Up to 2 comma-separated keys: enum, bool, reference, currency, country and "
                 "filterable text fields; dates and timestamps as field:day, field:month or "
                 "field:year (UTC), e.g. created_at:month. None: one group of everything."),
      QueryParam("sum",
                 "Comma-separated integer, decimal or money fields to add up per group; "
                 "money per currency, never two currencies added"),
      QueryParam("min", "Comma-separated integer, decimal or money fields: the least per group"),
      QueryParam("max", "Comma-separated integer, decimal or money fields: the most per group"),
      QueryParam("q", "Search, as on the list route")};
  for (const auto& f : e.fields) {
    if (!f.filterable) continue;
    params.push_back(QueryParam(f.name,
                                "Filter, as on the list route (also __ne, __lt, "
                                "__lte, __gt, __gte, __in, __null)"));
  }
  return params;
}

json::object AggregateResultSchema() {
  json::object money_list{{"type", "array"}, {"items", {{"$ref", "#/components/schemas/Money"}}}};
  json::object measure{
      {"description", "An integer, a decimal string, or for money fields one amount per currency"},
      {"oneOf", json::array{{{"type", "integer"}},
                            {{"type", "string"}},
                            {{"type", "null"}},
                            std::move(money_list)}}};
  json::object measures{{"type", "object"}, {"additionalProperties", measure}};
  json::object key_value{{"type", json::array{"string", "integer", "boolean", "null"}}};
  json::object group{
      {"type", "object"},
      {"required", json::array{"key", "count"}},
      {"properties",
       {{"key",
         {{"type", "object"},
          {"description", "One member per group_by name, e.g. {\"created_at:month\":\"2026-03\"}"},
          {"additionalProperties", std::move(key_value)}}},
        {"count", {{"type", "integer"}}},
        {"sums", measures},
        {"mins", measures},
        {"maxs", measures}}}};
  return {{"type", "object"},
          {"required", json::array{"group_by", "groups", "total_count", "truncated", "max_groups"}},
          {"properties",
           {{"group_by", {{"type", "array"}, {"items", {{"type", "string"}}}}},
            {"groups", {{"type", "array"}, {"items", std::move(group)}}},
            {"total_count",
             {{"type", "integer"},
              {"description", "Records matched, in all groups (also those beyond max_groups)"}}},
            {"truncated", {{"type", "boolean"}}},
            {"max_groups", {{"type", "integer"}}}}}};
}

}  // namespace salesdesk::http
