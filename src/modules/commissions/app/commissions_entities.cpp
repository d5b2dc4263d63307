// The commissions module's entities. Plans and their assignment to reps are settings that finance
// and the director write and everyone reads (a rep sees the plan they are paid on). Statements and
// their lines are pay: written only by the statement service, read by the rep they are for, by
// that rep's manager and senior manager (team), and by finance and the director (all); admins
// and logistics see none.
#include "app/records/catalog_fields.h"
#include "modules/commissions/app/commissions_module.h"
#include "modules/commissions/app/plan_components.h"

namespace salesdesk::modules::commissions {

using namespace app::catalog;
using app::EntitySpec;
using app::FieldSpec;
using app::Ownership;
using app::ReadAccess;
using app::RolePolicy;

namespace {

std::vector<RolePolicy> PayPolicy() {
  return {{R::kDirector, ReadAccess::kAll, true},
          {R::kFinance, ReadAccess::kAll, true},
          {R::kSeniorManager, ReadAccess::kScoped, true},
          {R::kManager, ReadAccess::kScoped, true},
          {R::kRep, ReadAccess::kScoped, false}};
}
FieldSpec Required(FieldSpec f) {
  f.required = true;
  return f;
}
FieldSpec Signed(FieldSpec f) {
  f.min = INT64_MIN;
  return f;
}
FieldSpec Currency(std::string_view description) {
  return Of(FieldSpec{.name = "currency",
                      .type = app::FieldType::kCurrency,
                      .required = true,
                      .filterable = true},
            description);
}

std::vector<FieldSpec> StatementFields() {
  return {
      ReadOnly(Of(Ref("owner_id", "users", true), "The rep the statement pays")),
      ReadOnly(Of(Text("period", true, 7), "The month, YYYY-MM")),
      ReadOnly(Ref("plan_id", "commission-plans", true)),
      ReadOnly(Currency("The payout currency, the plan's")),
      ReadOnly(Required(Enum("status", {"draft", "manager_approved", "approved"}, false))),
      ReadOnly(Of(Signed(MoneyField("lines_total")), "Σ of the lines (C-R9)")),
      ReadOnly(Of(Signed(MoneyField("carried_in")), "A negative total carried from before")),
      ReadOnly(Of(Signed(MoneyField("total")), "lines_total + carried_in")),
      ReadOnly(Of(MoneyField("payable"), "What payroll pays: the total if above 0")),
      ReadOnly(Of(Signed(MoneyField("carried_out")), "A negative total carried forward (C-R10)")),
      Timestamp("computed_at"),
      ReadOnly(Ref("manager_approved_by", "users")),
      Timestamp("manager_approved_at"),
      ReadOnly(Ref("finance_approved_by", "users")),
      Timestamp("finance_approved_at")};
}

std::vector<FieldSpec> LineFields() {
  return {ReadOnly(Ref("statement_id", "commission-statements", true)),
          ReadOnly(Int("position", 1, 1'000'000)),
          ReadOnly(Of(Text("component", true, 80), "The plan component's name")),
          ReadOnly(Of(
              Required(Enum("event", {"invoice", "payment", "credit_note", "write_off"}, false)),
              "Earned on the invoice date or by a payment (C-R7), or clawed back by a credit note "
              "or a bad-debt write-off on its date (C-R8)")),
          ReadOnly(DateField("earned_on", true)),
          ReadOnly(Ref("invoice_id", "invoices", true)),
          ReadOnly(Of(Ref("invoice_line_id", "invoice-lines"), "The line the amount drills to")),
          ReadOnly(Of(Ref("payment_id", "payments"), "The payment that earned it")),
          ReadOnly(Of(Signed(MoneyField("base")), "The invoice line's credited net")),
          ReadOnly(Of(Signed(MoneyField("amount")), "Commission in the computing currency")),
          ReadOnly(Of(Signed(MoneyField("uplift")),
                      "Of the amount: the slab's retroactive uplift of earlier sales (C-R4)")),
          ReadOnly(Of(Signed(MoneyField("payout")), "The amount in the payout currency (C-R9)")),
          ReadOnly(Of(Text("source", false, 64),
                      "A clawback's document: the credit note's number or \"write-off <id>\""))};
}

}  // namespace

void AddEntities(std::vector<EntitySpec>& c) {
  FieldSpec components = Json("components");
  components.required = true;
  components.description =
      "The plan's components: "
      "[{\"name\",\"base\":\"net|margin\",\"structure\":\"flat|marginal|slab\","
      "\"on\":\"amount|attainment\",\"period\":\"month|quarter\",\"trigger\":\"invoice|payment\","
      "\"rate\":\"2.5\",\"tiers\":[{\"from\":\"10000.00\",\"rate\":\"4\"}]}] (docs/commissions.md)";
  c.push_back(
      {.plural = "commission-plans",
       .singular = "commission_plan",
       .title = "Commission plan",
       .fields = {Name(), Currency("The payout currency; tier amounts are in it"), components,
                  Of(Text("description", false, 1000), "Shown to reps"), Bool("active", true)},
       .search_fields = {"name"},
       .policies = ReadAllWrite({R::kFinance, R::kDirector}),
       .hooks = {.validate = ValidatePlan}});
  c.push_back({.plural = "commission-assignments",
               .singular = "commission_assignment",
               .title = "Commission assignment",
               .fields = {Ref("user_id", "users", true), Ref("plan_id", "commission-plans", true),
                          DateField("valid_from", true),
                          Of(DateField("valid_to"), "Last day on the plan; none: open-ended"),
                          Of(MoneyField("target"),
                             "The period target attainment is measured against (C-R5)")},
               .policies = ReadAllWrite({R::kFinance, R::kDirector})});
  c.push_back({.plural = "commission-statements",
               .singular = "commission_statement",
               .title = "Commission statement",
               .fields = StatementFields(),
               .ownership = Ownership::kOwned,
               .policies = PayPolicy(),
               .deletable = false,
               .custom_writes = true});
  c.push_back({.plural = "commission-statement-lines",
               .singular = "commission_statement_line",
               .title = "Commission statement line",
               .fields = LineFields(),
               .ownership = Ownership::kViaParent,
               .parent_field = "statement_id",
               .parent_entity = "commission-statements",
               .policies = PayPolicy(),
               .deletable = false,
               .custom_writes = true});
}

}  // namespace salesdesk::modules::commissions
