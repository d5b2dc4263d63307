// The forecasts module's entities. An adjustment belongs to its author (owner_id), so a manager
// reads the adjustments made in their sub-tree and nobody reads one made of them from above
// (RULES D-R3: "nobody sees a manager's adjustment of themselves"). A snapshot belongs to the
// person whose forecast it holds. Both are written by the module's own actions only: an
// adjustment through POST /forecast-adjustments (a new row; the one it changes is superseded and
// kept as history), a snapshot by the weekly job (immutable, D-R4). Reps adjust nothing; finance
// reads every forecast like every deal and changes none.
#include <deque>
#include <string>

#include "app/records/catalog_fields.h"
#include "modules/forecasts/app/forecasts_module.h"

namespace salesdesk::modules::forecasts {
namespace {

using namespace app::catalog;
using app::EntitySpec;
using app::FieldSpec;
using app::ReadAccess;

std::vector<app::RolePolicy> ForecastPolicy() {
  return {{R::kDirector, ReadAccess::kAll, true},
          {R::kSeniorManager, ReadAccess::kScoped, true},
          {R::kManager, ReadAccess::kScoped, true},
          {R::kRep, ReadAccess::kScoped, false},
          {R::kFinance, ReadAccess::kAll, false}};
}

FieldSpec Period() {
  FieldSpec f = Text("period", true, 7);
  f.filterable = true;
  f.sortable = true;
  return Of(f, "A month (2026-12) or a quarter (2026-Q4)");
}

FieldSpec Minor(std::string_view name, std::string_view description) {
  return ReadOnly(Of(Int(name, INT64_MIN, INT64_MAX), description));
}

std::vector<FieldSpec> AdjustmentFields() {
  return {
      ReadOnly(Of(Ref("owner_id", "users"), "The author: the person or their direct manager")),
      ReadOnly(Of(Ref("subject_id", "users", true), "Whose forecast is adjusted")),
      ReadOnly(Period()),
      ReadOnly(Of(Enum("category", {"commit", "best_case", "open_pipeline"}, true),
                  "The figure adjusted; Closed is what was won and is never adjusted")),
      ReadOnly(Of(MoneyField("amount"), "The absolute value set, in the company currency")),
      ReadOnly(Of(MoneyField("basis"), "The value it replaced when it was saved")),
      ReadOnly(Of(Text("note", true, 500), "Why")),
      ReadOnly(Of(NeverNull(Enum("status", {"active", "superseded", "withdrawn"}, false,
                                 std::string("active"))),
                  "Superseded: changed by a later adjustment of the same cell; withdrawn: taken "
                  "back by its author or their manager (both kept as history)")),
      ReadOnly(Of(Ref("replaced_id", "forecast-adjustments"), "The adjustment this one changed")),
  };
}

std::vector<FieldSpec> SnapshotFields() {
  std::vector<FieldSpec> f{
      ReadOnly(Of(Ref("owner_id", "users"), "Whose forecast")),
      ReadOnly(Of(DateField("taken_on", true), "The Monday the snapshot stands for")),
      ReadOnly(Period()),
      ReadOnly(Of(FieldSpec{.name = "currency", .type = app::FieldType::kCurrency},
                  "The company currency of the figures")),
  };
  for (const char* kind : {"raw", "view"}) {
    for (const char* column : {"closed", "commit", "best_case", "open_pipeline"}) {
      static std::deque<std::string> names;  // FieldSpec holds string_views
      const std::string& name = names.emplace_back(std::string(kind) + "_" + column);
      f.push_back(Minor(name, std::string_view(kind) == "raw"
                                  ? "Minor units, without any adjustment"
                                  : "Minor units, as the person submitted it (D-R3 view)"));
    }
  }
  f.push_back(ReadOnly(Of(Json("adjustments"), "The adjustments in force on the person")));
  return f;
}

}  // namespace

void AddEntities(std::vector<EntitySpec>& c) {
  c.push_back({.plural = "forecast-adjustments",
               .singular = "forecast_adjustment",
               .title = "Forecast adjustment",
               .fields = AdjustmentFields(),
               .ownership = app::Ownership::kOwned,
               .policies = ForecastPolicy(),
               .deletable = false,
               .custom_writes = true});
  c.push_back({.plural = "forecast-snapshots",
               .singular = "forecast_snapshot",
               .title = "Forecast snapshot",
               .fields = SnapshotFields(),
               .ownership = app::Ownership::kOwned,
               .policies = ForecastPolicy(),
               .deletable = false,
               .audited = false,
               .custom_writes = true});
}

}  // namespace salesdesk::modules::forecasts
