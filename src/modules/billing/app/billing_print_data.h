// The print models of the customer's billing documents (core/document_print.h), read through
// the caller's access: an invoice, credit note or claim the caller may not see is a 404 like a
// missing one. The document is the customer's whoever asks: no cost, margin or internal note
// is read into it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/result.h"
#include "modules/billing/app/billing_customer.h"
#include "modules/billing/core/document_print.h"

namespace salesdesk::modules::billing {

// A document with what sending it needs: its record's status and the customer's address.
template <typename Print>
struct CustomerDocument {
  Print print;
  std::string status;  // "draft" or "posted"; letters: "posted"
  std::int64_t account_id = 0;
  std::string customer_email;
  std::string filename;  // "INV-2026-000001.pdf"
};

// The head every customer document shares: the company, the customer as a party (read whoever
// may read the document: the customer is part of it), the number and date; `customer` gets the
// account's language and address. Also the deliveries' notes'.
core::Result<core::billing::DocumentHead> HeadOf(app::UnitOfWork& uow, std::int64_t account_id,
                                                 const std::string& language, std::string number,
                                                 const std::string& date, bool draft,
                                                 BillingCustomer& customer);
// `asked` (?lang=) when given, else the customer's language when printable, else English.
std::string ChosenLanguage(const std::optional<std::string>& asked, const std::string& own);

class BillingPrints {
 public:
  explicit BillingPrints(app::Store& store) : store_(store) {}

  // `language`: none prints in the customer's language (their contacts', else English).
  core::Result<CustomerDocument<core::billing::InvoicePrint>> Invoice(
      const app::Caller& caller, std::int64_t id, std::optional<std::string> language);
  core::Result<CustomerDocument<core::billing::CreditNotePrint>> CreditNote(
      const app::Caller& caller, std::int64_t id, std::optional<std::string> language);
  // The letter a claim is on (its run's letter to its account: a letter's claims are one per
  // invoice), with the claims of that letter the caller sees. Printed in the claims' language.
  core::Result<CustomerDocument<core::billing::DunningLetterPrint>> DunningLetter(
      const app::Caller& caller, std::int64_t claim_id, std::optional<std::string> language);

 private:
  app::Store& store_;
};

}  // namespace salesdesk::modules::billing
