#include "modules/billing/core/application.h"

#include <algorithm>
#include <numeric>

namespace salesdesk::core::billing {
namespace {

std::int64_t Open(const OpenItem& item, Claim claim) {
  switch (claim) {
    case Claim::kPrincipal:
      return item.principal;
    case Claim::kInterest:
      return item.interest;
    case Claim::kFees:
      return item.fees;
  }
  return 0;
}

Application Apply(std::int64_t amount, std::span<const OpenItem> items,
                  std::span<const Claim> claims) {
  std::vector<std::size_t> oldest(items.size());
  std::iota(oldest.begin(), oldest.end(), std::size_t{0});
  std::stable_sort(oldest.begin(), oldest.end(),
                   [&](std::size_t a, std::size_t b) { return items[a].due < items[b].due; });
  Application out;
  std::int64_t left = std::max<std::int64_t>(amount, 0);
  for (Claim claim : claims) {
    for (std::size_t i : oldest) {
      if (left == 0) break;
      const std::int64_t take = std::min(left, std::max<std::int64_t>(Open(items[i], claim), 0));
      if (take == 0) continue;
      out.applied.push_back(Applied{i, claim, take});
      left -= take;
    }
  }
  out.unapplied = left;
  return out;
}

}  // namespace

Application ApplyPayment(std::int64_t amount, std::span<const OpenItem> items,
                         ApplicationOrder order) {
  static constexpr Claim kDefault[] = {Claim::kPrincipal, Claim::kInterest, Claim::kFees};
  static constexpr Claim kBgb367[] = {Claim::kFees, Claim::kInterest, Claim::kPrincipal};
  return Apply(amount, items, order == ApplicationOrder::kFeesFirst ? kBgb367 : kDefault);
}

Application ApplyCreditNote(std::int64_t amount, std::span<const OpenItem> items) {
  static constexpr Claim kPrincipalOnly[] = {Claim::kPrincipal};
  return Apply(amount, items, kPrincipalOnly);
}

}  // namespace salesdesk::core::billing
