#include "modules/appraisal/app/scorecard_history.h"

#include <algorithm>

#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "modules/appraisal/app/team_board.h"

namespace salesdesk::modules::appraisal {

namespace ca = core::appraisal;

namespace {

ca::Month Before(ca::Month m) {
  return m.month == 1 ? ca::Month{m.year - 1, 12} : ca::Month{m.year, m.month - 1};
}

}  // namespace

core::Result<std::vector<HistoryMonth>> ReadHistory(app::Store& store, const core::Clock& clock,
                                                    ScorecardService& scorecards,
                                                    const app::Caller& caller, std::int64_t user_id,
                                                    ca::Month last) {
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(Subject subject, SubjectFor(*uow, caller, user_id));
  SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, clock.Now().micros_since_epoch()));
  last = std::min(last, ca::MonthOf(today));
  std::vector<ca::Month> months{last};
  while (months.size() < kHistoryMonths) months.push_back(Before(months.back()));
  std::vector<HistoryMonth> out;
  ScorecardReads reads;
  for (auto m = months.rbegin(); m != months.rend(); ++m) {
    SD_ASSIGN(auto card, CardOf(*uow, caller, user_id, *m));
    HistoryMonth h;
    SD_ASSIGN(h.figures, scorecards.FiguresOf(*uow, subject, *m, card, &reads));
    h.state = CardState(card);
    h.frozen = card && app::TextOf(*card, "status") == "signed";
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace salesdesk::modules::appraisal
