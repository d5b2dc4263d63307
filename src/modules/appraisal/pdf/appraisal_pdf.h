// The appraisal card as an A4 PDF in the rep's language (en, de, es, zh), laid out with billing's
// one document layout: the month's facts, the scored rows, the score, the manager's rating and
// comment and the signatures.
#pragma once

#include <string>

#include "core/result.h"
#include "modules/appraisal/core/appraisal_print.h"

namespace salesdesk::pdf {

// kInvalidArgument on "lang" for a language other than en, de, es, zh.
core::Result<std::string> RenderAppraisalPdf(const core::appraisal::AppraisalPrint& card);

}  // namespace salesdesk::pdf
