// The billing module's entities. Payment terms are organisation settings: finance and the
// director write them, everyone reads them (a rep quotes and orders on them). Invoices and
// payments are customer data written only by the billing services (custom_writes): finance and
// the director see and write all of them, a rep reads their own customers', a manager their
// team's; admins and logistics see none.
#include "app/records/catalog_fields.h"
#include "modules/billing/app/billing_fields.h"
#include "modules/billing/app/billing_module.h"
#include "modules/billing/app/payment_term_lines.h"

namespace salesdesk::modules::billing {

using namespace app::catalog;
using namespace fields;
using app::EntitySpec;
using app::FieldSpec;
using app::Ownership;
using app::ReadAccess;
using app::RolePolicy;

namespace {

std::vector<FieldSpec> InvoiceFields() {
  return {ReadOnly(Of(Text("number", false, 32), "INV-<year>-<n>, given when posted")),
          ReadOnly(Ref("sales_order_id", "sales-orders", true)),
          ReadOnly(Ref("account_id", "accounts", true)),
          Currency(),
          ReadOnly(Required(Enum("status", {"draft", "posted"}, false))),
          ReadOnly(DateField("invoice_date", true)),
          ReadOnly(Of(Ref("payment_term_id", "payment-terms"),
                      "Splits the total into instalments; none: the order's payment days")),
          ReadOnly(MoneyField("untaxed")),
          ReadOnly(MoneyField("tax")),
          ReadOnly(MoneyField("total")),
          ReadOnly(Of(Decimal("rate", 8, 0), "Base-currency units per invoice unit on its date")),
          ReadOnly(Of(MoneyField("base_total"), "The total in the base currency (B0, E-R6)")),
          ReadOnly(Of(MoneyField("written_off"), "Open principal written off as bad debt")),
          ReadOnly(Of(DateField("settled_on", false),
                      "Settled in full on: the day of the settlement that left nothing open and "
                      "nothing overpaid (payments, credit notes, write-offs); none while open")),
          Timestamp("posted_at"),
          ReadOnly(Ref("owner_id", "users"))};
}

std::vector<FieldSpec> InvoiceLineFields() {
  return {ReadOnly(Ref("invoice_id", "invoices", true)),
          ReadOnly(Int("position", 1, 100000)),
          ReadOnly(Ref("product_id", "products", true)),
          ReadOnly(Text("description", false, 1000)),
          ReadOnly(Required(Decimal("quantity", 3, 0))),
          ReadOnly(Required(Unit())),
          ReadOnly(Required(Decimal("unit_price", 6, 0))),
          ReadOnly(Decimal("discount_pct", 4, 0, 1'000'000)),
          ReadOnly(NeverNull(Decimal("tax_rate_pct", 4, 0, 1'000'000))),
          ReadOnly(MoneyField("net")),
          ReadOnly(Of(CostSensitive(MoneyField("cost")),
                      "The product's unit cost when invoiced (for margins, RULES C-R6)"))};
}

std::vector<FieldSpec> PaymentFields() {
  return {ReadOnly(Ref("account_id", "accounts", true)),
          ReadOnly(Of(Ref("invoice_id", "invoices"), "The invoice it pays; none: unapplied")),
          ReadOnly(DateField("paid_on", true)),
          ReadOnly(Required(MoneyField("amount"))),
          ReadOnly(Of(MoneyField("settled"), "The amount in the invoice's currency")),
          ReadOnly(Of(MoneyField("applied"), "What the invoice's instalments took")),
          ReadOnly(Of(MoneyField("unapplied"), "Left on the customer as a credit")),
          ReadOnly(Of(MoneyField("applied_later"),
                      "Of the unapplied part, what was applied later to principal, interest "
                      "and fees (POST /payments/{id}/apply)")),
          ReadOnly(Of(MoneyField("relieved_base"), "Carrying base the payment relieved (E-R6)")),
          ReadOnly(Of(MoneyField("settlement_base"), "The applied amount at the payment's rate")),
          ReadOnly(Of(Signed(MoneyField("realised_fx")), "Gain > 0, loss < 0 (E-R6)")),
          ReadOnly(Ref("owner_id", "users"))};
}

}  // namespace

void AddEntities(std::vector<EntitySpec>& c) {
  FieldSpec lines = Json("lines");
  lines.required = true;
  lines.description =
      "The instalments, as weights: [{\"portion\":1,\"rule\":\"days_after_invoice\",\"days\":30}]; "
      "rule days_after_invoice or end_of_month_plus (docs/billing.md)";
  c.push_back({.plural = "payment-terms",
               .singular = "payment_term",
               .title = "Payment terms",
               .fields = {Name(), lines, Of(Text("description", false, 1000), "Shown to users"),
                          Bool("active", true)},
               .search_fields = {"name"},
               .policies = ReadAllWrite({R::kFinance, R::kDirector}),
               .hooks = {.validate = ValidatePaymentTerms}});

  c.push_back({.plural = "invoices",
               .singular = "invoice",
               .title = "Invoice",
               .fields = InvoiceFields(),
               .ownership = Ownership::kOwned,
               .search_fields = {"number"},
               .unique_fields = {"number"},
               .policies = ReceivablesPolicy(),
               .custom_writes = true});
  c.push_back({.plural = "invoice-lines",
               .singular = "invoice_line",
               .title = "Invoice line",
               .fields = InvoiceLineFields(),
               .ownership = Ownership::kViaParent,
               .parent_field = "invoice_id",
               .parent_entity = "invoices",
               .policies = ReceivablesPolicy(),
               .custom_writes = true});
  c.push_back(
      {.plural = "invoice-instalments",
       .singular = "invoice_instalment",
       .title = "Invoice instalment",
       .fields = {ReadOnly(Ref("invoice_id", "invoices", true)), ReadOnly(Int("position", 1, 1000)),
                  ReadOnly(DateField("due_on", true)), ReadOnly(Required(MoneyField("amount")))},
       .ownership = Ownership::kViaParent,
       .parent_field = "invoice_id",
       .parent_entity = "invoices",
       .policies = ReceivablesPolicy(),
       .custom_writes = true});
  c.push_back({.plural = "payments",
               .singular = "payment",
               .title = "Payment",
               .fields = PaymentFields(),
               .ownership = Ownership::kOwned,
               .policies = ReceivablesPolicy(),
               .custom_writes = true});
  c.push_back({.plural = "payment-allocations",
               .singular = "payment_allocation",
               .title = "Payment allocation",
               .fields = {ReadOnly(Ref("payment_id", "payments", true)),
                          ReadOnly(Ref("invoice_id", "invoices", true)),
                          ReadOnly(Ref("instalment_id", "invoice-instalments", true)),
                          ReadOnly(Required(MoneyField("amount"))),
                          ReadOnly(Of(Bool("by_application", false),
                                      "Made by applying the payment's unapplied part later")),
                          ReadOnly(Of(MoneyField("relieved_base"),
                                      "Applied later: the carrying base relieved (E-R6)")),
                          ReadOnly(Of(Signed(MoneyField("realised_fx")),
                                      "Applied later: its realised FX"))},
               .ownership = Ownership::kViaParent,
               .parent_field = "payment_id",
               .parent_entity = "payments",
               .policies = ReceivablesPolicy(),
               .custom_writes = true});
  AddCreditNoteEntities(c);
  AddDunningEntities(c);
  AddCreditSplitEntities(c);
  AddCreditHoldFields(c);
  AddFinanceEntities(c);
  AddWriteOffEntities(c);
}

}  // namespace salesdesk::modules::billing
