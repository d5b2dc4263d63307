#include "modules/cockpit/app/performance_matrix.h"

#include <map>
#include <set>

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/entity_spec.h"
#include "app/records/record_fields.h"
#include "modules/cockpit/app/cockpit_people.h"
#include "modules/cockpit/core/performance_matrix.h"

namespace salesdesk::modules::cockpit {
namespace {

namespace json = boost::json;
namespace cc = core::cockpit;
using app::FilterOp;
using core::appraisal::Month;

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

bool IsCount(const std::string& m) {
  return m == "visits" || m == "calls" || m == "orders" || m == "new_customers";
}

// (person, "YYYY-MM") → amount.
using Cells = std::map<std::pair<std::int64_t, std::string>, std::int64_t>;

std::int64_t IntIn(const app::FieldValue& v) {
  const auto* i = std::get_if<std::int64_t>(&v);
  return i ? *i : 0;
}
std::string TextIn(const app::FieldValue& v) {
  const auto* s = std::get_if<std::string>(&v);
  return s ? *s : std::string();
}

// The daily actuals of `measure` in `unit`, per person and month, as the caller sees them.
core::Result<Cells> ActualCells(app::UnitOfWork& uow, const app::Visibility& visibility,
                                const MatrixRequest& r, const std::string& unit,
                                const std::vector<app::FieldValue>& people, Month from, Month to) {
  app::AggregateQuery q;
  q.filters = {{"measure", FilterOp::kEq, {r.measure}},
               {"unit", FilterOp::kEq, {unit}},
               {"day", FilterOp::kGe, {from.First().ToString()}},
               {"day", FilterOp::kLe, {to.Last().ToString()}},
               {"owner_id", FilterOp::kIn, people}};
  q.group_by = {{.field = "owner_id"}, {.field = "day", .part = app::DatePart::kMonth}};
  q.measures = {{.kind = app::MeasureKind::kSum, .field = "amount"}};
  q.max_groups = static_cast<std::int64_t>(people.size()) * cc::kMaxMatrixMonths + 1;
  SD_ASSIGN(const app::AggregateResult result, uow.Aggregate(Spec("daily-actuals"), q, visibility));
  Cells out;
  for (const app::AggregateRow& row : result.rows) {
    if (row.values.empty()) continue;
    out[{IntIn(row.key.at(0)), TextIn(row.key.at(1))}] += IntIn(row.values.front().value);
  }
  return out;
}

// Revenue in currencies other than `unit` in the range: named, never converted or added.
core::Result<std::set<std::string>> OtherCurrencies(app::UnitOfWork& uow,
                                                    const app::Visibility& visibility,
                                                    const std::string& unit,
                                                    const std::vector<app::FieldValue>& people,
                                                    Month from, Month to) {
  app::AggregateQuery q;
  q.filters = {{"measure", FilterOp::kEq, {std::string("revenue")}},
               {"unit", FilterOp::kNe, {unit}},
               {"day", FilterOp::kGe, {from.First().ToString()}},
               {"day", FilterOp::kLe, {to.Last().ToString()}},
               {"owner_id", FilterOp::kIn, people}};
  q.group_by = {{.field = "unit"}};
  q.measures = {{.kind = app::MeasureKind::kSum, .field = "amount"}};
  SD_ASSIGN(const app::AggregateResult result, uow.Aggregate(Spec("daily-actuals"), q, visibility));
  std::set<std::string> out;
  for (const app::AggregateRow& row : result.rows) {
    // A currency whose documents cancel out (an invoice credited in full) is no sale left out.
    if (!row.values.empty() && IntIn(row.values.front().value) != 0) {
      out.insert(TextIn(row.key.at(0)));
    }
  }
  return out;
}

// The month targets of the people's active rep plans of `measure` (and currency) in the range.
core::Result<Cells> TargetCells(app::UnitOfWork& uow, const app::Caller& caller,
                                const MatrixRequest& r, const std::string& unit,
                                const std::vector<app::FieldValue>& people, Month from, Month to) {
  const app::EntitySpec& plans = Spec("target-plans");
  SD_ASSIGN(const app::Visibility visibility, app::VisibilityFor(uow, caller, plans));
  app::ListQuery q;
  q.filters = {{"subject_kind", FilterOp::kEq, {std::string("rep")}},
               {"measure", FilterOp::kEq, {r.measure}},
               {"status", FilterOp::kEq, {std::string("active")}},
               {"fiscal_year", FilterOp::kGe, {std::int64_t{from.year}}},
               {"fiscal_year", FilterOp::kLe, {std::int64_t{to.year}}},
               {"owner_id", FilterOp::kIn, people}};
  if (!IsCount(r.measure)) q.filters.push_back({"currency", FilterOp::kEq, {unit}});
  q.limit = INT64_MAX / 2;
  q.with_total = false;
  SD_ASSIGN(const app::Page page, uow.List(plans, q, visibility));
  Cells out;
  if (page.items.empty()) return out;
  std::map<std::int64_t, std::int64_t> owner_of;
  std::vector<app::FieldValue> plan_ids;
  for (const app::Record& plan : page.items) {
    owner_of[app::RecordId(plan)] = app::IntOf(plan, "owner_id").value_or(0);
    plan_ids.push_back(app::RecordId(plan));
  }
  app::AggregateQuery months;
  months.filters = {{"plan_id", FilterOp::kIn, plan_ids},
                    {"level", FilterOp::kEq, {std::string("month")}},
                    {"date_from", FilterOp::kGe, {from.First().ToString()}},
                    {"date_from", FilterOp::kLe, {to.Last().ToString()}}};
  months.group_by = {{.field = "plan_id"}, {.field = "date_from", .part = app::DatePart::kMonth}};
  months.measures = {{.kind = app::MeasureKind::kSum, .field = "target"}};
  months.max_groups = static_cast<std::int64_t>(plan_ids.size()) * 12 + 1;
  // The plans were read through the caller's visibility; their periods follow them.
  SD_ASSIGN(const app::AggregateResult result,
            uow.Aggregate(Spec("target-periods"), months, app::Visibility::All()));
  for (const app::AggregateRow& row : result.rows) {
    if (row.values.empty()) continue;
    out[{owner_of[IntIn(row.key.at(0))], TextIn(row.key.at(1))}] += IntIn(row.values.front().value);
  }
  return out;
}

json::value Optional(const std::optional<std::int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::array CellsJson(const cc::MatrixLine& line) {
  json::array out;
  for (const cc::MatrixCell& c : line.cells) {
    out.push_back(json::object{{"actual", c.actual},
                               {"target", Optional(c.target)},
                               {"attainment_bp", Optional(c.attainment_bp)}});
  }
  return out;
}

json::object TotalJson(const cc::MatrixTotal& t) {
  return {{"actual", t.actual},
          {"target", Optional(t.target)},
          {"target_to_date", Optional(t.target_to_date)},
          {"attainment_bp", Optional(t.attainment_bp)}};
}

const char* StateName(cc::MonthState s) {
  switch (s) {
    case cc::MonthState::kClosed:
      return "closed";
    case cc::MonthState::kCurrent:
      return "current";
    case cc::MonthState::kToCome:
      return "to_come";
  }
  return "closed";
}

core::Result<std::string> UnitOf(const MatrixRequest& r, const std::string& base_currency) {
  if (IsCount(r.measure)) {
    if (r.currency) {
      return core::Error::Invalid("currency",
                                  core::Msg("cockpit.matrix_currency", {{"measure", r.measure}}));
    }
    return std::string("count");
  }
  if (r.measure != "revenue") {
    return core::Error::Invalid("measure",
                                core::Msg("cockpit.matrix_measure", {{"value", r.measure}}));
  }
  return r.currency.value_or(base_currency);
}

}  // namespace

core::Result<json::object> ReadMatrix(app::Store& store, const core::Clock& clock,
                                      const app::Caller& caller, const MatrixRequest& request) {
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(const std::vector<Person> people, PeopleInScope(*uow, caller, Scope::kTeam));
  SD_ASSIGN(const app::CompanyCalendar calendar, app::LoadCompanyCalendar(*uow));
  const core::Date today = calendar.DateOf(clock.Now().micros_since_epoch());
  SD_ASSIGN(const std::string unit, UnitOf(request, calendar.base_currency));
  const Month current = core::appraisal::MonthOf(today);
  const Month to = request.to.value_or(current);
  const Month from = request.from.value_or(cc::AddMonths(to, -11));
  SD_ASSIGN(const std::vector<Month> months, cc::MatrixMonths(from, to));

  std::vector<app::FieldValue> ids;
  for (const Person& p : people) ids.push_back(p.id);
  Cells actual, target;
  std::set<std::string> others;
  if (!ids.empty()) {
    SD_ASSIGN(const app::Visibility visibility,
              app::VisibilityFor(*uow, caller, Spec("daily-actuals")));
    SD_ASSIGN(actual, ActualCells(*uow, visibility, request, unit, ids, from, to));
    if (!IsCount(request.measure)) {
      SD_ASSIGN(others, OtherCurrencies(*uow, visibility, unit, ids, from, to));
    }
    SD_ASSIGN(target, TargetCells(*uow, caller, request, unit, ids, from, to));
  }

  std::vector<cc::MonthState> states;
  json::array months_json;
  for (const Month& m : months) {
    states.push_back(cc::StateOf(m, current));
    months_json.push_back(
        json::object{{"month", m.ToString()}, {"state", StateName(states.back())}});
  }
  std::vector<cc::PersonFigures> figures;
  for (const Person& p : people) {
    cc::PersonFigures f;
    for (const Month& m : months) {
      const std::pair<std::int64_t, std::string> key{p.id, m.ToString()};
      const auto a = actual.find(key);
      f.actual.push_back(a == actual.end() ? 0 : a->second);
      const auto t = target.find(key);
      f.target.push_back(t == target.end() ? std::nullopt : std::optional(t->second));
    }
    figures.push_back(std::move(f));
  }
  const cc::Matrix matrix = cc::BuildMatrix(states, figures);

  json::array people_json;
  for (std::size_t i = 0; i < people.size(); ++i) {
    people_json.push_back(json::object{{"user_id", people[i].id},
                                       {"name", people[i].name},
                                       {"role", people[i].role},
                                       {"cells", CellsJson(matrix.people[i])},
                                       {"total", TotalJson(matrix.people[i].total)}});
  }
  json::array others_json;
  for (const std::string& c : others) others_json.push_back(json::value(c));
  return json::object{{"measure", request.measure},
                      {"unit", unit},
                      {"from", from.ToString()},
                      {"to", to.ToString()},
                      {"as_of", today.ToString()},
                      {"months", std::move(months_json)},
                      {"people", std::move(people_json)},
                      {"team", json::object{{"cells", CellsJson(matrix.team)},
                                            {"total", TotalJson(matrix.team.total)}}},
                      {"other_currencies", std::move(others_json)}};
}

}  // namespace salesdesk::modules::cockpit
