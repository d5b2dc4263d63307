#include "modules/leads/app/lead_rules.h"

#include <string>

#include "app/records/create_owner.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/leads/app/lead_assignment.h"
#include "modules/leads/core/lead_score.h"

namespace salesdesk::modules::leads {
namespace {

using app::Record;
using core::Error;
using core::ErrorCode;

// Rank of an open status; -1 for converted and disqualified.
int OpenRank(const std::string& status) {
  if (status == "new") return 0;
  if (status == "contacted") return 1;
  if (status == "qualified") return 2;
  return -1;
}

bool Blank(const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; }

}  // namespace

void ValidateLead(const app::Caller&, const Record& current, Record& fields,
                  core::FieldIssues& issues) {
  const std::string before = app::TextOf(current, "status");
  const Record merged = app::Merged(current, fields);
  const std::string after = app::TextOf(merged, "status");
  if (fields.count("status") && after != before) {
    if (after == "converted") {
      issues.Add("status", core::Msg("lead.convert_by_action",
                                     {{"convert_path", "/api/v1/leads/{id}/convert"}}));
    } else if (OpenRank(before) > OpenRank(after) && OpenRank(after) >= 0) {
      issues.Add("status", core::Msg("lead.status_backwards", {{"from", before}, {"to", after}}));
    }
  }
  if (after == "disqualified") {
    if (app::TextOf(merged, "disqualify_reason").empty()) {
      issues.Add("disqualify_reason", core::Msg("lead.disqualify_reason_required"));
    }
  } else if (before == "disqualified" && fields.count("status")) {
    // Reopened: the old reason no longer describes it.
    fields["disqualify_reason"] = app::FieldValue{};
    fields["disqualify_note"] = app::FieldValue{};
  } else if (!app::TextOf(fields, "disqualify_reason").empty()) {
    issues.Add("disqualify_reason", core::Msg("lead.reason_only_disqualified"));
  }
  if (Blank(app::TextOf(merged, "last_name")) && Blank(app::TextOf(merged, "company"))) {
    issues.Add(fields.count("company") || current.empty() ? "company" : "last_name",
               core::Msg("lead.person_or_company"));
  }
}

core::Result<std::int64_t> ScoreOf(app::UnitOfWork& uow, const Record& lead) {
  core::leads::LeadFacts facts{.company = app::TextOf(lead, "company"),
                               .job_title = app::TextOf(lead, "job_title"),
                               .email = app::TextOf(lead, "email"),
                               .phone = app::TextOf(lead, "phone"),
                               .vat_id = app::TextOf(lead, "vat_id"),
                               .status = app::TextOf(lead, "status"),
                               .source = app::TextOf(lead, "source")};
  SD_ASSIGN(auto rule, MatchingRule(uow, lead));
  facts.country_served = rule.has_value();
  return core::leads::ScoreLead(facts).total;
}

core::Result<void> PrepareLead(app::WriteContext& ctx, const Record& current, Record& fields) {
  if (app::TextOf(current, "status") == "converted") {
    return Error::Make(ErrorCode::kConflict, core::Msg("lead.converted_read_only"));
  }
  if (current.empty() && app::CreateNamedNoOwner()) SD_TRY(AssignNewLead(ctx.uow, fields));
  SD_ASSIGN(std::int64_t score, ScoreOf(ctx.uow, app::Merged(current, fields)));
  if (app::IntOf(current, "score") != score) fields["score"] = score;
  return core::Ok();
}

void ValidateAssignmentRule(const app::Caller&, const Record& current, Record& fields,
                            core::FieldIssues& issues) {
  const Record merged = app::Merged(current, fields);
  if (app::TextOf(merged, "country").empty() && !app::IntOf(merged, "territory_id")) {
    issues.Add("country", core::Msg("lead_rule.country_or_territory"));
  }
}

}  // namespace salesdesk::modules::leads
