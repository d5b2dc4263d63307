// C-R2: split credit. Revenue splits share the invoice's net by Allocate (RULES 0.4: ties to the
// larger share, then the first listed, the primary owner) and must total 100 %; overlay splits
// (a specialist's 20 %) are credited their own percentage of the whole and reduce nobody.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/result.h"

namespace salesdesk::core::commissions {

struct Split {
  std::int64_t share_bp = 0;  // 10,000 = 100 %
  bool overlay = false;
};

// The credited base per split, in the order given. Revenue splits not totalling 10,000 bp:
// "commissions.revenue_splits_total" on "splits"; a share outside 0..10,000 names
// "splits/<i>/share".
Result<std::vector<std::int64_t>> CreditSplits(std::int64_t net, std::span<const Split> splits);

}  // namespace salesdesk::core::commissions
