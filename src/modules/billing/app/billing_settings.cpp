#include "modules/billing/app/billing_settings.h"

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/core/iban.h"

namespace salesdesk::modules::billing {

namespace cb = core::billing;

core::Result<BillingSettings> LoadBillingSettings(app::RecordRepository& uow) {
  SD_ASSIGN(auto rows, app::ReadAll(uow, Spec("billing-settings"), {}, 1));
  BillingSettings out;
  if (rows.empty()) return out;
  const app::Record& r = rows.front();
  if (app::TextOf(r, "application_order") == "bgb_367")
    out.order = cb::ApplicationOrder::kFeesFirst;
  out.bank_name = app::TextOf(r, "bank_name");
  out.iban = app::TextOf(r, "iban");
  out.bic = app::TextOf(r, "bic");
  return out;
}

void ValidateBillingSettings(const app::Caller& /*caller*/, const app::Record& /*current*/,
                             app::Record& fields, core::FieldIssues& issues) {
  if (auto it = fields.find("iban"); it != fields.end()) {
    if (const auto* text = std::get_if<std::string>(&it->second)) {
      const std::string compact = cb::CompactIban(*text);
      if (!cb::IbanValid(compact)) {
        issues.Add("iban", core::Msg("billing.iban_invalid", {{"value", *text}}));
      } else {
        it->second = compact;
      }
    }
  }
  if (auto it = fields.find("bic"); it != fields.end()) {
    if (const auto* text = std::get_if<std::string>(&it->second)) {
      std::string upper = cb::CompactIban(*text);
      if (!cb::BicValid(upper)) {
        issues.Add("bic", core::Msg("billing.bic_invalid", {{"value", *text}}));
      } else {
        it->second = upper;
      }
    }
  }
}

}  // namespace salesdesk::modules::billing
