// E-mailing a quote to the customer: the customer PDF (decision 0018: never the internal
// variant) rendered by the caller of this service goes into the outbox with words in the
// quote's language, and the send is logged as an `email` activity on the account's timeline,
// linked to the quote — all in one transaction, under the request's Idempotency-Key.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"

namespace salesdesk::modules::mail {

struct QuoteMailRequest {
  std::optional<std::string> to;  // none: the quote's contact's e-mail
  std::vector<std::string> cc;
  std::string subject;  // empty: "Quote <number> from <company>" in the quote's language
  std::string message;  // empty: one line saying the quote is attached
};

// The customer document as rendered for this send.
struct QuotePdfFile {
  std::string bytes;
  std::string filename;  // "<number>.pdf"
  std::string language;  // the document's language, also the e-mail's
};

class QuoteMail {
 public:
  QuoteMail(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // Who may send the quote: who may write quotes (checked before the PDF is rendered).
  static core::Result<void> CheckMaySend(const app::Caller& caller);
  // Queues the message; answers the outbox message (its activity is on the timeline).
  core::Result<app::CreateResult<app::Record>> Queue(const app::Caller& caller,
                                                     std::int64_t quote_id,
                                                     const QuoteMailRequest& request,
                                                     const QuotePdfFile& pdf,
                                                     const app::IdempotencyRequest* key,
                                                     const app::Renderer<app::Record>& render);

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::modules::mail
