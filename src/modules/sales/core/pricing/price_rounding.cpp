// Commercial price rounding (0.05 steps, .99 endings). Steps are not powers of ten, so this is
// the one place besides the weighted average that divides through RoundDivide.
#include "modules/sales/core/pricing/line_resolution.h"
#include "modules/sales/core/pricing/price_math.h"

namespace salesdesk::core::pricing::internal {

__int128 ApplyPriceRounding(const PriceRounding& rounding, __int128 price12, RoundingMode mode) {
  if (rounding.kind == RoundingKind::kNone) return price12;
  const __int128 step = ToPrice12(rounding.step);
  if (rounding.kind == RoundingKind::kStep) return RoundDivide(price12, step, mode) * step;
  // Nearest k * step + ending: round (price - ending) to the step, then add the ending back. The
  // lowest such price is the ending itself (k = 0); never go below it into a negative price.
  const __int128 ending = ToPrice12(rounding.ending);
  const __int128 rounded = RoundDivide(price12 - ending, step, mode) * step + ending;
  return rounded < ending ? ending : rounded;
}

}  // namespace salesdesk::core::pricing::internal
