// The demo company's activity history: for every rep, weeks of calls (more for the reps whose
// customers are many and small: telemarketing-style), visits on Tuesdays and Thursdays, a
// meeting now and then, with outcomes and next steps; and today's planned visits and calls so
// "Today" is never empty. Sized by DemoOptions::activity_months.
#include "app/demo/demo_internal.h"
#include "modules/activities/app/activities_module.h"

namespace salesdesk::modules::activities {
namespace {

using app::Record;
using app::demo::Spec;

constexpr std::int64_t kHour = 3'600'000'000;
constexpr std::int64_t kDay = 24 * kHour;

constexpr const char* kCallSubjects[] = {"Follow-up on the last delivery",
                                         "Reorder of gloves",
                                         "Price question on the quote",
                                         "New catalogue",
                                         "Tender next quarter",
                                         "Payment terms"};
constexpr const char* kVisitSubjects[] = {"Quarterly review", "Demo of the infusion pumps",
                                          "Stock check in the ward", "Meeting the new buyer"};
constexpr const char* kNextSteps[] = {"Send the revised quote", "Call back after the budget",
                                      "Book a demo", "Send samples", "Visit with the manager"};
constexpr const char* kCallOutcomes[] = {"reached",   "reached", "reached",     "no_answer",
                                         "voicemail", "busy",    "wrong_number"};

// Years of history are tens of thousands of rows: written with multi-row inserts, and like an
// import of past records without a "create" audit row each (today's plans are audited).
class HistoryWriter {
 public:
  HistoryWriter(app::Store& store, std::int64_t now) : store_(store), now_(now) {}
  core::Result<void> Add(Record r) {
    // One set of fields for every row, so each batch is one multi-row statement.
    for (const char* f : {"done_at", "direction", "outcome", "duration_minutes", "check_in_at",
                          "report", "next_step", "next_action_on"}) {
      r.try_emplace(f, std::monostate{});
    }
    pending_.push_back(std::move(r));
    if (pending_.size() >= 1000) return Flush();
    return core::Ok();
  }
  core::Result<void> Flush() {
    if (pending_.empty()) return core::Ok();
    SD_ASSIGN(auto uow, store_.Write());
    SD_TRY(uow->InsertMany(Spec("activities"), pending_, now_));
    pending_.clear();
    return uow->Commit();
  }

