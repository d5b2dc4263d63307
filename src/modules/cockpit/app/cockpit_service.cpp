#include "modules/cockpit/app/cockpit_service.h"

#include "app/records/company_calendar.h"
#include "modules/cockpit/app/sections.h"
#include "modules/cockpit/core/cockpit_period.h"

namespace salesdesk::modules::cockpit {

namespace json = boost::json;

core::Result<json::object> ReadCockpit(app::Store& store, const core::Clock& clock,
                                       const app::Caller& caller, const CockpitRequest& request) {
  std::vector<Person> people;
  core::Date today;
  {
    SD_ASSIGN(auto uow, store.Read());
    SD_ASSIGN(people, PeopleInScope(*uow, caller, request.scope));
    SD_ASSIGN(app::CompanyCalendar calendar, app::LoadCompanyCalendar(*uow));
    today = calendar.DateOf(clock.Now().micros_since_epoch());
  }
  const core::appraisal::Month period =
      request.as_of ? core::appraisal::MonthOf(*request.as_of)
                    : request.period.value_or(core::appraisal::MonthOf(today));
  SD_ASSIGN(core::Date as_of, core::cockpit::AsOfDay(period, today));
  if (request.as_of) {
    if (*request.as_of > today) {
      return core::Error::Invalid(
          "as_of", core::Msg("cockpit.period_future", {{"period", request.as_of->ToString()},
                                                       {"current", today.ToString()}}));
    }
    as_of = *request.as_of;
  }
  const SectionContext c{store, clock, caller, request.scope, period, as_of, people};

  json::object out{{"period", period.ToString()},
                   {"as_of", as_of.ToString()},
                   {"scope", request.scope == Scope::kMe ? "me" : "team"}};
  json::array team;
  for (const auto& p : people) {
    team.push_back(json::object{{"user_id", p.id}, {"name", p.name}, {"role", p.role}});
  }
  out["people"] = std::move(team);
  SD_ASSIGN(json::object targets, TargetSections(c));
  for (auto& [k, v] : targets) out[k] = std::move(v);
  SD_ASSIGN(out["pipeline"], PipelineSection(c));
  SD_ASSIGN(out["receivables"], ReceivablesSection(c));
  SD_ASSIGN(out["discount_leakage"], LeakageSection(c));
  SD_ASSIGN(out["customers"], CustomersSection(c));
  // Figures no module gives yet: named, never a zero (issue 14).
  out["absent"] = json::array{json::object{{"figure", "stock_alerts"},
                                           {"reason", "not_built"},
                                           {"detail", "no stock module exists yet"}}};
  return out;
}

}  // namespace salesdesk::modules::cockpit
