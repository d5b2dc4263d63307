// A dunning run's letters, one per customer, and where each stands in the outbox. The letter to
// an account is its claim with the highest level in the run; it is "in the outbox" through any of
// the account's claims in the run. Its delivery is its newest outbox message's state: delivered
// (the relay accepted it), waiting (queued or being sent, perhaps after a refusal), failed (the
// sender gave up: the letter may be sent again) or not_sent (never queued).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>

#include "app/ports/store.h"

namespace salesdesk::modules::mail {

struct RunLetter {
  app::Record claim;                   // the letter's claim: the highest level
  std::optional<app::Record> message;  // the newest outbox message of the account's claims
};

struct RunLetters {
  app::Record run;
  std::map<std::int64_t, RunLetter> by_account;
};

// The letters of a run the caller sees (kNotFound otherwise).
core::Result<RunLetters> LettersOfRun(app::Store& store, const app::Caller& caller,
                                      std::int64_t run_id);

enum class Delivery { kDelivered, kWaiting, kFailed, kNotSent };
Delivery DeliveryOf(const RunLetter& letter);
std::string_view DeliveryName(Delivery d);

// Whether sending the run again leaves this letter alone: it is delivered or on its way. A
// failed letter is sent again.
inline bool InOutbox(const RunLetter& letter) {
  const Delivery d = DeliveryOf(letter);
  return d == Delivery::kDelivered || d == Delivery::kWaiting;
}

}  // namespace salesdesk::modules::mail