 private:
  app::Store& store_;
  std::int64_t now_;
  std::vector<Record> pending_;
};

// The rep's first accounts, by id: the customers they work.
core::Result<std::vector<Record>> AccountsOf(app::Store& store, std::int64_t rep) {
  SD_ASSIGN(auto uow, store.Read());
  app::ListQuery q;
  q.filters = {{"owner_id", app::FilterOp::kEq, {rep}}};
  q.limit = 25;
  q.with_total = false;
  SD_ASSIGN(auto page, uow->List(Spec("accounts"), q, app::Visibility::All()));
  return std::move(page.items);
}

Record Activity(std::int64_t rep, const Record& account, const char* kind, std::string subject,
                std::int64_t at) {
  return {{"kind", std::string(kind)},
          {"subject", std::move(subject)},
          {"status", std::string("planned")},
          {"planned_at", at},
          {"account_id", app::RecordId(account)},
          {"owner_id", rep}};
}

}  // namespace

core::Result<void> CreateDemo(const app::DemoContext& ctx) {
  app::demo::DemoRandom random(ctx.options.seed, 61);
  const std::int64_t now = ctx.clock.Now().micros_since_epoch();
  HistoryWriter history(ctx.store, now);
  std::vector<Record> plans;  // today's, written (audited) after the history: one writer at a time
  const core::Date today = ctx.today;
  const std::int64_t today_start = ctx.company.StartOf(today);
  const int weeks = ctx.options.activity_months * 52 / 12;
  for (std::size_t t = 0; t < ctx.org.sales_teams.size(); ++t) {
    for (std::size_t r = 0; r < ctx.org.sales_teams[t].rep_ids.size(); ++r) {
      const std::int64_t rep = ctx.org.sales_teams[t].rep_ids[r];
      SD_ASSIGN(auto accounts, AccountsOf(ctx.store, rep));
      if (accounts.empty()) continue;
      // Every third rep works the phone: more calls, no visits.
      const bool phone = (t + r) % 3 == 0;
      const int calls_per_week = phone ? 5 : 2;
      // Monday of this week, then back week by week.
      const std::int64_t weekday = (today.days_since_epoch() + 3) % 7;  // 0 = Monday
      const std::int64_t monday = today_start - weekday * kDay;
      for (int w = weeks; w >= 1; --w) {
        const std::int64_t week = monday - w * 7 * kDay;
        for (int i = 0; i < calls_per_week; ++i) {
          const std::int64_t at =
              week + random.Uniform(0, 4) * kDay + random.Uniform(8, 17) * kHour;
          Record a = Activity(rep, random.Pick(accounts), "call",
                              kCallSubjects[random.Index(std::size(kCallSubjects))], at);
          const char* outcome = kCallOutcomes[random.Index(std::size(kCallOutcomes))];
          a["status"] = std::string("done");
          a["done_at"] = at + 10 * 60'000'000;
          a["direction"] = std::string(random.Percent(80) ? "outbound" : "inbound");
          a["outcome"] = std::string(outcome);
          a["duration_minutes"] = std::string(outcome) == "reached" ? random.Uniform(3, 25) : 1;
          SD_TRY(history.Add(std::move(a)));
        }
        // Field reps visit on Tuesdays, and on Thursdays every other week.
        const int visits_per_week = phone ? 0 : 1 + w % 2;
        for (int i = 0; i < visits_per_week; ++i) {
          // Tuesdays and Thursdays are visit days.
          const std::int64_t at =
              week + (i % 2 == 0 ? 1 : 3) * kDay + random.Uniform(9, 15) * kHour;
          Record a = Activity(rep, random.Pick(accounts), "visit",
                              kVisitSubjects[random.Index(std::size(kVisitSubjects))], at);
          a["status"] = std::string(random.Percent(8) ? "cancelled" : "done");
          if (std::get<std::string>(a["status"]) == "done") {
            a["check_in_at"] = at + random.Uniform(0, 20) * 60'000'000;
            a["done_at"] = at + kHour;
            a["duration_minutes"] = random.Uniform(30, 90);
            a["outcome"] = std::string("meeting_held");
            a["report"] = std::string("Met the buyer; stock and next orders discussed.");
            a["next_step"] = std::string(kNextSteps[random.Index(std::size(kNextSteps))]);
            a["next_action_on"] = ctx.company.DateOf(at + 7 * kDay).ToString();
          }
          SD_TRY(history.Add(std::move(a)));
        }
      }
      // Today: two visits and three calls planned, and yesterday's next step due today.
      for (int i = 0; i < 2 && !phone; ++i) {
        plans.push_back(Activity(rep, accounts[i % accounts.size()], "visit",
                                 kVisitSubjects[random.Index(std::size(kVisitSubjects))],
                                 today_start + (10 + 4 * i) * kHour));
      }
      for (int i = 0; i < 3; ++i) {
        plans.push_back(Activity(rep, accounts[(i + 2) % accounts.size()], "call",
                                 kCallSubjects[random.Index(std::size(kCallSubjects))],
                                 today_start + (9 + 2 * i) * kHour));
      }
      Record due = Activity(rep, accounts[0], "call", "Agreed to call back", today_start - kDay);
      due["status"] = std::string("done");
      due["done_at"] = today_start - kDay + 15 * 60'000'000;
      due["outcome"] = std::string("reached");
      due["next_step"] = std::string("Send the revised quote");
      due["next_action_on"] = today.ToString();
      plans.push_back(std::move(due));
    }
  }
  SD_TRY(history.Flush());
  app::demo::BatchWriter writer(ctx.store, now);
  for (const Record& plan : plans) SD_TRY(writer.Insert(Spec("activities"), plan));
  SD_TRY(writer.Commit());
  SD_TRY(CreateYesterdayDemo(ctx));  // before the reports count the log
  SD_TRY(CreateDailyReportDemo(ctx));
  return CreateCallListDemo(ctx);
}

}  // namespace salesdesk::modules::activities
