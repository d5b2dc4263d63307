// Credit notes (a posted invoice's correction) and dunning (levels, runs, claims). Credit
// notes, run lines and claims are receivables, owned by the invoice's (account's) owner, so a
// rep reads their own customers' only; runs are finance's work lists (finance and the director
// only); levels are organisation settings finance and the director write and everyone reads.
#include "modules/billing/app/billing_fields.h"
#include "modules/billing/app/billing_module.h"
#include "modules/billing/app/dunning_levels.h"

namespace salesdesk::modules::billing {

using namespace app::catalog;
using namespace fields;
using app::EntitySpec;
using app::FieldSpec;
using app::Ownership;
using app::ReadAccess;

namespace {

std::vector<FieldSpec> CreditNoteFields() {
  return {ReadOnly(Of(Text("number", false, 32), "CN-<year>-<n>, given when posted")),
          ReadOnly(Ref("invoice_id", "invoices", true)),
          ReadOnly(Ref("account_id", "accounts", true)),
          Currency(),
          ReadOnly(Required(Enum("status", {"draft", "posted"}, false))),
          ReadOnly(DateField("credit_date", true)),
          ReadOnly(Text("reason", false, 1000)),
          ReadOnly(MoneyField("untaxed")),
          ReadOnly(MoneyField("tax")),
          ReadOnly(MoneyField("total")),
          ReadOnly(Of(MoneyField("applied"), "Principal of the invoice's instalments it reduced")),
          ReadOnly(Of(MoneyField("unapplied"), "Left on the customer as a credit")),
          ReadOnly(Of(MoneyField("relieved_base"), "Carrying base relieved at the invoice's rate")),
          Timestamp("posted_at"),
          ReadOnly(Ref("owner_id", "users"))};
}

EntitySpec ViaParent(std::string_view plural, std::string_view singular, std::string_view title,
                     std::vector<FieldSpec> f, std::string_view parent_field,
                     std::string_view parent_entity) {
  return {.plural = plural,
          .singular = singular,
          .title = title,
          .fields = std::move(f),
          .ownership = Ownership::kViaParent,
          .parent_field = parent_field,
          .parent_entity = parent_entity,
          .policies = ReceivablesPolicy(),
          .custom_writes = true};
}

FieldSpec Default(FieldSpec f, app::FieldValue value) {
  f.default_value = std::move(value);
  return f;
}

std::vector<FieldSpec> LevelFields() {
  FieldSpec texts = Required(Json("texts"));
  texts.description =
      "Letter text per language, {\"en\": \"Dear {customer}, ...\"}; the default language (en) "
      "is required; placeholders {customer} {invoice_no} {due_date} {outstanding} {interest} "
      "{fee} {total}";
  return {Required(Of(Int("level", 1, 99), "1, 2, 3 ...: a run raises a line one level at most")),
          Text("name", true, 100),
          Required(Of(Int("min_days_past_due", 1, 3660), "Days past due to reach this level")),
          NeverNull(Of(Default(Int("min_days_since_previous", 0, 3660), std::int64_t{0}),
                       "Days since the line reached the previous level (from level 2 on)")),
          Of(MoneyField("fee"), "Charged once per letter, in the base currency"),
          NeverNull(Of(Default(Decimal("annual_rate_pct", 4, 0, 1'000'000), std::int64_t{0}),
                       "Interest a year from this level on")),
          texts,
          Bool("creates_task", false),
          Of(Bool("credit_hold", false), "The letter asks to hold the account's new orders")};
}

std::vector<FieldSpec> RunLineFields() {
  return {ReadOnly(Ref("run_id", "dunning-runs", true)),
          ReadOnly(Ref("account_id", "accounts", true)),
          ReadOnly(Ref("invoice_id", "invoices", true)),
          ReadOnly(Ref("instalment_id", "invoice-instalments", true)),
          ReadOnly(DateField("due_on", true)),
          ReadOnly(Int("days_past_due", INT64_MIN, INT64_MAX)),
          ReadOnly(Of(MoneyField("outstanding"), "Principal open at the run's date")),
          ReadOnly(Int("level_before", 0, 99)),
          ReadOnly(Int("level_after", 0, 99)),
          ReadOnly(Of(MoneyField("interest"), "Interest accrued at the run's date (E-R9)")),
          ReadOnly(Of(MoneyField("fee"), "The letter's fee, on its first line at its level")),
          ReadOnly(Ref("owner_id", "users"))};
}

std::vector<FieldSpec> ClaimFields() {
  return {ReadOnly(Ref("run_id", "dunning-runs", true)),
          ReadOnly(Ref("account_id", "accounts", true)),
          ReadOnly(Ref("invoice_id", "invoices", true)),
          ReadOnly(Int("level", 1, 99)),
          ReadOnly(DateField("claimed_on", true)),
          ReadOnly(Of(MoneyField("fee"), "The letter's fee, in the base currency")),
          ReadOnly(Of(MoneyField("interest"), "Interest newly claimed by this letter")),
          ReadOnly(MoneyField("fee_waived")),
          ReadOnly(MoneyField("interest_waived")),
          ReadOnly(Of(MoneyField("fee_paid"), "Paid by a payment's unapplied part (E-R11)")),
          ReadOnly(Of(MoneyField("interest_paid"), "Paid by a payment's unapplied part (E-R11)")),
          ReadOnly(Of(Enum("status", {"open", "waived", "settled"}, false),
                      "open until the invoice's principal, the interest and the fee are all "
                      "paid or waived (E-R10)")),
          ReadOnly(Text("waiver_reason", false, 1000)),
          ReadOnly(Of(Bool("credit_hold", false), "The level asks to hold new orders")),
          ReadOnly(Of(Text("language", false, 8), "The letter's language (E-R12)")),
          ReadOnly(Text("letter_text", false, 20000)),
          ReadOnly(Of(Ref("task_id", "tasks"), "The owner's follow-up task")),
          ReadOnly(Ref("owner_id", "users"))};
}

}  // namespace

void AddCreditNoteEntities(std::vector<EntitySpec>& c) {
  c.push_back({.plural = "credit-notes",
               .singular = "credit_note",
               .title = "Credit note",
               .fields = CreditNoteFields(),
               .ownership = Ownership::kOwned,
               .search_fields = {"number"},
               .unique_fields = {"number"},
               .policies = ReceivablesPolicy(),
               .custom_writes = true});
  c.push_back(
      ViaParent("credit-note-lines", "credit_note_line", "Credit note line",
                {ReadOnly(Ref("credit_note_id", "credit-notes", true)),
                 ReadOnly(Ref("invoice_line_id", "invoice-lines", true)),
                 ReadOnly(Int("position", 1, 100000)), ReadOnly(Required(MoneyField("net"))),
                 ReadOnly(NeverNull(Decimal("tax_rate_pct", 4, 0, 1'000'000)))},
                "credit_note_id", "credit-notes"));
  c.push_back(ViaParent("credit-note-allocations", "credit_note_allocation",
                        "Credit note allocation",
                        {ReadOnly(Ref("credit_note_id", "credit-notes", true)),
                         ReadOnly(Ref("invoice_id", "invoices", true)),
                         ReadOnly(Ref("instalment_id", "invoice-instalments", true)),
                         ReadOnly(Required(MoneyField("amount")))},
                        "credit_note_id", "credit-notes"));
}

void AddDunningEntities(std::vector<EntitySpec>& c) {
  c.push_back({.plural = "dunning-levels",
               .singular = "dunning_level",
               .title = "Dunning level",
               .fields = LevelFields(),
               .unique_fields = {"level"},
               .policies = ReadAllWrite({R::kFinance, R::kDirector}),
               .hooks = {.validate = ValidateDunningLevel}});
  c.push_back(
      {.plural = "dunning-runs",
       .singular = "dunning_run",
       .title = "Dunning run",
       .fields = {ReadOnly(DateField("as_of", true)),
                  ReadOnly(Enum("status", {"proposed", "approved"}, false)),
                  ReadOnly(Of(Int("letters", 0, INT64_MAX), "Customers who get a letter")),
                  ReadOnly(Int("line_count", 0, INT64_MAX)), Timestamp("approved_at"),
                  ReadOnly(Ref("approved_by_id", "users"))},
       .policies = {{R::kDirector, ReadAccess::kAll, true}, {R::kFinance, ReadAccess::kAll, true}},
       .custom_writes = true});
  c.push_back({.plural = "dunning-run-lines",
               .singular = "dunning_run_line",
               .title = "Dunning run line",
               .fields = RunLineFields(),
               .ownership = Ownership::kOwned,
               .policies = ReceivablesPolicy(),
               .custom_writes = true});
  c.push_back({.plural = "dunning-claims",
               .singular = "dunning_claim",
               .title = "Dunning claim",
               .fields = ClaimFields(),
               .ownership = Ownership::kOwned,
               .policies = ReceivablesPolicy(),
               .custom_writes = true});
}

}  // namespace salesdesk::modules::billing
