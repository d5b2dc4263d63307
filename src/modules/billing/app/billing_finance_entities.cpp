// Finance's entities (decision 0049): the billing settings (one row: the E-R11 order and the
// bank on customer documents; finance and the director write, everyone reads), the interest and
// fees a payment's unapplied part paid (read like the payment), and promises to pay (owned by
// the account's owner; finance, the director and the account's rep record them, managers read
// their team's).
#include "modules/billing/app/billing_fields.h"
#include "modules/billing/app/billing_module.h"
#include "modules/billing/app/billing_settings.h"
#include "modules/billing/app/payment_promises.h"

namespace salesdesk::modules::billing {

using namespace app::catalog;
using namespace fields;
using app::EntitySpec;
using app::Ownership;
using app::ReadAccess;

void AddFinanceEntities(std::vector<EntitySpec>& c) {
  c.push_back(
      {.plural = "billing-settings",
       .singular = "billing_settings",
       .title = "Billing settings",
       .fields = {Of(NeverNull(Enum("scope", {"company"}, false, std::string("company"))),
                     "One row for the company"),
                  Of(NeverNull(Enum("application_order", {"principal_first", "bgb_367"}, false,
                                    std::string("principal_first"))),
                     "How a payment's unapplied part settles: principal → interest → fees, or "
                     "§ 367 BGB fees → interest → principal (E-R11)"),
                  Of(Text("bank_name", false, 200), "Printed on invoices and dunning letters"),
                  Of(Text("iban", false, 42), "Checked by its check digits (ISO 13616)"),
                  Of(Text("bic", false, 11), "8 or 11 characters (ISO 9362)")},
       .unique_fields = {"scope"},
       .policies = ReadAllWrite({R::kFinance, R::kDirector}),
       .deletable = false,
       .hooks = {.validate = ValidateBillingSettings}});
  c.push_back({.plural = "payment-claim-allocations",
               .singular = "payment_claim_allocation",
               .title = "Payment claim allocation",
               .fields = {ReadOnly(Ref("payment_id", "payments", true)),
                          ReadOnly(Ref("claim_id", "dunning-claims", true)),
                          ReadOnly(Ref("invoice_id", "invoices", true)),
                          ReadOnly(Required(Enum("kind", {"interest", "fees"}, false))),
                          ReadOnly(Required(MoneyField("amount")))},
               .ownership = Ownership::kViaParent,
               .parent_field = "payment_id",
               .parent_entity = "payments",
               .policies = ReceivablesPolicy(),
               .custom_writes = true});
  c.push_back(
      {.plural = "payment-promises",
       .singular = "payment_promise",
       .title = "Promise to pay",
       .fields =
           {Ref("account_id", "accounts", true),
            Of(Ref("invoice_id", "invoices"), "The posted invoice it is for; none: the account"),
            Required(MoneyField("amount")),
            Of(NeverNull(DateField("made_on")), "When the customer promised; default today"),
            Required(DateField("promised_on")), Text("note", false, 2000),
            ReadOnly(Of(Enum("status", {"open", "kept", "broken"}, false, std::string("open")),
                        "Set by the daily evaluation")),
            ReadOnly(Of(DateField("evaluated_on"), "When it was found kept or broken")),
            ReadOnly(Of(Ref("task_id", "tasks"), "The rep's follow-up of a broken promise")),
            Ref("owner_id", "users")},
       .ownership = Ownership::kOwned,
       .policies = {{R::kDirector, ReadAccess::kAll, true},
                    {R::kFinance, ReadAccess::kAll, true},
                    {R::kSeniorManager, ReadAccess::kScoped, false},
                    {R::kManager, ReadAccess::kScoped, false},
                    {R::kRep, ReadAccess::kScoped, true}},
       .hooks = {.validate = ValidatePaymentPromise, .prepare = PreparePaymentPromise}});
}

}  // namespace salesdesk::modules::billing
