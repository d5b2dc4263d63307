// The pipeline module's rows of the access matrix. Pipelines and their stages are organisation
// settings: everyone reads them, directors and admins write them. Opportunities are owned like
// accounts: a rep works their own, a leader the team's, a director all; finance reads every
// deal (forecasts are theirs too) and changes none; admins and logistics have no business with
// deals. Stage changes read like their deal and are written by the server alone. The board
// reads like the deals on it: every role reading opportunities gets it, the others 403; so does
// the win/loss analysis. A deal's credit split and products read like the deal and are written by
// their PUT, by whoever writes deals.
#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

std::vector<Row> Rows() {
  std::vector<Row> rows = CrudRows("pipelines");
  for (Row r : CrudRows("pipeline-stages")) rows.push_back(r);
  for (Row r : CrudRows("opportunities")) rows.push_back(r);
  for (Row r : CrudRows("opportunity-stage-changes")) {
    if (std::string(r.method) == "GET") rows.push_back(r);  // no writes: the server records them
  }
  // A deal's split and product rows are written by their PUT alone (no generic create to seed
  // them with).
  for (const char* p :
       {"/api/v1/opportunity-credit-splits", "/api/v1/opportunity-credit-splits/{id}",
        "/api/v1/opportunity-credit-splits/aggregate", "/api/v1/opportunity-credit-splits/export",
        "/api/v1/opportunity-lines", "/api/v1/opportunity-lines/{id}",
        "/api/v1/opportunity-lines/aggregate", "/api/v1/opportunity-lines/export"}) {
    rows.push_back({"GET", p, Op::kModule, ""});
  }
  rows.push_back({"PUT", "/api/v1/opportunities/{id}/credit-splits", Op::kModule, ""});
  rows.push_back({"PUT", "/api/v1/opportunities/{id}/lines", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/pipelines/{id}/board", Op::kModule, "pipelines"});
  rows.push_back({"GET", "/api/v1/pipeline/win-loss", Op::kModule, "opportunities"});
  return rows;
}

std::vector<Probe> Probes(const Row& row, const std::string& role, const Lookup& id) {
  const bool reads_deals = role != "admin" && role != "logistics";
  if (std::string(row.pattern) == "/api/v1/pipeline/win-loss") {
    return {{"the win/loss analysis", "/api/v1/pipeline/win-loss?group=owner", "",
             reads_deals ? 200 : 403}};
  }
  // A deal's split reads like the deal and is written by whoever writes deals (decision 0071):
  // 404 at a missing deal for them, 403 for finance (reads only), admins and logistics.
  const std::string pattern = row.pattern;
  for (const char* rows : {"/api/v1/opportunity-credit-splits", "/api/v1/opportunity-lines"}) {
    if (!pattern.starts_with(rows)) continue;
    if (pattern.ends_with("/{id}")) {
      return {{"missing id", std::string(rows) + "/987654", "", reads_deals ? 404 : 403}};
    }
    return {{"read", pattern, "", reads_deals ? 200 : 403}};
  }
  const bool writes = reads_deals && role != "finance";
  if (pattern == "/api/v1/opportunities/{id}/credit-splits") {
    return {{"of a missing deal", "/api/v1/opportunities/987654/credit-splits",
             R"({"credit_splits":[]})", writes ? 404 : 403}};
  }
  // The deal's products (decision 0072): If-Match comes first (428 for every role).
  if (pattern == "/api/v1/opportunities/{id}/lines") {
    return {{"without If-Match", "/api/v1/opportunities/987654/lines", R"({"lines":[]})", 428}};
  }
  if (std::string(row.pattern) != "/api/v1/pipelines/{id}/board") return {};
  const std::string board = "/api/v1/pipelines/" + std::to_string(id("pipelines")) + "/board";
  return {{"the board", board, "", reads_deals ? 200 : 403},
          {"a missing board", "/api/v1/pipelines/999999/board", "", reads_deals ? 404 : 403}};
}

// clang-format off
[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "pipeline",
    .policies = {
        //                            rep manager senior director finance admin logistics
        {"pipelines",                 R,  R,      R,     RW,      R,      RW,   R},
        {"pipeline-stages",           R,  R,      R,     RW,      R,      RW,   R},
        {"opportunities",             S,  S,      S,     RW,      R,      N,    N},
        {"opportunity-stage-changes", S,  S,      S,     RW,      R,      N,    N},
    },
    .audit = {
        {"pipelines",                 kA, kA,     kA,    kA,      kA,     kN,   kA},
        {"pipeline-stages",           kA, kA,     kA,    kA,      kA,     kN,   kA},
        {"opportunities",             kS, kS,     kS,    kA,      kA,     kN,   kN},
        {"opportunity-stage-changes", kS, kS,     kS,    kA,      kA,     kN,   kN},
    },
    .rows = Rows(),
    .create_body =
        [](const std::string& entity, const std::string& n, std::int64_t owner_id,
           const std::function<std::int64_t(const std::string&)>& shared)
        -> std::optional<boost::json::object> {
      if (entity == "pipelines") return boost::json::object{{"name", "Pipeline " + n}};
      if (entity == "pipeline-stages") {
        return boost::json::object{{"pipeline_id", shared("pipelines")}, {"position", 1},
                                   {"name", "Stage " + n}, {"probability", 10},
                                   {"forecast_category", "pipeline"}};
      }
      const std::string owner = ":" + std::to_string(owner_id);
      if (entity == "opportunities") {
        boost::json::object body{{"title", "Deal " + n},
                                 {"account_id", shared("accounts" + owner)},
                                 {"amount", {{"amount", "1000"}, {"currency", "EUR"}}},
                                 {"expected_close", "2024-06-30"},
                                 {"stage_id", shared("pipeline-stages")}};
        if (owner_id != 0) body["owner_id"] = owner_id;
        return body;
      }
      if (entity == "opportunity-stage-changes") {
        return boost::json::object{{"opportunity_id", shared("opportunities" + owner)},
                                   {"to_stage_id", shared("pipeline-stages")},
                                   {"changed_at", "2024-03-01T09:00:00Z"}};
      }
      return std::nullopt;
    },
    .patch_bodies = {{"pipelines", R"({"active":true})"},
                     {"pipeline-stages", R"({"rotting_days":30})"},
                     {"opportunities", R"({"notes":"matrix"})"}},
    .owned = {"opportunities", "opportunity-stage-changes"},
    .probes = Probes,
});
// clang-format on

}  // namespace
}  // namespace salesdesk::api_test::matrix
