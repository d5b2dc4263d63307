// The appraisal entities. Templates (weights, caps and default targets per role) are the
// director's: every sales role reads them. Cards are the appraised rep's records (owner_id): the
// rep reads their own, a manager their team's, the director all; they are written only by the
// card actions (rate, sign, acknowledge), so a signed card cannot be edited past its freeze. The
// settings are one row for the company: the director writes them, everyone reads them.
#include "app/records/catalog_fields.h"
#include "modules/appraisal/app/appraisal_module.h"
#include "modules/appraisal/core/attainment.h"
#include "modules/appraisal/core/scorecard_items.h"

namespace salesdesk::modules::appraisal {
namespace {

using namespace app::catalog;
using app::EntitySpec;
using app::FieldSpec;
using app::Ownership;
using app::ReadAccess;

std::vector<std::string_view> ItemNames() {
  std::vector<std::string_view> out;
  for (auto item : core::appraisal::kAllItems) out.push_back(core::appraisal::ItemName(item));
  return out;
}

FieldSpec Required(FieldSpec f) {
  f.required = true;
  return f;
}
FieldSpec WithDefault(FieldSpec f, std::int64_t value) {
  f.default_value = value;
  return f;
}

std::vector<FieldSpec> TemplateFields() {
  return {
      Of(NeverNull(Enum("role", {"director", "senior_manager", "manager", "rep"}, true)),
         "The role whose scorecards use this line"),
      Of(NeverNull(Enum("item", ItemNames(), true)), "The scorecard row (RULES B-R2)"),
      Of(Required(NeverNull(Int("weight", 0, 100))), "Its weight; a role's weights add to 100"),
      Of(WithDefault(NeverNull(Int("cap_bp", 0, 100000)), core::appraisal::kDefaultCapBp),
         "The item's cap in basis points (12000 = 120 %, the default; a rating is capped at "
         "100 %)"),
      Of(Int("target", 0, INT64_MAX / 4),
         "The monthly target when the targets module gives none: a count (per week for "
         "weekly_orders), basis points for growth and rates, the limit for customers_lost"),
  };
}

FieldSpec Stamp(std::string_view name, std::string_view description) {
  return Of(ReadOnly(Timestamp(name)), description);
}

std::vector<FieldSpec> CardFields() {
  FieldSpec month = Of(ReadOnly(Text("month", true, 7)), "The month appraised, YYYY-MM");
  month.min_length = 7;
  return {
      month,
      Of(ReadOnly(Enum("status", {"open", "signed"}, false)),
         "open: figures live; signed: figures frozen (RULES B-R1)"),
      Of(ReadOnly(Int("conduct_rating", 1, 5)), "The manager's conduct rating, 1 to 5"),
      Of(ReadOnly(Text("manager_comment", false, 4000)), "The manager's comment"),
      Of(ReadOnly(Ref("rated_by_id", "users")), "Who rated"),
      Stamp("rated_at", "When it was rated"),
      Of(ReadOnly(Ref("signed_by_id", "users")), "Who signed it off"),
      Stamp("signed_at", "When it was signed off and frozen"),
      Stamp("acknowledged_at", "When the rep acknowledged it"),
      Of(ReadOnly(Int("score_bp", 0, 12000)), "The score in basis points, when signed"),
      Of(ReadOnly(Json("figures")), "The scorecard as signed (frozen)"),
      Of(ReadOnly(Ref("reopened_by_id", "users")), "The director who last re-opened it"),
      Stamp("reopened_at", "When it was last re-opened (signature and figures cleared)"),
      Of(ReadOnly(Text("reopen_reason", false, 2000)), "Why it was last re-opened"),
      Of(ReadOnly(Ref("owner_id", "users", true)), "The rep appraised"),
  };
}

}  // namespace

void AddEntities(std::vector<EntitySpec>& c) {
  c.push_back({.plural = "appraisal-templates",
               .singular = "appraisal_template",
               .title = "Appraisal template line",
               .fields = TemplateFields(),
               .ownership = Ownership::kShared,
               .policies = {{R::kDirector, ReadAccess::kAll, true},
                            {R::kSeniorManager, ReadAccess::kAll, false},
                            {R::kManager, ReadAccess::kAll, false},
                            {R::kRep, ReadAccess::kAll, false}}});
  c.push_back({.plural = "appraisal-cards",
               .singular = "appraisal_card",
               .title = "Appraisal card",
               .fields = CardFields(),
               .ownership = Ownership::kOwned,
               .policies = {{R::kDirector, ReadAccess::kAll, true},
                            {R::kSeniorManager, ReadAccess::kScoped, true},
                            {R::kManager, ReadAccess::kScoped, true},
                            {R::kRep, ReadAccess::kScoped, false}},
               .deletable = false,
               .custom_writes = true});
  // Decision 0069: one row for the company, the director's; everyone reads it.
  c.push_back(
      {.plural = "appraisal-settings",
       .singular = "appraisal_settings",
       .title = "Appraisal settings",
       .fields = {Of(NeverNull(Enum("scope", {"company"}, false, std::string("company"))),
                     "One row for the company"),
                  Of(NeverNull(Enum("reps_see", {"own_place", "team_ranking"}, false,
                                    std::string("own_place"))),
                     "What a rep sees of the leaderboard: their own place and the team's size "
                     "(own_place), or their team's whole ranking with names and figures "
                     "(team_ranking)")},
       .unique_fields = {"scope"},
       .policies = ReadAllWrite({R::kDirector}),
       .deletable = false});
}

}  // namespace salesdesk::modules::appraisal
