// The `after` cursor of keyset list pages (decision 0030): opaque to clients, it carries the
// sort it was made for and the position of the last row of the page (sort key and id), so the
// next page starts right after that row even when many rows share its key.
#pragma once

#include <string>
#include <string_view>

#include "app/ports/record_query.h"
#include "core/result.h"

namespace salesdesk::http {

// The cursor for the page after `at`, in the order of `q` (its sort field and direction).
std::string EncodeListCursor(const app::ListQuery& q, const app::ListPosition& at);

// Reads a cursor back; refused (query.after) when it is not one of ours or was made for another
// sort than `q`'s.
core::Result<app::ListPosition> DecodeListCursor(const app::ListQuery& q, std::string_view text);

}  // namespace salesdesk::http
