// Duplicate candidates in an import's dry run (issue 11, decisions 0034 and 0054). The keys and
// their check belong to a module (leads, for accounts and leads) that the platform may not
// call, so a module registers a check per entity here and the dry run asks it for each good row.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/entity_spec.h"
#include "core/result.h"

namespace salesdesk::app::io {

// A record a row may duplicate: what it is, whom it names and why (the check's match kinds,
// strongest first). Only records the caller may see are named.
struct DuplicateMatch {
  std::string entity;  // plural
  std::int64_t id = 0;
  std::string label;
  std::vector<std::string> matched;
};

// An earlier row of the same file a row looks like, and why (the kinds its keys share).
struct FileDuplicate {
  std::int64_t row = 0;
  std::vector<std::string> matched;
};

// An import row's candidates: stored records, and earlier rows of the file.
struct RowDuplicates {
  std::int64_t row = 0;
  std::vector<DuplicateMatch> matches;
  std::vector<FileDuplicate> same_file;
};

using DuplicateCheckFn = std::function<core::Result<std::vector<DuplicateMatch>>(
    Store& store, const Caller& caller, const EntitySpec& e, const Record& fields)>;
// A row's identifying keys as (kind, key) pairs, the same the check looks up: two rows sharing a
// pair look alike. Pure: no store.
using DuplicateKeysFn = std::function<std::vector<std::pair<std::string, std::string>>(
    const EntitySpec& e, const Record& fields)>;

struct DuplicateChecks {
  DuplicateCheckFn check;
  DuplicateKeysFn keys;
};

// Registers the checks for rows of `entity` (replacing earlier ones). Modules call it when they
// add their entities: the one call every installed module gets at start-up.
void RegisterDuplicateCheck(std::string_view entity, DuplicateCheckFn check, DuplicateKeysFn keys);
// The checks of `entity`, or null.
const DuplicateChecks* DuplicateCheckFor(std::string_view entity);

// A dry run checks at most this many good rows for duplicates (each check reads the keys of
// several kinds); past it, `duplicates_checked` says how many were.
inline constexpr std::int64_t kMaxDuplicateCheckedRows = 2000;

}  // namespace salesdesk::app::io
