// The billing module's entities. Payment terms are organisation settings: finance and the
// director write them, everyone reads them (a rep quotes and orders on them).
#include "app/records/catalog_fields.h"
#include "modules/billing/app/billing_module.h"
#include "modules/billing/app/payment_term_lines.h"

namespace salesdesk::modules::billing {

using namespace app::catalog;
using app::EntitySpec;
using app::FieldSpec;

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
}

}  // namespace salesdesk::modules::billing
