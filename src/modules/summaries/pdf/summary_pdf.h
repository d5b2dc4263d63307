// A sales summary as an A4 PDF in its reader's language, laid out with billing's one document
// layout: the company, the title and period, who it is prepared for, the facts, then each table
// under its heading (an empty one says why it is empty).
#pragma once

#include <string>

#include "core/result.h"
#include "modules/summaries/core/summary_report.h"

namespace salesdesk::pdf {

// kInvalidArgument on "lang" for a language other than en, de, es, zh.
core::Result<std::string> RenderSummaryPdf(const core::summaries::SummaryReport& report);

}  // namespace salesdesk::pdf
