#include "modules/commissions/core/split_credit.h"

#include <string>

#include "core/money/allocate.h"
#include "modules/billing/core/ratio.h"

namespace salesdesk::core::commissions {

Result<std::vector<std::int64_t>> CreditSplits(std::int64_t net, std::span<const Split> splits) {
  std::vector<std::int64_t> revenue_weights;
  std::int64_t revenue_total = 0;
  for (std::size_t i = 0; i < splits.size(); ++i) {
    if (splits[i].share_bp < 0 || splits[i].share_bp > 10'000) {
      const std::string f = "splits/" + std::to_string(i) + "/share";
      return Error::Invalid(
          f, Msg("field.out_of_range", {{"field", f}, {"min", "0"}, {"max", "100 %"}}));
    }
    if (!splits[i].overlay) {
      revenue_weights.push_back(splits[i].share_bp);
      revenue_total += splits[i].share_bp;
    }
  }
  if (revenue_total != 10'000) {
    return Error::Invalid("splits", Msg("commissions.revenue_splits_total",
                                        {{"total_bp", std::to_string(revenue_total)}}));
  }
  SD_ASSIGN(auto revenue, Allocate(net, revenue_weights, "splits"));
  std::vector<std::int64_t> out;
  std::size_t next = 0;
  for (const Split& s : splits) {
    out.push_back(s.overlay ? static_cast<std::int64_t>(
                                  billing::RoundHalfUp(__int128{net} * s.share_bp, 10'000))
                            : revenue[next++]);
  }
  return out;
}

}  // namespace salesdesk::core::commissions
