// The demo's call list: rep1 (the demo's first rep, who works the phone) has a saved view of
// their accounts by name and an open call list built from it this morning, the first entries
// called (two reached, one voicemail) and one skipped, so the work page opens in the middle of
// the list. Built through the call-list service as rep1 would.
#include "app/access/role.h"
#include "app/demo/demo_internal.h"
#include "app/records/record_service.h"
#include "core/time/clock.h"
#include "modules/activities/app/activities_module.h"
#include "modules/activities/app/call_lists.h"

namespace salesdesk::modules::activities {
namespace {

using app::Record;

// rep1, else the first rep of the first team.
std::int64_t DemoTelemarketer(const app::demo::OrgIds& org) {
  for (std::size_t i = 0; i < org.users.size(); ++i) {
    if (org.users[i].email.starts_with("rep1@")) return org.user_ids[i];
  }
  if (org.sales_teams.empty() || org.sales_teams[0].rep_ids.empty()) return 0;
  return org.sales_teams[0].rep_ids[0];
}

}  // namespace

core::Result<void> CreateCallListDemo(const app::DemoContext& ctx) {
  const std::int64_t rep = DemoTelemarketer(ctx.org);
  if (rep == 0) return core::Ok();
  const app::Caller caller{.user_id = rep, .role = app::Role::kRep, .name = "rep1"};
  constexpr std::string_view kQuery = "sort=name";
  app::RecordService records(ctx.store, ctx.clock);
  SD_ASSIGN(auto view, records.Create(caller, *app::FindEntity("saved-views"),
                                      {{"name", std::string("My customers by name")},
                                       {"list", std::string("accounts")},
                                       {"query", std::string(kQuery)}}));
  // Two hours ago: the list was built this morning and worked since.
  const std::int64_t now = ctx.clock.Now().micros_since_epoch();
  constexpr std::int64_t kMinute = 60'000'000;
  core::FixedClock clock(core::Timestamp::FromMicros(now - 120 * kMinute).value());
  CallLists lists(ctx.store, clock);
  BuildCallList build{.name = "Reorder calls, this week",
                      .entity = "accounts",
                      .query_text = std::string(kQuery),
                      .view_id = app::RecordId(view.record)};
  build.query.sort_field = "name";
  auto built = lists.Build(caller, build, nullptr, {});
  if (!built.ok() && built.error().code == core::ErrorCode::kInvalidArgument) {
    return core::Ok();  // a rep without accounts has no call list
  }
  SD_TRY(built);
  const std::int64_t list_id = app::RecordId(*built->created);
  const LogCall calls[] = {
      {.outcome = "reached", .duration_minutes = 6, .note = "Interested in the glove offer."},
      {.outcome = "voicemail", .duration_minutes = 1},
      {.outcome = "reached", .duration_minutes = 11, .note = "Sample box requested."},
  };
  int step = 0;
  for (const LogCall& call : calls) {
    clock.Set(core::Timestamp::FromMicros(now - (100 - 15 * step++) * kMinute).value());
    SD_ASSIGN(NextEntry next, lists.Next(caller, list_id));
    if (!next.entry) return core::Ok();
    SD_TRY(lists.Log(caller, app::RecordId(*next.entry), call, nullptr, {}));
  }
  SD_ASSIGN(NextEntry next, lists.Next(caller, list_id));
  if (next.entry) SD_TRY(lists.Skip(caller, app::RecordId(*next.entry)));
  return core::Ok();
}

}  // namespace salesdesk::modules::activities
