// Who a billing document is for: the account's language and address for documents, read from
// its contacts (accounts have no language of their own): the primary contact's, else any
// contact's. Shared by the dunning letters (E-R12) and the printed and e-mailed documents.
#pragma once

#include <cstdint>
#include <string>

#include "app/ports/store.h"
#include "core/result.h"

namespace salesdesk::modules::billing {

struct BillingCustomer {
  std::string language;  // empty: no contact has one
  std::string email;     // the primary contact's, else a contact's, else the account's
  std::string contact_name;
};

core::Result<BillingCustomer> CustomerOf(app::UnitOfWork& uow, std::int64_t account_id);

// `language` when a document can be printed in it (en, de, es, zh), else English.
std::string DocumentLanguage(const std::string& language);

}  // namespace salesdesk::modules::billing
