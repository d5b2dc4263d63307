#include "modules/mail/app/dunning_run_letters.h"

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_records.h"
#include "modules/mail/app/outbox.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::mail {

core::Result<RunLetters> LettersOfRun(app::Store& store, const app::Caller& caller,
                                      std::int64_t run_id) {
  SD_ASSIGN(auto uow, store.Read());
  RunLetters result;
  SD_ASSIGN(result.run,
            app::sales::LoadVisible(*uow, caller, billing::Spec("dunning-runs"), run_id));
  SD_ASSIGN(auto claims, app::ReadAll(*uow, billing::Spec("dunning-claims"),
                                      {{"run_id", app::FilterOp::kEq, {run_id}}}));
  std::map<std::int64_t, RunLetter>& out = result.by_account;
  std::map<std::int64_t, std::int64_t> account_of_claim;
  std::vector<app::FieldValue> all_ids;
  for (auto& claim : claims) {
    const std::int64_t account = *app::IntOf(claim, "account_id");
    RunLetter& letter = out[account];
    account_of_claim[app::RecordId(claim)] = account;
    all_ids.emplace_back(app::RecordId(claim));
    if (letter.claim.empty() || app::IntOf(claim, "level") > app::IntOf(letter.claim, "level")) {
      letter.claim = std::move(claim);
    }
  }
  if (all_ids.empty()) return result;
  // One read for the whole run's messages; each account keeps its newest (the highest id).
  SD_ASSIGN(auto messages,
            app::ReadAll(*uow, MailSpec("outbox-messages"),
                         {{"related_entity", app::FilterOp::kEq, {std::string("dunning-claims")}},
                          {"related_id", app::FilterOp::kIn, all_ids}}));
  for (auto& m : messages) {
    auto owner = account_of_claim.find(app::IntOf(m, "related_id").value_or(0));
    if (owner == account_of_claim.end()) continue;
    std::optional<app::Record>& newest = out[owner->second].message;
    if (!newest || app::RecordId(m) > app::RecordId(*newest)) newest = std::move(m);
  }
  return result;
}

Delivery DeliveryOf(const RunLetter& letter) {
  if (!letter.message) return Delivery::kNotSent;
  const std::string state = app::TextOf(*letter.message, "state");
  if (state == "sent") return Delivery::kDelivered;
  if (state == "failed") return Delivery::kFailed;
  return Delivery::kWaiting;  // queued (perhaps after a refusal) or sending
}

std::string_view DeliveryName(Delivery d) {
  switch (d) {
    case Delivery::kDelivered:
      return "delivered";
    case Delivery::kWaiting:
      return "waiting";
    case Delivery::kFailed:
      return "failed";
    case Delivery::kNotSent:
      break;
  }
  return "not_sent";
}

}  // namespace salesdesk::modules::mail
