// Billing's fields on entities it does not own (decision 0048): the credit hold of a sales
// order and the credit-override limit of the authority matrix, with billing's migration 0036.
// Sales and the platform keep no knowledge of them; the hold is set by billing's confirmation
// check, registered here with the entities.
#include "app/records/catalog_fields.h"
#include "modules/billing/app/billing_fields.h"
#include "modules/billing/app/billing_module.h"
#include "modules/billing/app/credit_hold.h"
#include "modules/sales/app/order_confirmation.h"

namespace salesdesk::modules::billing {

using namespace app::catalog;
using app::EntitySpec;
using app::FieldSpec;

namespace {

EntitySpec& Find(std::vector<EntitySpec>& c, std::string_view plural) {
  for (auto& e : c) {
    if (e.plural == plural) return e;
  }
  std::abort();  // billing depends on sales and the platform: both are in the catalog
}

std::vector<FieldSpec> HoldFields() {
  return {ReadOnly(Of(Enum("credit_hold", {"held", "released"}, false),
                      "held: confirmed but neither delivered nor invoiced until released")),
          ReadOnly(Enum("credit_hold_reason",
                        {"over_limit", "prepayment", "dunning", "missing_rate"}, false)),
          ReadOnly(Of(Text("credit_hold_detail", false, 200),
                      "The missing rate (GBP→EUR on 2026-11-30) or the dunning level")),
          ReadOnly(Of(MoneyField("credit_exposure"),
                      "The account's exposure with this order, in the limit's currency")),
          ReadOnly(MoneyField("credit_limit_at_hold")),
          ReadOnly(Of(MoneyField("credit_at_risk"),
                      "What a release puts at risk: the excess over the limit, else the order")),
          Timestamp("credit_held_at"),
          Timestamp("credit_released_at"),
          ReadOnly(Ref("credit_released_by_id", "users")),
          ReadOnly(Text("credit_release_reason", false, 1000))};
}

}  // namespace

void AddCreditHoldFields(std::vector<EntitySpec>& c) {
  auto& orders = Find(c, "sales-orders").fields;
  for (auto& f : HoldFields()) orders.push_back(std::move(f));
  Find(c, "authority-rules")
      .fields.push_back(Of(MoneyField("credit_override_limit"),
                           "Largest excess over a credit limit the role may release alone, in "
                           "the base currency (finance releases any hold)"));
  app::sales::AddConfirmationCheck(CheckCreditOnConfirm);
}

}  // namespace salesdesk::modules::billing
