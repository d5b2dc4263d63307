// Bad-debt write-offs (decision 0056): receivables like payments, owned by the invoice's owner
// (a rep reads their own customers', a manager their team's), written only by
// POST /invoices/{id}/write-off (finance and the director); their allocations are read through
// the write-off.
#include "modules/billing/app/billing_fields.h"
#include "modules/billing/app/billing_module.h"

namespace salesdesk::modules::billing {

using namespace app::catalog;
using namespace fields;
using app::EntitySpec;
using app::Ownership;

void AddWriteOffEntities(std::vector<EntitySpec>& c) {
  c.push_back({.plural = "invoice-write-offs",
               .singular = "invoice_write_off",
               .title = "Invoice write-off",
               .fields = {ReadOnly(Ref("invoice_id", "invoices", true)),
                          ReadOnly(Ref("account_id", "accounts", true)), Currency(),
                          ReadOnly(Of(Required(MoneyField("amount")),
                                      "Open principal given up, in the invoice's currency")),
                          ReadOnly(Required(Text("reason", false, 1000))),
                          ReadOnly(Of(DateField("written_off_on", true),
                                      "Counts in the ageing, dunning and DSO from this date")),
                          ReadOnly(Of(MoneyField("relieved_base"),
                                      "Carrying base relieved at the invoice's rate (no FX)")),
                          ReadOnly(Of(Ref("written_off_by", "users"), "Who wrote it off")),
                          ReadOnly(Ref("owner_id", "users"))},
               .ownership = Ownership::kOwned,
               .policies = ReceivablesPolicy(),
               .deletable = false,
               .custom_writes = true});
  c.push_back({.plural = "invoice-write-off-allocations",
               .singular = "invoice_write_off_allocation",
               .title = "Invoice write-off allocation",
               .fields = {ReadOnly(Ref("write_off_id", "invoice-write-offs", true)),
                          ReadOnly(Ref("invoice_id", "invoices", true)),
                          ReadOnly(Ref("instalment_id", "invoice-instalments", true)),
                          ReadOnly(Required(MoneyField("amount")))},
               .ownership = Ownership::kViaParent,
               .parent_field = "write_off_id",
               .parent_entity = "invoice-write-offs",
               .policies = ReceivablesPolicy(),
               .deletable = false,
               .custom_writes = true});
}

}  // namespace salesdesk::modules::billing
