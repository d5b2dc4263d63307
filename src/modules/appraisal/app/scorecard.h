// The scorecard of one rep for one month (RULES B): rows 1 and 2 shown, rows 3 to 12 scored.
// Computed live until the card is signed; then the figures stored on the card are answered.
#pragma once

#include <boost/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "modules/appraisal/core/appraisal_month.h"
#include "modules/appraisal/core/scorecard_items.h"

namespace salesdesk::modules::appraisal {

// Why an item does not count: no target, no base last year, not built yet (customer requests),
// not rated yet, nothing due yet (no working day's report due so far this month).
enum class NotApplicable { kNoTarget, kNoBase, kNotBuilt, kNotRated, kNoneDue };
const char* NotApplicableName(NotApplicable why);

struct ScorecardRow {
  core::appraisal::Item item;
  std::int64_t weight = 0;
  std::int64_t cap_bp = 0;
  std::optional<std::int64_t> actual;         // counts; money rows in base minor units
  std::optional<std::int64_t> target;         // per month (weekly orders: per week × weeks)
  std::optional<std::int64_t> attainment_bp;  // capped; none: n/a
  std::optional<NotApplicable> not_applicable;
};

struct Scorecard {
  std::int64_t user_id = 0;
  core::appraisal::Month month;
  std::string base_currency;
  std::optional<std::int64_t> planned_target;  // row 1, base minor units
  std::int64_t actual_sales = 0;               // row 2, base minor units
  // B-R1: invoices dated in the previous month but posted after its card was signed, shown
  // here (never changing the frozen card, not scored); none when that card is not signed.
  std::optional<std::int64_t> late_adjustment;
  std::int64_t last_year_sales = 0;       // B of row 8
  std::optional<std::int64_t> growth_bp;  // displayed g
  core::Date weeks_from;                  // B-R6's weeks
  core::Date weeks_to;
  int weeks = 0;
  std::vector<ScorecardRow> rows;  // rows 3..12 in form order
  std::optional<std::int64_t> score_bp;
  std::string evaluated_on;  // the day the live figures were read (the lost customers' today)
};

// The frozen figures: what a signed card stores and answers, read back strictly (a stored card
// whose figures do not decode is reported, never half-shown).
boost::json::object ScorecardToJson(const Scorecard& card);
core::Result<Scorecard> ScorecardFromJson(const boost::json::value& v);

}  // namespace salesdesk::modules::appraisal
