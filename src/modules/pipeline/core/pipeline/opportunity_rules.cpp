#include "modules/pipeline/core/pipeline/opportunity_rules.h"

namespace salesdesk::core::pipeline {

void CheckStage(const StageFacts& stage, FieldIssues& issues) {
  if (stage.won && stage.lost) {
    issues.Add("lost", Msg("pipeline.stage_won_and_lost"));
    return;
  }
  if (stage.won && stage.category != "closed") {
    issues.Add("forecast_category", Msg("pipeline.stage_won_closed"));
  } else if (stage.lost && stage.category != "omitted") {
    issues.Add("forecast_category", Msg("pipeline.stage_lost_omitted"));
  } else if (!stage.won && stage.category == "closed") {
    issues.Add("forecast_category", Msg("pipeline.stage_closed_needs_won"));
  }
}

bool CategoryAllowed(const StageFacts& stage, const std::string& category) {
  if (stage.won) return category == "closed";
  if (stage.lost) return category == "omitted";
  return category != "closed";
}

CategoryChoice ChooseCategory(const StageFacts& stage, const std::optional<std::string>& given,
                              const std::optional<std::string>& kept_override) {
  if (stage.won || stage.lost) return {stage.category, false};
  const std::optional<std::string>& wanted = given ? given : kept_override;
  if (!wanted || *wanted == stage.category) return {stage.category, false};
  return {*wanted, true};
}

std::int64_t DaysInStage(std::int64_t entered_at_us, std::int64_t now_us) {
  constexpr std::int64_t kDay = 86'400'000'000;
  return now_us <= entered_at_us ? 0 : (now_us - entered_at_us) / kDay;
}

bool Rotting(const StageFacts& stage, std::int64_t days_in_stage) {
  return !stage.won && !stage.lost && stage.rotting_days && days_in_stage > *stage.rotting_days;
}

Result<void> AddToColumn(ColumnSum& sum, const Money& amount,
                         const std::optional<Money>& converted) {
  if (converted) {
    SD_ASSIGN(sum.total, Add(sum.total, *converted));
    ++sum.converted_count;
    return Ok();
  }
  auto it = sum.unconverted.find(amount.currency.code());
  if (it == sum.unconverted.end()) {
    sum.unconverted.emplace(amount.currency.code(), amount);
  } else {
    SD_ASSIGN(it->second, Add(it->second, amount));
  }
  return Ok();
}

}  // namespace salesdesk::core::pipeline
