// The pure rules of an opportunity's stage and forecast category (RULES.md D-R1) and of the
// board's sums (docs/pipeline.md): no storage, no clock, so each is unit-tested on its own.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/money/money.h"
#include "core/result.h"

namespace salesdesk::core::pipeline {

// What a stage says about the deals in it.
struct StageFacts {
  std::int64_t probability = 0;  // 0..100
  std::string category;          // pipeline | best_case | commit | closed | omitted
  bool won = false;
  bool lost = false;
  std::optional<std::int64_t> rotting_days;
};

// A stage is won, lost or open; a won stage counts as closed, a lost one as omitted, an open
// one never as closed. Adds issues naming the field.
void CheckStage(const StageFacts& stage, FieldIssues& issues);

// Whether an owner's category is allowed in the stage: in a won stage only closed, in a lost
// stage only omitted; in an open stage anything but closed (omitted excludes the deal).
bool CategoryAllowed(const StageFacts& stage, const std::string& category);

// The forecast category after a change (D-R1): the owner's override when one is given (or kept
// from before and the stage is open), else the stage's. `overridden` tells which.
struct CategoryChoice {
  std::string category;
  bool overridden = false;
};
CategoryChoice ChooseCategory(const StageFacts& stage, const std::optional<std::string>& given,
                              const std::optional<std::string>& kept_override);

// Whole days a deal has sat in its stage, and whether that is longer than the stage allows
// (only open stages rot; a stage without a limit never does).
std::int64_t DaysInStage(std::int64_t entered_at_us, std::int64_t now_us);
bool Rotting(const StageFacts& stage, std::int64_t days_in_stage);

// One column's sum in the company currency. Each deal is converted at the rate of its own close
// date and rounded once (core::Convert); deals whose currency has no rate are summed per
// currency in `unconverted` and never added to `total`.
struct ColumnSum {
  explicit ColumnSum(Currency company) : total{0, company} {}
  Money total;
  std::map<std::string, Money> unconverted;  // by currency code
  std::int64_t converted_count = 0;
};
Result<void> AddToColumn(ColumnSum& sum, const Money& amount,
                         const std::optional<Money>& converted);

}  // namespace salesdesk::core::pipeline
