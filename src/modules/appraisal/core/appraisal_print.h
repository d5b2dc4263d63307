// What the appraisal PDF prints (GET /appraisals/{id}/pdf): one person's card for one month —
// the rows, the score, the manager's rating and comment, the signatures with their dates. It
// holds that person's figures only, never a colleague's.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/time/date.h"
#include "modules/appraisal/core/scorecard_items.h"
#include "modules/sales/core/quotes/quote_print.h"

namespace salesdesk::core::appraisal {

enum class PrintUnit { kMinor, kCount, kBp, kRating };

struct PrintRow {
  Item item;
  std::int64_t weight = 0;
  PrintUnit unit = PrintUnit::kCount;
  std::optional<std::int64_t> target;
  std::optional<std::int64_t> actual;
  std::optional<std::int64_t> attainment_bp;
  std::string not_applicable;  // the reason's code; empty when it counts
};

struct AppraisalPrint {
  std::string language;  // the rep's: en, de, es, zh
  core::quotes::PrintParty company;
  std::string person;
  std::string month;  // YYYY-MM
  std::string base_currency;
  std::optional<std::int64_t> planned_target;  // minor units of the base currency
  std::int64_t actual_sales = 0;
  bool frozen = false;  // signed: the figures as frozen
  std::vector<PrintRow> rows;
  std::optional<std::int64_t> score_bp;
  std::optional<std::int64_t> conduct_rating;
  std::string comment;
  std::string rated_by;
  std::string signed_by;
  std::optional<Date> signed_on;
  std::optional<Date> acknowledged_on;
};

}  // namespace salesdesk::core::appraisal
