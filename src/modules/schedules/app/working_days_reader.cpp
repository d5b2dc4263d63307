#include "modules/schedules/app/working_days_reader.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/access/access_policy.h"
#include "app/records/record_fields.h"

namespace salesdesk::modules::schedules {
namespace {

using app::FilterOp;
using app::Record;

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

// Every record matching `filters` the visibility allows (a person's schedule over a year is a
// few hundred rows at most).
core::Result<std::vector<Record>> ListAll(app::UnitOfWork& uow, const app::EntitySpec& e,
                                          std::vector<app::Filter> filters,
                                          const app::Visibility& visibility) {
  app::ListQuery query;
  query.filters = std::move(filters);
  query.limit = 100'000;
  query.with_total = false;
  SD_ASSIGN(app::Page page, uow.List(e, query, visibility));
  return std::move(page.items);
}

core::Date DateOf(const Record& r, std::string_view name) {
  return core::ParseDate(app::TextOf(r, name)).value();
}

}  // namespace

core::Result<WorkingDays> ReadWorkingDays(app::UnitOfWork& uow, const app::Caller& caller,
                                          std::int64_t user_id, core::Date from, core::Date to) {
  SD_TRY(CheckRange(from, to));  // a bad request reads nothing
  const app::EntitySpec& profiles = Spec("work-profiles");
  SD_ASSIGN(app::Visibility visibility, app::VisibilityFor(uow, caller, profiles));
  if (!app::OwnerVisible(visibility, user_id)) {
    core::Error e = core::Error::Make(
        core::ErrorCode::kForbidden,
        core::Msg("schedules.person_outside_scope", {{"id", std::to_string(user_id)}}));
    e.field = "user_id";
    return e;
  }
  SD_ASSIGN(auto user, uow.FindUserById(user_id));
  if (!user) {
    return core::Error::Invalid("user_id",
                                core::Msg("schedules.no_user", {{"id", std::to_string(user_id)}}));
  }
  const std::vector<app::FieldValue> owner{user_id};
  const std::string first = from.ToString(), last = to.ToString();

  ScheduleInputs in;
  std::set<std::string> countries;
  SD_ASSIGN(auto profile_rows,
            ListAll(uow, profiles, {{"owner_id", FilterOp::kEq, owner}}, visibility));
  for (const Record& p : profile_rows) {
    SD_ASSIGN(WorkPattern pattern,
              ParseWorkPattern(app::TextOf(p, "weekdays"), app::TextOf(p, "half_weekdays")));
    in.patterns.push_back({DateOf(p, "valid_from"), pattern, app::TextOf(p, "country")});
    countries.insert(app::TextOf(p, "country"));
  }
  if (countries.empty()) {  // no profile: Monday to Friday where the company is
    SD_ASSIGN(auto settings, uow.Get(app::SettingsSpec(), 1, app::Visibility::All()));
    const std::string country = settings ? app::TextOf(*settings, "country") : std::string();
    in.patterns.push_back({from, WorkPattern{}, country});
    countries.insert(country);
  }
  std::vector<app::FieldValue> country_values(countries.begin(), countries.end());
  SD_ASSIGN(auto holidays, ListAll(uow, Spec("public-holidays"),
                                   {{"country", FilterOp::kIn, country_values},
                                    {"date", FilterOp::kGe, {first}},
                                    {"date", FilterOp::kLe, {last}}},
                                   app::Visibility::All()));
  for (const Record& h : holidays) {
    in.holidays.push_back({DateOf(h, "date"), app::TextOf(h, "name"), app::BoolOf(h, "half_day"),
                           app::TextOf(h, "country")});
  }
  // The person's leave and rota, each through the caller's visibility of its own entity.
  const app::EntitySpec& leave_spec = Spec("leave-requests");
  const app::EntitySpec& rota_spec = Spec("rota-entries");
  SD_ASSIGN(app::Visibility leave_visibility, app::VisibilityFor(uow, caller, leave_spec));
  SD_ASSIGN(app::Visibility rota_visibility, app::VisibilityFor(uow, caller, rota_spec));
  SD_ASSIGN(auto leave, ListAll(uow, leave_spec,
                                {{"owner_id", FilterOp::kEq, owner},
                                 {"status", FilterOp::kEq, {std::string("approved")}},
                                 {"date_from", FilterOp::kLe, {last}},
                                 {"date_to", FilterOp::kGe, {first}}},
                                leave_visibility));
  for (const Record& l : leave) {
    in.leave.push_back({DateOf(l, "date_from"), DateOf(l, "date_to"), app::BoolOf(l, "from_half"),
                        app::BoolOf(l, "to_half"), app::TextOf(l, "kind")});
  }
  SD_ASSIGN(auto rota, ListAll(uow, rota_spec,
                               {{"owner_id", FilterOp::kEq, owner},
                                {"date", FilterOp::kGe, {first}},
                                {"date", FilterOp::kLe, {last}}},
                               rota_visibility));
  std::map<std::int64_t, Record> shifts;
  for (const Record& r : rota) {
    RotaDay day{DateOf(r, "date"), app::BoolOf(r, "day_off"), false, {}};
    if (auto shift_id = app::IntOf(r, "shift_id")) {
      if (!shifts.count(*shift_id)) {
        SD_ASSIGN(auto shift, uow.Get(Spec("shifts"), *shift_id, app::Visibility::All()));
        shifts[*shift_id] = shift.value_or(Record{});
      }
      day.half_day = app::BoolOf(shifts[*shift_id], "half_day");
      day.shift = app::TextOf(shifts[*shift_id], "name");
    }
    in.rota.push_back(std::move(day));
  }
  return ComputeWorkingDays(in, from, to);
}

core::Result<WorkingDays> WorkingDaysOf(app::Store& store, const app::Caller& caller,
                                        std::int64_t user_id, core::Date from, core::Date to) {
  SD_ASSIGN(auto uow, store.Read());
  return ReadWorkingDays(*uow, caller, user_id, from, to);
}

}  // namespace salesdesk::modules::schedules
