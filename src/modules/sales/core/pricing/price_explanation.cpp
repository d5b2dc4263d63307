#include "modules/sales/core/pricing/price_explanation.h"

namespace salesdesk::core::pricing {

const char* CandidateOutcomeName(CandidateOutcome outcome) {
  switch (outcome) {
    case CandidateOutcome::kApplied:
      return "applied";
    case CandidateOutcome::kCreatedAfterQuote:
      return "created_after_quote";
    case CandidateOutcome::kOutsideDates:
      return "outside_dates";
    case CandidateOutcome::kOutsideSeason:
      return "outside_season";
    case CandidateOutcome::kWrongAccount:
      return "wrong_account";
    case CandidateOutcome::kWrongGroup:
      return "wrong_group";
    case CandidateOutcome::kWrongTerritory:
      return "wrong_territory";
    case CandidateOutcome::kWrongChannel:
      return "wrong_channel";
    case CandidateOutcome::kWrongPriceList:
      return "wrong_price_list";
    case CandidateOutcome::kWrongUnit:
      return "wrong_unit";
    case CandidateOutcome::kWrongCurrency:
      return "wrong_currency";
    case CandidateOutcome::kCumulativeVolumeNotReached:
      return "cumulative_volume_not_reached";
    case CandidateOutcome::kQuantityBelowMin:
      return "quantity_below_min";
    case CandidateOutcome::kQuantityAboveMax:
      return "quantity_above_max";
    case CandidateOutcome::kNoBasePrice:
      return "no_base_price";
    case CandidateOutcome::kNoCost:
      return "no_cost";
    case CandidateOutcome::kMarginFloor:
      return "margin_floor";
    case CandidateOutcome::kLessSpecific:
      return "less_specific";
    case CandidateOutcome::kLowerThreshold:
      return "lower_quantity_threshold";
    case CandidateOutcome::kLowerPriority:
      return "lower_priority";
    case CandidateOutcome::kTieBreakHigherId:
      return "tie_break_higher_id";
  }
  return "unknown";
}

}  // namespace salesdesk::core::pricing
