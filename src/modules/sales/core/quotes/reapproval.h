// After an approved quote is edited, only what asks for more than was approved goes back to an
// approver. Lines are matched by their stable key, never by position.
#pragma once

#include <span>
#include <vector>

#include "modules/sales/core/quotes/deviation.h"

namespace salesdesk::core::quotes {

// From `current` (the deviations of the edited quote, from CheckAuthority), those that need
// approval again: a (line key, kind) or (document, kind) that was not approved, or that now asks
// for more than its approved value (a larger discount or value, a lower margin, more days). Equal
// or smaller asks stay approved; deviations that disappeared (removed lines) need nothing. When
// `approved` holds one (key, kind) twice, the most permissive approval counts. Order is kept.
std::vector<Deviation> DeviationsNeedingReapproval(std::span<const Deviation> approved,
                                                   std::span<const Deviation> current);

}  // namespace salesdesk::core::quotes
