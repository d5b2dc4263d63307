// The demo company's customer requests: about one a week per rep over the last four months, from
// their own customers, most answered within a few hours, some late, and this week's still open
// (one of them past its 24 hours), so row 11 of the appraisal and the reps' open requests show
// believable figures.
#include "app/demo/demo_internal.h"
#include "core/time/timestamp.h"
#include "modules/requests/app/requests_module.h"
#include "modules/requests/core/response_sla.h"

namespace salesdesk::modules::requests {
namespace {

using app::Record;

constexpr std::int64_t kHour = 3'600'000'000;
constexpr std::int64_t kDay = 24 * kHour;

struct DemoRequest {
  const char* kind;
  const char* subject;
  const char* answer;
};

constexpr DemoRequest kRequests[] = {
    {"quote", "Quote for 40 boxes of nitrile gloves, size M",
     "Quote sent with the framework price and delivery in 3 days."},
    {"information", "Is the infusion set latex-free?",
     "Confirmed latex-free; data sheet attached to the reply."},
    {"sample", "Samples of the new wound dressings for the ward",
     "Five samples dispatched with tomorrow's delivery."},
    {"complaint", "Two cartons arrived damaged",
     "Replacement shipped; credit note for the damaged cartons requested."},
    {"service", "Blood pressure monitor shows error E3",
     "Technician call booked; loan unit delivered meanwhile."},
    {"quote", "Annual volume offer for disinfectants",
     "Tiered offer sent; visit planned to discuss volumes."},
    {"information", "Lead time for surgical masks in January?",
     "Two weeks from the central warehouse; confirmed by e-mail."},
    {"complaint", "Invoice shows the list price, not our contract price",
     "Checked against the contract; corrected invoice issued."},
};

constexpr const char* kChannels[] = {"email", "phone", "email", "visit", "web"};

core::Result<std::vector<Record>> AccountsOf(app::Store& store, std::int64_t rep) {
  SD_ASSIGN(auto uow, store.Read());
  app::ListQuery q;
  q.filters = {{"owner_id", app::FilterOp::kEq, {rep}}};
  q.limit = 25;
  q.with_total = false;
  SD_ASSIGN(auto page, uow->List(app::demo::Spec("accounts"), q, app::Visibility::All()));
  return std::move(page.items);
}

}  // namespace

core::Result<void> CreateDemo(const app::DemoContext& ctx) {
  app::demo::DemoRandom random(ctx.options.seed, 83);
  const std::int64_t now = ctx.clock.Now().micros_since_epoch();
  const std::int64_t today_start = ctx.company.StartOf(ctx.today);
  app::demo::BatchWriter writer(ctx.store, now);
  for (const auto& team : ctx.org.sales_teams) {
    for (const std::int64_t rep : team.rep_ids) {
      SD_ASSIGN(auto accounts, AccountsOf(ctx.store, rep));
      if (accounts.empty()) continue;
      for (int day = 120; day >= 0; day -= static_cast<int>(random.Uniform(4, 9))) {
        const std::int64_t received = today_start - day * kDay + random.Uniform(8, 17) * kHour +
                                      random.Uniform(0, 59) * 60'000'000;
        if (received > now) continue;
        const DemoRequest& r = kRequests[random.Index(std::size(kRequests))];
        const Record& account = random.Pick(accounts);
        Record request{{"account_id", app::RecordId(account)},
                       {"subject", std::string(r.subject)},
                       {"kind", std::string(r.kind)},
                       {"channel", std::string(kChannels[random.Index(std::size(kChannels))])},
                       {"received_at", received},
                       {"due_at", core::requests::DueAt(received)},
                       {"owner_id", rep}};
        // Most within the working day, one in eight late; this week's last ones still open.
        const std::int64_t answered =
            received +
            (random.Percent(12) ? random.Uniform(26, 70) : random.Uniform(1, 20)) * kHour;
        const bool open = day <= 2 || answered > now;
        request["status"] = std::string(open ? "open" : "answered");
        request["answered_on_time"] = !open && core::requests::AnsweredOnTime(received, answered);
        if (!open) {
          request["answered_at"] = answered;
          request["answer"] = std::string(r.answer);
        }
        SD_TRY(writer.Insert(app::demo::Spec("customer-requests"), request));
      }
    }
  }
  return writer.Commit();
}

}  // namespace salesdesk::modules::requests
