// A person's last twelve appraisal months on one screen (issue 14, docs/appraisal.md): each
// month's figures as the scorecard answers them (frozen once signed, else live) and the card's
// state, for whoever may read that person's scorecard.
#pragma once

#include <string>
#include <vector>

#include "modules/appraisal/app/scorecard_service.h"

namespace salesdesk::modules::appraisal {

inline constexpr int kHistoryMonths = 12;

struct HistoryMonth {
  Scorecard figures;
  std::string state;  // none, draft, rated, signed, acknowledged
  bool frozen = false;
};

// The twelve months ending with `last`, oldest first; months after the company's current one
// are left out (nothing happened in them yet). kNotFound as for a missing user when `caller`
// may not read the person's scorecard.
core::Result<std::vector<HistoryMonth>> ReadHistory(app::Store& store, const core::Clock& clock,
                                                    ScorecardService& scorecards,
                                                    const app::Caller& caller, std::int64_t user_id,
                                                    core::appraisal::Month last);

}  // namespace salesdesk::modules::appraisal
