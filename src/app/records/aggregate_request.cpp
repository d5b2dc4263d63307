#include "app/records/aggregate_request.h"

#include <algorithm>

namespace salesdesk::app {
namespace {

using core::Error;

constexpr std::size_t kMaxGroupBy = 2;
constexpr std::size_t kMaxMeasures = 10;

bool IsMetaTime(std::string_view name) { return name == "created_at" || name == "updated_at"; }

bool IsDateLike(const FieldSpec* f, std::string_view name) {
  return IsMetaTime(name) ||
         (f != nullptr && (f->type == FieldType::kDate || f->type == FieldType::kTimestamp));
}

bool Groupable(const FieldSpec& f, bool sees_cost) {
  if (f.cost_sensitive && !sees_cost) return false;
  switch (f.type) {
    case FieldType::kEnum:
    case FieldType::kBool:
    case FieldType::kRef:
    case FieldType::kCurrency:
    case FieldType::kCountry:
    case FieldType::kDate:
    case FieldType::kTimestamp:
      return true;
    case FieldType::kText:
      return f.filterable;
    default:
      return false;
  }
}

bool Measurable(const FieldSpec& f, bool sees_cost) {
  if (f.cost_sensitive && !sees_cost) return false;
  return f.type == FieldType::kInteger || f.type == FieldType::kDecimal ||
         f.type == FieldType::kMoney;
}

std::string Listed(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

const char* PartName(DatePart p) {
  switch (p) {
    case DatePart::kDay:
      return "day";
    case DatePart::kMonth:
      return "month";
    case DatePart::kYear:
      return "year";
    default:
      return "";
  }
}

core::Result<GroupBy> ResolveGroup(const EntitySpec& e, const std::string& spec, bool sees_cost) {
  const std::size_t colon = spec.find(':');
  const std::string name = spec.substr(0, colon);
  const std::string part = colon == std::string::npos ? "" : spec.substr(colon + 1);
  const FieldSpec* f = e.Field(name);
  if (!IsMetaTime(name) && !(f != nullptr && Groupable(*f, sees_cost))) {
    return Error::Invalid("query.group_by",
                          "cannot group " + std::string(e.plural) + " by '" + name +
                              "'; group by one of: " + Listed(GroupableFields(e, sees_cost)));
  }
  GroupBy g{name, DatePart::kNone};
  if (part == "day") g.part = DatePart::kDay;
  if (part == "month") g.part = DatePart::kMonth;
  if (part == "year") g.part = DatePart::kYear;
  const bool date_like = IsDateLike(f, name);
  if (!date_like && colon != std::string::npos) {
    return Error::Invalid("query.group_by", "'" + spec + "': only dates and timestamps take " +
                                                ":day, :month or :year; group by " + name);
  }
  if (date_like && g.part == DatePart::kNone &&
      (colon != std::string::npos || f == nullptr || f->type == FieldType::kTimestamp)) {
    return Error::Invalid("query.group_by", "'" + spec + "': group " + name + " by " + name +
                                                ":day, " + name + ":month or " + name + ":year");
  }
  return g;
}

}  // namespace

std::string GroupKeyName(const GroupBy& g) {
  return g.part == DatePart::kNone ? g.field : g.field + ":" + PartName(g.part);
}

std::vector<std::string> GroupableFields(const EntitySpec& e, bool sees_cost) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) {
    if (!Groupable(f, sees_cost)) continue;
    const bool dated = f.type == FieldType::kDate || f.type == FieldType::kTimestamp;
    out.push_back(std::string(f.name) + (dated ? ":day|month|year" : ""));
  }
  out.push_back("created_at:day|month|year");
  out.push_back("updated_at:day|month|year");
  return out;
}

std::vector<std::string> MeasurableFields(const EntitySpec& e, bool sees_cost) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) {
    if (Measurable(f, sees_cost)) out.emplace_back(f.name);
  }
  return out;
}

core::Result<AggregateQuery> ResolveAggregate(const EntitySpec& e, const AggregateRequest& request,
                                              bool sees_cost) {
  AggregateQuery q{.filters = request.filters, .search = request.search};
  if (request.group_by.size() > kMaxGroupBy) {
    return Error::Invalid("query.group_by",
                          "group by at most 2 fields, e.g. "
                          "group_by=lifecycle,key_account");
  }
  for (const auto& spec : request.group_by) {
    SD_ASSIGN(GroupBy g, ResolveGroup(e, spec, sees_cost));
    for (const auto& seen : q.group_by) {
      if (GroupKeyName(seen) == GroupKeyName(g)) {
        return Error::Invalid("query.group_by", "'" + spec + "' is named twice; name it once");
      }
    }
    q.group_by.push_back(std::move(g));
  }
  const std::pair<const char*, MeasureKind> kinds[] = {
      {"sum", MeasureKind::kSum}, {"min", MeasureKind::kMin}, {"max", MeasureKind::kMax}};
  const std::vector<std::string>* lists[] = {&request.sum, &request.min, &request.max};
  for (std::size_t k = 0; k < 3; ++k) {
    const std::string param = kinds[k].first;
    for (const auto& name : *lists[k]) {
      const FieldSpec* f = e.Field(name);
      if (f == nullptr || !Measurable(*f, sees_cost)) {
        auto allowed = MeasurableFields(e, sees_cost);
        return Error::Invalid(
            "query." + param,
            "cannot take the " + param + " of " + std::string(e.plural) + " by '" + name + "'; " +
                (allowed.empty() ? std::string(e.plural) + " have no field to " + param
                                 : param + " one of: " + Listed(allowed)));
      }
      for (const auto& seen : q.measures) {
        if (seen.kind == kinds[k].second && seen.field == name) {
          return Error::Invalid("query." + param, "'" + name + "' is named twice; name it once");
        }
      }
      q.measures.push_back({kinds[k].second, name});
    }
  }
  if (q.measures.size() > kMaxMeasures) {
    return Error::Invalid("query.sum", "at most 10 measures (sum, min and max together)");
  }
  q.max_groups = kMaxAggregateGroups;
  return q;
}

}  // namespace salesdesk::app
