#include "http/list_query_parser.h"

#include <string>
#include <vector>

#include "app/records/record_json.h"
#include "core/money/decimal.h"
#include "http/list_cursor.h"

namespace salesdesk::http {
namespace {

using core::Error;

constexpr std::int64_t kMaxLimit = 500;

struct OpSuffix {
  std::string_view suffix;
  app::FilterOp op;
};
constexpr OpSuffix kSuffixes[] = {{"__ne", app::FilterOp::kNe},      {"__lte", app::FilterOp::kLe},
                                  {"__lt", app::FilterOp::kLt},      {"__gte", app::FilterOp::kGe},
                                  {"__gt", app::FilterOp::kGt},      {"__in", app::FilterOp::kIn},
                                  {"__null", app::FilterOp::kIsNull}};

// The values of an `__in` filter: comma-separated, empty parts kept (the field's parser names
// them).
std::vector<std::string> SplitList(const std::string& value) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const size_t comma = value.find(',', start);
    parts.push_back(value.substr(start, comma - start));
    if (comma == std::string::npos) return parts;
    start = comma + 1;
  }
}

bool IsMetaField(std::string_view name) {
  return name == "id" || name == "created_at" || name == "updated_at";
}

core::Result<std::int64_t> ParseCount(const std::string& name, const std::string& text,
                                      std::int64_t min, std::int64_t max) {
  auto v = core::ParseScaledDecimal(text, 0, name);
  if (!v.ok() || *v < min || *v > max) {
    return Error::Invalid(
        "query." + name,
        core::Msg("query.count_range",
                  {{"name", name}, {"min", std::to_string(min)}, {"max", std::to_string(max)}}));
  }
  return *v;
}

}  // namespace

core::Result<app::ListQuery> ParseListQuery(const app::EntitySpec& e, const QueryParams& params,
                                            bool sees_cost) {
  app::ListQuery q;
  const std::string* after = nullptr;
  const std::string* count = nullptr;
  bool has_offset = false;
  auto visible = [&](const app::FieldSpec* f) { return f && (sees_cost || !f->cost_sensitive); };
  for (const auto& [key, value] : params) {
    if (key == "limit") {
      SD_ASSIGN(q.limit, ParseCount(key, value, 1, kMaxLimit));
    } else if (key == "offset") {
      SD_ASSIGN(q.offset, ParseCount(key, value, 0, INT32_MAX));
      has_offset = true;
    } else if (key == "after") {
      after = &value;  // read once the sort is known: a cursor belongs to one sort
    } else if (key == "count") {
      if (value != "exact" && value != "none") {
        return Error::Invalid("query.count", core::Msg("query.count_value"));
      }
      count = &value;
    } else if (key == "q") {
      if (value.size() > 200) return Error::Invalid("query.q", core::Msg("query.q_too_long"));
      q.search = value;
    } else if (key == "sort") {
      bool desc = !value.empty() && value[0] == '-';
      std::string field = desc ? value.substr(1) : value;
      const app::FieldSpec* f = e.Field(field);
      if (!IsMetaField(field) && !(visible(f) && f->sortable)) {
        return Error::Invalid(
            "query.sort",
            core::Msg("query.not_sortable", {{"plural", std::string(e.plural)}, {"field", field}}));
      }
      q.sort_field = field;
      q.sort_descending = desc;
    } else {
      std::string field = key;
      app::FilterOp op = app::FilterOp::kEq;
      for (const auto& s : kSuffixes) {
        if (field.size() > s.suffix.size() &&
            field.compare(field.size() - s.suffix.size(), s.suffix.size(), s.suffix) == 0) {
          field.resize(field.size() - s.suffix.size());
          op = s.op;
          break;
        }
      }
      const app::FieldSpec* f = e.Field(field);
      app::Filter filter{field, op, {}};
      if (IsMetaField(field)) {
        app::FieldSpec meta{
            .name = field,
            .type = field == "id" ? app::FieldType::kInteger : app::FieldType::kTimestamp};
        // id__in reads the records a screen names (its references' labels) in one request.
        const bool id_list = op == app::FilterOp::kIn && field == "id";
        if ((op == app::FilterOp::kIn && !id_list) || op == app::FilterOp::kIsNull) {
          return Error::Invalid("query." + key, core::Msg("query.operator_not_supported",
                                                          {{"name", key}, {"field", field}}));
        }
        const std::vector<std::string> parts = id_list ? SplitList(value) : std::vector{value};
        if (parts.size() > 100) {
          return Error::Invalid("query." + key, core::Msg("query.too_many_values"));
        }
        for (const auto& part : parts) {
          auto v = app::ParseFieldText(meta, part);
          if (!v.ok()) return Error::Invalid("query." + key, v.error());
          filter.values.push_back(std::move(v).value());
        }
        q.filters.push_back(std::move(filter));
        continue;
      }
      if (!(visible(f) && f->filterable)) {
        return Error::Invalid("query." + key,
                              core::Msg("query.unknown_parameter",
                                        {{"name", key}, {"plural", std::string(e.plural)}}));
      }
      if (op == app::FilterOp::kIsNull) {
        if (value != "true" && value != "false")
          return Error::Invalid("query." + key, core::Msg("field.not_bool", {{"field", key}}));
        filter.op = value == "true" ? app::FilterOp::kIsNull : app::FilterOp::kNotNull;
      } else {
        const std::vector<std::string> parts =
            op == app::FilterOp::kIn ? SplitList(value) : std::vector{value};
        if (parts.size() > 100) {
          return Error::Invalid("query." + key, core::Msg("query.too_many_values"));
        }
        for (const auto& part : parts) {
          auto v = app::ParseFieldText(*f, part);
          if (!v.ok()) return Error::Invalid("query." + key, v.error());
          filter.values.push_back(std::move(v).value());
        }
      }
      q.filters.push_back(std::move(filter));
    }
  }
  if (after != nullptr) {
    if (has_offset) return Error::Invalid("query.after", core::Msg("query.after_and_offset"));
    SD_ASSIGN(q.after, DecodeListCursor(q, *after));
  }
  // Offset pages count by default (the original contract); keyset pages only when asked.
  q.with_total = count != nullptr ? *count == "exact" : after == nullptr;
  return q;
}

}  // namespace salesdesk::http
