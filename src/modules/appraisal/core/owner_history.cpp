#include "modules/appraisal/core/owner_history.h"

namespace salesdesk::core::appraisal {

std::optional<std::int64_t> OwnerAt(std::optional<std::int64_t> current,
                                    std::span<const OwnerChange> changes, std::int64_t at_us) {
  for (const OwnerChange& c : changes) {
    if (c.at_us >= at_us) return c.before;
  }
  return current;
}

}  // namespace salesdesk::core::appraisal
