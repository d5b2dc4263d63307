// E-mailing a billing document to the customer (invoice, credit note, dunning letter): the
// customer PDF rendered by the caller of this service goes into the outbox with words in the
// document's language, and the send is logged as an `email` activity on the account's
// timeline, linked to the document — in one transaction, under the request's Idempotency-Key.
// Only what has been issued is sent: a draft is refused naming its status.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"
#include "modules/mail/app/quote_mail.h"

namespace salesdesk::modules::mail {

// The rendered document and what the e-mail needs to know about it.
struct DocumentMailFile {
  std::string kind;            // "invoice", "credit_note", "reminder" (the e-mail's words)
  std::string related_entity;  // "invoices", "credit-notes", "dunning-claims"
  std::int64_t related_id = 0;
  std::string status;  // must be "posted"
  std::string number;  // empty for a letter
  std::int64_t account_id = 0;
  std::string customer_email;  // the default recipient
  std::string bytes, filename, language;
};

class DocumentMail {
 public:
  DocumentMail(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // Who may send billing documents: who writes invoices (finance, the director).
  static core::Result<void> CheckMaySend(const app::Caller& caller);
  core::Result<app::CreateResult<app::Record>> Queue(const app::Caller& caller,
                                                     const DocumentMailFile& file,
                                                     const QuoteMailRequest& request,
                                                     const app::IdempotencyRequest* key,
                                                     const app::Renderer<app::Record>& render);

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::modules::mail
