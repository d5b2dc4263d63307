// A sales summary as an XLSX workbook: one sheet, the title and facts on top, then each table
// under its heading; money and counts as numbers (money with its currency's decimals, in the
// currency its heading or row names), ratios as percentages with two decimals.
#pragma once

#include <string>

#include "core/result.h"
#include "modules/summaries/core/summary_report.h"

namespace salesdesk::modules::summaries {

core::Result<std::string> SummaryXlsx(const core::summaries::SummaryReport& report);

}  // namespace salesdesk::modules::summaries
