#include "modules/accounts360/app/account_overview.h"

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/record_json.h"
#include "modules/accounts360/app/overview_parts.h"

namespace salesdesk::modules::accounts360 {

namespace json = boost::json;

core::Result<json::object> ReadAccountOverview(app::Store& store, const core::Clock& clock,
                                               const app::Caller& caller, std::int64_t account_id) {
  // One read transaction: the account and its lists are one consistent picture.
  SD_ASSIGN(auto uow, store.Read());
  const app::EntitySpec& accounts = *app::FindEntity("accounts");
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, accounts));
  SD_ASSIGN(auto account, uow->Get(accounts, account_id, visibility));
  // Invisible and absent look the same, as on GET /accounts/{id}.
  if (!account) {
    return core::Error::Make(
        core::ErrorCode::kNotFound,
        core::Msg("record.not_found", {{"entity", "account"}, {"id", std::to_string(account_id)}}));
  }
  SD_ASSIGN(app::CompanyCalendar calendar, app::LoadCompanyCalendar(*uow));
  const OverviewContext c{store, *uow, caller, account_id,
                          calendar.DateOf(clock.Now().micros_since_epoch())};
  json::object out{{"as_of", c.today.ToString()},
                   {"account", app::RecordToJson(accounts, *account, app::SeesCost(caller))}};
  SD_ASSIGN(out["figures"], KeyFigures(c));
  SD_ASSIGN(json::object lists, OverviewLists(c));
  for (auto& [k, v] : lists) out[k] = std::move(v);
  return out;
}

}  // namespace salesdesk::modules::accounts360
