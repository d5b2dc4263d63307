#include "modules/activities/app/call_list_stats.h"

#include <map>

#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "app/records/visible_reads.h"

namespace salesdesk::modules::activities {

core::Result<std::vector<PersonCallStats>> ReadCallStats(app::Store& store,
                                                         const app::Caller& caller,
                                                         const CallStatsRequest& request) {
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(const app::CompanyCalendar company, app::LoadCompanyCalendar(*uow));
  std::vector<app::Filter> filters{{"kind", app::FilterOp::kEq, {std::string("call")}},
                                   {"status", app::FilterOp::kEq, {std::string("done")}},
                                   {"done_at", app::FilterOp::kGe, {company.StartOf(request.from)}},
                                   {"done_at", app::FilterOp::kLt, {company.EndOf(request.to)}}};
  if (request.owner_id) filters.push_back({"owner_id", app::FilterOp::kEq, {*request.owner_id}});
  SD_ASSIGN(auto calls, app::ReadAllVisible(*uow, caller, "activities", std::move(filters)));
  std::map<std::int64_t, std::vector<core::activities::CallTime>> by_owner;
  for (const app::Record& a : calls) {
    const std::int64_t done_at = std::get<std::int64_t>(a.at("done_at"));
    by_owner[app::IntOf(a, "owner_id").value_or(0)].push_back(
        {.day = company.DateOf(done_at),
         .done_at = done_at,
         .duration_minutes = app::IntOf(a, "duration_minutes").value_or(0),
         .connected = core::activities::IsConnected(app::TextOf(a, "outcome"))});
  }
  std::vector<PersonCallStats> out;
  for (const auto& [owner, times] : by_owner) {
    out.push_back({owner, core::activities::FiguresOf(times)});
  }
  return out;
}

}  // namespace salesdesk::modules::activities
