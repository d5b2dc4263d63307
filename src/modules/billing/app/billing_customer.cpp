#include "modules/billing/app/billing_customer.h"

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_records.h"

namespace salesdesk::modules::billing {

core::Result<BillingCustomer> CustomerOf(app::UnitOfWork& uow, std::int64_t account_id) {
  SD_ASSIGN(auto contacts, app::ReadAll(uow, Spec("contacts"),
                                        {{"account_id", app::FilterOp::kEq, {account_id}}}));
  BillingCustomer out;
  bool primary_found = false;
  for (const auto& c : contacts) {
    const bool primary = app::BoolOf(c, "is_primary");
    if (primary_found && !primary) continue;
    const std::string language = app::TextOf(c, "language");
    const std::string email = app::TextOf(c, "email");
    if (primary || out.language.empty()) {
      if (!language.empty()) out.language = language;
    }
    if (primary || out.email.empty()) {
      if (!email.empty()) {
        out.email = email;
        out.contact_name = app::TextOf(c, "first_name") + " " + app::TextOf(c, "last_name");
      }
    }
    primary_found |= primary;
  }
  if (out.email.empty()) {
    SD_ASSIGN(auto account, uow.Get(Spec("accounts"), account_id, app::Visibility::All()));
    if (account) out.email = app::TextOf(*account, "email");
  }
  return out;
}

std::string DocumentLanguage(const std::string& language) {
  if (language == "de" || language == "es" || language == "zh") return language;
  return "en";
}

}  // namespace salesdesk::modules::billing
