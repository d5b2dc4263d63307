// The morning meeting's yesterday in the demo: the activity history ends with last week, so every
// rep gets a believable previous weekday (the company's) of done calls and, for the field reps,
// a visit or two, written before the daily reports are counted from the log.
#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "modules/activities/app/activities_module.h"

namespace salesdesk::modules::activities {
namespace {

using app::Record;
using app::demo::Spec;

constexpr std::int64_t kMinute = 60'000'000;
constexpr std::int64_t kHour = 60 * kMinute;

constexpr const char* kSubjects[] = {"Follow-up on the last delivery", "Reorder of gloves",
                                     "Price question on the quote", "Tender next quarter"};
constexpr const char* kOutcomes[] = {"reached", "reached", "reached", "no_answer", "voicemail"};

// The weekday before `today` (Monday's is Friday).
core::Result<core::Date> PreviousWeekday(core::Date today) {
  SD_ASSIGN(core::Date day, today.AddDays(-1));
  while (day.weekday() == core::Weekday::kSaturday || day.weekday() == core::Weekday::kSunday) {
    SD_ASSIGN(day, day.AddDays(-1));
  }
  return day;
}

Record Done(std::int64_t rep, std::int64_t account, const char* kind, const char* subject,
            std::int64_t at) {
  return {{"kind", std::string(kind)},
          {"subject", std::string(subject)},
          {"status", std::string("done")},
          {"planned_at", at},
          {"done_at", at + 15 * kMinute},
          {"account_id", account},
          {"owner_id", rep}};
}

}  // namespace

core::Result<void> CreateYesterdayDemo(const app::DemoContext& ctx) {
  app::demo::DemoRandom random(ctx.options.seed, 71);
  const std::int64_t now = ctx.clock.Now().micros_since_epoch();
  SD_ASSIGN(auto uow, ctx.store.Write());
  SD_ASSIGN(const core::Date yesterday, PreviousWeekday(ctx.today));
  const std::int64_t start = ctx.company.StartOf(yesterday);
  std::vector<Record> done;
  for (std::size_t t = 0; t < ctx.org.sales_teams.size(); ++t) {
    for (std::size_t r = 0; r < ctx.org.sales_teams[t].rep_ids.size(); ++r) {
      const std::int64_t rep = ctx.org.sales_teams[t].rep_ids[r];
      SD_ASSIGN(const auto accounts,
                app::ReadAll(*uow, Spec("accounts"), {{"owner_id", app::FilterOp::kEq, {rep}}}, 8));
      if (accounts.empty()) continue;
      const bool phone = (t + r) % 3 == 0;  // as the history: every third rep works the phone
      const std::int64_t calls = phone ? random.Uniform(6, 10) : random.Uniform(2, 4);
      for (std::int64_t i = 0; i < calls; ++i) {
        const std::int64_t at = start + (8 + i) * kHour + random.Uniform(0, 40) * kMinute;
        Record call = Done(rep, app::RecordId(random.Pick(accounts)), "call",
                           kSubjects[random.Index(std::size(kSubjects))], at);
        const char* outcome = kOutcomes[random.Index(std::size(kOutcomes))];
        call["direction"] = std::string("outbound");
        call["outcome"] = std::string(outcome);
        call["duration_minutes"] = std::string(outcome) == "reached" ? random.Uniform(3, 20) : 1;
        done.push_back(std::move(call));
      }
      for (std::int64_t i = 0; !phone && i < random.Uniform(1, 2); ++i) {
        const std::int64_t at = start + (10 + 4 * i) * kHour;
        Record visit =
            Done(rep, app::RecordId(random.Pick(accounts)), "visit", "Quarterly review", at);
        visit["check_in_at"] = at;
        visit["done_at"] = at + kHour;
        visit["duration_minutes"] = std::int64_t{60};
        visit["outcome"] = std::string("meeting_held");
        visit["report"] = std::string("Met the buyer; next month's order discussed.");
        done.push_back(std::move(visit));
      }
    }
  }
  if (!done.empty()) SD_TRY(uow->InsertMany(Spec("activities"), done, now));
  return uow->Commit();
}

}  // namespace salesdesk::modules::activities
