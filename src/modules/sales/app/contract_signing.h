// Signing a contract (issue 9): only the signer records their own signature. Naming a signer on
// a contract (signed_by_id) signs nothing; the named signer signs with this action, checked
// against their authority for the value at that moment, at the signing day's rate (decision
// 0010). When the customer signed first (customer_signed_on), ours is the countersignature.
#pragma once

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/result.h"
#include "core/time/clock.h"

namespace salesdesk::app::sales {

class ContractSigning {
 public:
  ContractSigning(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // The caller signs contract `id`, read at `expected_version`: it becomes active, signed today
  // by them, with an audit row. 404 when they cannot see it; 403 unless they are its named
  // signer; 409 unless it is an unsigned draft naming a signer; 422 (signed_by_id) when the
  // value is beyond their authority now.
  core::Result<Record> Sign(const Caller& caller, std::int64_t id, std::int64_t expected_version);

 private:
  Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::app::sales
