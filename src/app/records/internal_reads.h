// Every record of an entity matching some filters, unpaged and uncounted, ignoring visibility:
// for internal reads (master data behind a price, kept versions) where the caller has decided
// the data may be used. Reads for a person go through RecordService and their visibility.
#pragma once

#include <cstdint>
#include <vector>

#include "app/ports/record_repository.h"

namespace salesdesk::app {

core::Result<std::vector<Record>> ReadAll(RecordRepository& uow, const EntitySpec& e,
                                          std::vector<Filter> filters = {},
                                          std::int64_t limit = INT64_MAX / 2);

}  // namespace salesdesk::app
