// Split credit rows (RULES C-R2, decisions 0045 and 0065): one child table per document kind,
// revenue shares summing to 100 % and overlay shares on top; read through the document's
// visibility and written only by the credit-split routes (the whole set at once, so the revenue
// shares are checked to sum to 100 % together). An order's rows follow the order's
// policy (its owner and the owner's managers edit them); an invoice's, the receivables' policy.
#include "modules/billing/app/billing_fields.h"
#include "modules/billing/app/billing_module.h"
#include "modules/billing/app/credit_splits.h"

namespace salesdesk::modules::billing {

using namespace app::catalog;
using namespace fields;
using app::EntitySpec;
using app::FieldSpec;
using app::Ownership;

std::vector<FieldSpec> CreditSplitFields(std::string_view parent_field, std::string_view parent) {
  return {ReadOnly(Ref(parent_field, parent, true)), ReadOnly(Int("position", 1, 100)),
          ReadOnly(Of(Ref("user_id", "users", true), "The rep credited with this share")),
          ReadOnly(Of(Required(Int("share_bp", 1, 10'000)),
                      "The share in basis points (10,000 = 100 %); a document's revenue shares "
                      "sum to exactly 10,000, each overlay share is its own percentage on top")),
          ReadOnly(Of(Enum("kind", {"revenue", "overlay"}, false),
                      "revenue: part of the 100 % (targets, appraisal, receivables, commission); "
                      "overlay: a specialist's share on top, for commission only (RULES C-R2)"))};
}

void AddCreditSplitEntities(std::vector<EntitySpec>& c) {
  c.push_back({.plural = "sales-order-credit-splits",
               .singular = "sales_order_credit_split",
               .title = "Order credit split",
               .fields = CreditSplitFields("sales_order_id", "sales-orders"),
               .ownership = Ownership::kViaParent,
               .parent_field = "sales_order_id",
               .parent_entity = "sales-orders",
               .policies = CustomerDataPolicy(),
               .custom_writes = true});
  c.push_back({.plural = "invoice-credit-splits",
               .singular = "invoice_credit_split",
               .title = "Invoice credit split",
               .fields = CreditSplitFields("invoice_id", "invoices"),
               .ownership = Ownership::kViaParent,
               .parent_field = "invoice_id",
               .parent_entity = "invoices",
               .policies = ReceivablesPolicy(),
               .custom_writes = true});
}

}  // namespace salesdesk::modules::billing
