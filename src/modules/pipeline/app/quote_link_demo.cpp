// The demo's quotes on their deals (decision 0055): the sales demo's draft, sent and rejected
// quotes each belong to an open deal of their account (a rejection leaves the deal open); the
// accepted one to the deal it won today, worth its net total, with the move to Won in the
// history. Written as stored records, as the rest of the demo.
#include "app/demo/demo_internal.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/pipeline/app/pipeline_module.h"

namespace salesdesk::modules::pipeline {

using app::Record;
using app::demo::Spec;

core::Result<void> LinkDemoQuotes(const app::DemoContext& ctx, const DemoPipeline& pipeline) {
  const std::int64_t now = ctx.clock.Now().micros_since_epoch();
  std::vector<Record> quotes;
  {
    SD_ASSIGN(auto uow, ctx.store.Read());
    SD_ASSIGN(quotes, app::ReadAll(*uow, Spec("quotes"), {}, 1000));
  }
  app::demo::BatchWriter writer(ctx.store, now);
  const app::CompanyCalendar& company = ctx.company;
  for (const auto& q : quotes) {
    const std::string status = app::TextOf(q, "status");
    const bool accepted = status == "accepted";
    if (!accepted && status != "draft" && status != "sent" && status != "rejected") continue;
    const auto account = app::IntOf(q, "account_id");
    const auto net = app::MoneyOf(q, "untaxed");
    if (!account || !net) continue;
    // Open deals sit in Proposal (a draft) or Negotiation (sent, or rejected and reworked).
    const Record& stage = accepted            ? pipeline.won
                          : status == "draft" ? pipeline.proposal
                                              : pipeline.negotiation;
    const std::int64_t decided = app::IntOf(q, "decided_at").value_or(now);
    Record deal{{"title", "Supply per quote " + app::TextOf(q, "number")},
                {"account_id", *account},
                {"amount", *net},
                {"pipeline_id", pipeline.id},
                {"stage_id", app::RecordId(stage)},
                {"probability", app::IntOf(stage, "probability").value_or(0)},
                {"forecast_category", app::TextOf(stage, "forecast_category")},
                {"category_overridden", false},
                {"owner_id", *app::IntOf(q, "owner_id")},
                {"expected_close", app::TextOf(q, "valid_until")},
                {"stage_entered_at", accepted ? decided : app::IntOf(q, "created_at").value()}};
    if (auto contact = app::IntOf(q, "contact_id")) deal["contact_id"] = *contact;
    if (accepted) {
      deal["closed_on"] = company.DateOf(decided).ToString();
      deal["expected_close"] = deal["closed_on"];
    }
    SD_ASSIGN(Record stored, writer.Insert(Spec("opportunities"), deal));
    if (accepted) {
      SD_TRY(writer.Insert(Spec("opportunity-stage-changes"),
                           {{"opportunity_id", app::RecordId(stored)},
                            {"from_stage_id", app::RecordId(pipeline.negotiation)},
                            {"to_stage_id", app::RecordId(stage)},
                            {"changed_at", decided},
                            {"changed_by_id", *app::IntOf(q, "owner_id")},
                            {"days_in_from", std::int64_t{0}}}));
    }
    SD_TRY(writer.Update(Spec("quotes"), q, {{"opportunity_id", app::RecordId(stored)}}));
  }
  return writer.Commit();
}

}  // namespace salesdesk::modules::pipeline
