// The appraisal PDF's data: the card the caller may read (else 404, as for a missing one), its
// person's figures (frozen once signed, else live), names of who rated and signed, in the
// person's own language unless ?lang= says otherwise. Only that person's figures are read.
#pragma once

#include <optional>
#include <string>

#include "modules/appraisal/app/scorecard_service.h"
#include "modules/appraisal/core/appraisal_print.h"

namespace salesdesk::modules::appraisal {

core::Result<core::appraisal::AppraisalPrint> AppraisalPrintOf(
    app::Store& store, ScorecardService& scorecards, const app::Caller& caller,
    std::int64_t card_id, const std::optional<std::string>& language);

}  // namespace salesdesk::modules::appraisal
