// A module's part of the access matrix, written beside the module's own tests
// (tests/<module>/api/<module>_matrix.cpp) and registered at start-up, so the platform's table
// (access_matrix_table.h) does not grow with every module. The same hand-written rules apply:
// the policy is written out from MISSION.md and the module's issue, never derived from its code.
#pragma once

#include <boost/json.hpp>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "api/access_matrix_table.h"

namespace salesdesk::api_test::matrix {

// One request of an Op::kModule row and the status the role must get.
struct Probe {
  std::string label;  // e.g. "on rep_b"
  std::string path;   // with its query
  std::string body;
  int expected = 0;
  // A route without a session (a calendar feed by its secret): the anonymous caller gets
  // `expected` too, instead of 401.
  bool without_session = false;
};
// Ids a module's probes aim at: "user:rep_a", "team:Iberia" (the seeded organisation), a
// module's seeded records ("pipelines", "opportunities:rep_a").
using Lookup = std::function<std::int64_t(const std::string&)>;

struct ModuleMatrix {
  std::string module;
  std::vector<EntityPolicy> policies;  // per entity: rep … logistics, as in kPolicies
  std::vector<AuditPolicy> audit;      // whose audit rows of the entity each role reads
  std::vector<Row> rows;               // every route the module adds
  // The body of a new record of one of the module's entities. `n` is unique per call;
  // `owner_id` is the user an owned record is for (0 for shared entities); `shared(entity)` is
  // the id of a record every role may point at (for references).
  std::function<std::optional<boost::json::object>(
      const std::string& entity, const std::string& n, std::int64_t owner_id,
      const std::function<std::int64_t(const std::string&)>& shared)>
      create_body;
  std::map<std::string, std::string> patch_bodies;  // a harmless change per entity
  // Entities whose records belong to someone (the matrix aims at own / team / other-team
  // records); `personal` ones are seen by their owner alone. Written out, not read from the spec.
  std::set<std::string> owned;
  std::set<std::string> personal;
  // Owned entities whose records only their owner creates (a daily report): a body for someone
  // else is refused with 422 even where the caller may read and change that person's records.
  std::set<std::string> self_created;
  // Op::kModule rows: for a route (method, pattern) and a role, the requests and their answers,
  // hand-written like the policies. A permitted call should meet a state that refuses it (4xx)
  // or change nothing, so later cells see the seeded data.
  std::function<std::vector<Probe>(const Row& row, const std::string& role, const Lookup& id)>
      probes;
};

// Registers a module's matrix; returns true so it can initialise a namespace-scope constant.
bool AddModuleMatrix(ModuleMatrix m);
const std::vector<ModuleMatrix>& ModuleMatrices();

// The platform's rows followed by every registered module's.
const std::vector<EntityPolicy>& AllPolicies();
const std::vector<AuditPolicy>& AllAuditPolicies();
const std::vector<Row>& AllRows();

// CRUD rows (and the aggregate) of one record entity, for a module's table.
std::vector<Row> CrudRows(const char* plural, bool deletable = true);

}  // namespace salesdesk::api_test::matrix
