// Billing settings (entity `billing-settings`, one row, decision 0049): the order in which the
// unapplied part of a payment settles principal, interest and fees (E-R11: "principal_first" by
// default, "bgb_367" for § 367 BGB) and the company's bank printed on customer documents.
#pragma once

#include <string>

#include "app/ports/store.h"
#include "core/message.h"
#include "modules/billing/core/application.h"

namespace salesdesk::modules::billing {

struct BillingSettings {
  core::billing::ApplicationOrder order = core::billing::ApplicationOrder::kPrincipalFirst;
  std::string bank_name, iban, bic;  // empty when not set up
};

// The stored row, or the defaults when finance has not saved one.
core::Result<BillingSettings> LoadBillingSettings(app::RecordRepository& uow);

// Validate hook: the IBAN's checksum (ISO 13616), the BIC's shape; stores the IBAN compact.
void ValidateBillingSettings(const app::Caller& caller, const app::Record& current,
                             app::Record& fields, core::FieldIssues& issues);

}  // namespace salesdesk::modules::billing
