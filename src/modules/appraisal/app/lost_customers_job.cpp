#include "modules/appraisal/app/lost_customers_job.h"

#include "app/records/audit_trail.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/appraisal/app/order_history.h"
#include "modules/appraisal/core/customer_rhythm.h"

namespace salesdesk::modules::appraisal {
namespace {

namespace ca = core::appraisal;
using app::Record;

const char* LifecycleOf(ca::Standing s) {
  switch (s) {
    case ca::Standing::kActive:
      return "active";
    case ca::Standing::kAtRisk:
      return "at_risk";
    case ca::Standing::kLost:
      return "lost";
  }
  return "active";
}

// "every 30 days" / "every 12.5 days"; no rhythm below three orders.
std::string RhythmText(const ca::Rhythm& r) {
  if (!r.median_twice) return "fewer than three orders so far";
  std::string days = std::to_string(*r.median_twice / 2);
  if (*r.median_twice % 2 != 0) days += ".5";
  return "usually orders every " + days + " days";
}

Record TaskFor(const Record& account, ca::Standing standing, const ca::Rhythm& rhythm,
               core::Date today) {
  const std::string name = app::TextOf(account, "name");
  const std::string title = standing == ca::Standing::kLost ? "Win back " + name + " (lost)"
                                                            : "Call " + name + " (at risk)";
  return {{"title", title.substr(0, 200)},
          {"due_on", (*today.AddDays(standing == ca::Standing::kLost ? 3 : 7)).ToString()},
          {"related_entity", std::string("accounts")},
          {"related_id", app::RecordId(account)},
          {"notes",
           "No order since " + rhythm.last_order.ToString() + "; " + RhythmText(rhythm) +
               (standing == ca::Standing::kLost ? ". Counted lost on " : ". At risk since ") +
               (standing == ca::Standing::kLost ? rhythm.lost_on : rhythm.at_risk_from).ToString() +
               "."},
          {"owner_id", app::IntOf(account, "owner_id").value_or(0)}};
}

}  // namespace

core::Result<std::string> EvaluateCustomerRhythm(app::Store& store, const core::Clock& clock) {
  SD_ASSIGN(auto uow, store.Write());
  SD_ASSIGN(app::CompanyCalendar company, app::LoadCompanyCalendar(*uow));
  const std::int64_t now = clock.Now().micros_since_epoch();
  const core::Date today = company.DateOf(now);
  SD_ASSIGN(auto history, OrderHistory(*uow, std::nullopt, today));
  const app::EntitySpec& accounts = *app::FindEntity("accounts");
  const app::EntitySpec& tasks = *app::FindEntity("tasks");
  const app::Caller system = app::Caller::System();
  int moved = 0;
  int tasks_made = 0;
  constexpr std::size_t kChunk = 500;
  std::vector<std::int64_t> ids;
  for (const auto& [id, _] : history) ids.push_back(id);
  for (std::size_t from = 0; from < ids.size(); from += kChunk) {
    std::vector<app::FieldValue> chunk(ids.begin() + from,
                                       ids.begin() + std::min(ids.size(), from + kChunk));
    SD_ASSIGN(auto rows, app::ReadAll(*uow, accounts, {{"id", app::FilterOp::kIn, chunk}}));
    for (const Record& account : rows) {
      const auto& dates = history.at(app::RecordId(account)).dates;
      const ca::Standing standing = ca::StandingOn(dates, today);
      const std::string wanted = LifecycleOf(standing);
      if (app::TextOf(account, "lifecycle") == wanted) continue;
      SD_ASSIGN(Record updated,
                uow->Update(accounts, app::RecordId(account), {{"lifecycle", wanted}},
                            app::RecordVersion(account), now));
      SD_TRY(app::AuditChange(*uow, system, now, accounts, "update", &account, &updated));
      ++moved;
      if (standing == ca::Standing::kActive || !app::IntOf(account, "owner_id")) continue;
      SD_ASSIGN(Record task,
                uow->Insert(tasks, TaskFor(account, standing, ca::RhythmOf(dates), today), now));
      SD_TRY(app::AuditChange(*uow, system, now, tasks, "create", nullptr, &task));
      ++tasks_made;
    }
  }
  SD_TRY(uow->Commit());
  if (moved == 0) return std::string();
  return std::to_string(moved) + " accounts moved by their ordering rhythm, " +
         std::to_string(tasks_made) + " tasks for their reps";
}

}  // namespace salesdesk::modules::appraisal
