// Rewrites the '?' placeholders both dialects share into PostgreSQL's $1..$n.
#pragma once

#include <string>
#include <string_view>

namespace salesdesk::storage {

struct RewrittenSql {
  std::string text;
  int parameter_count = 0;
};

// Replaces each '?' outside string literals ('…', E'…', $tag$…$tag$), quoted identifiers and
// comments by $1, $2, … in order. PostgreSQL's own '?' operators (jsonb) therefore cannot be
// written; use the equivalent functions (jsonb_exists) instead.
RewrittenSql RewritePlaceholders(std::string_view sql);

}  // namespace salesdesk::storage
