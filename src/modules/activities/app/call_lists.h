// Call lists (issue 11, decision 0057): a telemarketer builds a list from a saved view of
// accounts, contacts or leads (the view's query run through their own visibility), then works it
// one entry at a time: logging a call creates the call activity and marks the entry done in one
// transaction; skipping passes the entry by. Builds and logs honour Idempotency-Key.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"

namespace salesdesk::modules::activities {

// The entities a list may be built from.
const std::vector<std::string_view>& CallListSources();

struct BuildCallList {
  std::string name;
  std::string entity;                   // accounts | contacts | leads
  app::ListQuery query;                 // the checked list query (filters, search, sort)
  std::string query_text;               // as the view stored it
  std::optional<std::int64_t> view_id;  // the saved view it came from
};

struct LogCall {
  std::string outcome;
  std::optional<std::int64_t> duration_minutes;
  std::string note;
  std::optional<std::string> next_call_on;  // YYYY-MM-DD, today or later
};

// What logging answers: the entry as now stored and the call it created.
struct LoggedCall {
  app::Record entry;
  app::Record activity;
};

// Where a rebuild reads its records: the list's saved view as it reads now, or, once the view is
// gone, the query the list was last built with; and whether its worker sees cost fields (the
// sorts they may use).
struct RebuildSource {
  std::string entity;
  std::string query_text;
  bool from_view = false;
  bool worker_sees_cost = false;
};

struct RebuildCallList {
  app::ListQuery query;    // the checked list query of the source
  std::string query_text;  // stored on the list as what it was last built with
  bool from_view = false;
};

// What a rebuild did (decision 0080).
struct RebuiltList {
  app::Record list;
  std::int64_t added = 0, dropped = 0, refreshed = 0, kept = 0;
  bool from_view = false;
};

// The list and its next pending entry (none when the list is worked through).
struct NextEntry {
  app::Record list;
  std::optional<app::Record> entry;
};

class CallLists {
 public:
  CallLists(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // 422 naming saved_view_id (or query) when the view lists more than kMaxCallListEntries
  // records the caller sees, or none.
  core::Result<app::CreateResult<app::Record>> Build(const app::Caller& caller,
                                                     const BuildCallList& request,
                                                     const app::IdempotencyRequest* idempotency,
                                                     const app::Renderer<app::Record>& render);
  // 404 for an entry the caller cannot see; 409 unless it is pending; 422 naming outcome,
  // duration_minutes or next_call_on.
  core::Result<app::CreateResult<LoggedCall>> Log(const app::Caller& caller, std::int64_t entry_id,
                                                  const LogCall& request,
                                                  const app::IdempotencyRequest* idempotency,
                                                  const app::Renderer<LoggedCall>& render);
  core::Result<app::Record> Skip(const app::Caller& caller, std::int64_t entry_id);
  // The list (none once it is closed) and its next pending entry.
  core::Result<NextEntry> Next(const app::Caller& caller, std::int64_t list_id);
  // Closed by hand at the version the caller saw: its pending entries stay uncalled, and
  // neither logged nor skipped any more. 409 when it is closed already.
  core::Result<app::Record> Close(const app::Caller& caller, std::int64_t list_id,
                                  std::int64_t version);
  // The source of an open list the caller may change (404 hidden, 409 closed).
  core::Result<RebuildSource> SourceOf(const app::Caller& caller, std::int64_t list_id);
  // The source's query run again with the worker's (the owner's) visibility, at the version the
  // caller saw: pending entries no longer listed are dropped, those still listed refreshed, new
  // records appended. Done and skipped entries stay. 422 naming source_view_id or source_query
  // above kMaxCallListEntries records; 409 when closed. The list closes when nothing is pending.
  core::Result<RebuiltList> Rebuild(const app::Caller& caller, std::int64_t list_id,
                                    std::int64_t version, const RebuildCallList& request);
  // The list, and so its entries, to another person: the rules of a record's owner (someone the
  // caller leads and who is active; a rep keeps their own), audited, at the version seen.
  core::Result<app::Record> HandOver(const app::Caller& caller, std::int64_t list_id,
                                     std::int64_t to_user_id, std::int64_t version);

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::modules::activities
