// Converting a qualified lead (issue 11): into a new account made from it (a company, or a
// person when it names no company) or onto an existing account the caller can see, plus a
// contact for the person it names, and optionally an opportunity on that account. One
// transaction, audited, under the request's
// Idempotency-Key; the lead keeps what it became and is read-only from then on.
#pragma once

#include <optional>
#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/field_value.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"

namespace salesdesk::modules::leads {

struct ConvertRequest {
  std::optional<std::int64_t> account_id;  // an existing account; none: a new one
  std::string kind;                        // new account: company / person ("" from the lead)
  std::string currency;                    // new account: "" = the organisation's base currency
  // An opportunity to open on the account (the pipeline module's fields, decoded), owned by the
  // lead's owner, with the lead as its source; none: no opportunity.
  std::optional<app::Record> opportunity;
};

// A problem of the opportunity's own fields, named under the body's "opportunity" member.
core::Error InOpportunity(core::Error e);

class LeadConversion {
 public:
  LeadConversion(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // Answers the converted lead. 404 when the caller cannot see it; 412 when it changed since
  // `expected_version`; 409 unless it is qualified; 422 naming account_id when that account is
  // not one the caller can see, or naming the field a new account or contact lacks.
  core::Result<app::CreateResult<app::Record>> Convert(const app::Caller& caller,
                                                       std::int64_t lead_id,
                                                       std::int64_t expected_version,
                                                       const ConvertRequest& request,
                                                       const app::IdempotencyRequest* idempotency,
                                                       const app::Renderer<app::Record>& render);

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::modules::leads
