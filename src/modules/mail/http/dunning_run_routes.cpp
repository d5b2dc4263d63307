// A dunning run's letters by e-mail.
// POST /api/v1/dunning-runs/{id}/send (decision 0049): every letter of an approved run e-mailed
// through the outbox, one after the other, each exactly as POST /dunning-claims/{id}/email
// sends one (the customer's PDF in their language, logged on the timeline). The answer lists
// what was queued and what was skipped and why: no e-mail address for the customer, or the
// letter is in the outbox already (delivered or waiting; a letter the sender gave up on is sent
// again). With an Idempotency-Key each letter is stored under the key and its claim, so a
// retry queues nothing more and answers the same.
// GET /api/v1/dunning-runs/{id}/letters (decision 0068): where each letter stands, so a run
// whose letters the relay refused never reads as sent.
#include <boost/json.hpp>
#include <map>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/record_fields.h"
#include "app/records/record_json.h"
#include "core/time/timestamp.h"
#include "http/error_response.h"
#include "http/idempotency_header.h"
#include "http/json_response.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/http/billing_documents.h"
#include "modules/mail/app/dunning_run_letters.h"
#include "modules/mail/app/outbox.h"
#include "modules/mail/http/mail_http_module.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
namespace billing = modules::billing;

// The run remembers this send (decision 0062): when, by whom, its letters now in the outbox
// (queued now or before) and those without an e-mail address.
core::Result<void> MarkSent(app::Store& store, const app::Caller& caller, std::int64_t run_id,
                            std::int64_t at, std::int64_t in_outbox, std::int64_t without_email) {
  SD_ASSIGN(auto uow, store.Write());
  const app::EntitySpec& runs = billing::Spec("dunning-runs");
  SD_ASSIGN(auto run, uow->Get(runs, run_id, app::Visibility::All()));
  if (!run) return core::Ok();
  app::Record fields{{"sent_at", at},
                     {"sent_by_id", caller.user_id},
                     {"letters_sent", in_outbox},
                     {"letters_without_email", without_email}};
  SD_ASSIGN(app::Record updated, uow->Update(runs, run_id, fields, app::RecordVersion(*run), at));
  SD_TRY(app::AuditChange(*uow, caller, at, runs, "update", &*run, &updated));
  return uow->Commit();
}

core::Result<std::optional<app::StoredResponse>> Replayed(app::Store& store,
                                                          const app::Caller& caller,
                                                          const app::IdempotencyRequest* key) {
  if (key == nullptr) return std::optional<app::StoredResponse>();
  SD_ASSIGN(auto uow, store.Write());  // not committed: only looks
  return app::FindReplay(*uow, caller, key);
}

// One letter's line of GET /letters: nothing of the message but its state, address and times.
json::object LetterJson(std::int64_t account_id, const modules::mail::RunLetter& letter) {
  const auto delivery = modules::mail::DeliveryOf(letter);
  json::object out{{"account_id", account_id},
                   {"claim_id", app::RecordId(letter.claim)},
                   {"level", app::IntOf(letter.claim, "level").value_or(0)},
                   {"delivery", modules::mail::DeliveryName(delivery)},
                   {"outbox_message_id", nullptr},
                   {"to_address", nullptr},
                   {"attempts", 0},
                   {"last_error", nullptr},
                   {"sent_at", nullptr}};
  if (!letter.message) return out;
  const app::Record& m = *letter.message;
  auto text_or_null = [&](const char* field) -> json::value {
    std::string t = app::TextOf(m, field);
    return t.empty() ? json::value(nullptr) : json::value(t);
  };
  out["outbox_message_id"] = app::RecordId(m);
  out["to_address"] = text_or_null("to_address");
  out["attempts"] = app::IntOf(m, "attempts").value_or(0);
  out["last_error"] = text_or_null("last_error");
  if (auto at = app::IntOf(m, "sent_at"); at && delivery == modules::mail::Delivery::kDelivered) {
    auto when = core::Timestamp::FromMicros(*at);
    if (when.ok()) out["sent_at"] = when->ToString();
  }
  return out;
}

}  // namespace

void AddDunningRunLettersRoute(ModuleHost& host) {
  app::Store& store = host.store();
  host.Add({"GET", "/api/v1/dunning-runs/{id}/letters", "get_dunning_run_letters",
            "Where each letter of the run stands in the outbox: delivered (the relay accepted "
            "it), waiting (queued or being sent, last_error saying why after a refusal), failed "
            "(the sender gave up; sending the run again queues it anew) or not_sent; with the "
            "count of each. Who reads the run (finance, the director)",
            "Invoice", true, RouteKind::kCustom, nullptr, "", "DunningRunLetters", 200,
            [&store](RouteContext& c) {
              auto letters = modules::mail::LettersOfRun(store, *c.caller, c.ids[0]);
              if (!letters.ok()) return ErrorToResponse(letters.error());
              using modules::mail::Delivery;
              json::array lines;
              std::map<Delivery, std::int64_t> n;
              for (const auto& [account_id, letter] : letters->by_account) {
                lines.push_back(LetterJson(account_id, letter));
                ++n[modules::mail::DeliveryOf(letter)];
              }
              json::object counts;
              for (Delivery d : {Delivery::kDelivered, Delivery::kWaiting, Delivery::kFailed,
                                 Delivery::kNotSent}) {
                counts[modules::mail::DeliveryName(d)] = n[d];
              }
              return JsonResponse(200, json::object{{"run_id", c.ids[0]},
                                                    {"counts", std::move(counts)},
                                                    {"letters", std::move(lines)}});
            }});
}

void AddDunningRunSendRoute(ModuleHost& host, MailServices& s) {
  app::Store& store = host.store();
  const core::Clock& clock = host.clock();
  host.Add({"POST", "/api/v1/dunning-runs/{id}/send", "send_dunning_run",
            "E-mail every letter of the approved run through the outbox (as "
            "/dunning-claims/{id}/email does one); answers what was queued and what was skipped "
            "and why (no_email: the customer has no e-mail address; already_sent). Finance and "
            "the director",
            "Invoice", true, RouteKind::kCustom, nullptr, "", "DunningRunSent", 200,
            [&s, &store, &clock](RouteContext& c) {
              auto may = modules::mail::DocumentMail::CheckMaySend(*c.caller);
              if (!may.ok()) return ErrorToResponse(may.error());
              auto idem = ReadIdempotencyKey(c.request);
              if (!idem.ok()) return ErrorToResponse(idem.error());
              auto letters = modules::mail::LettersOfRun(store, *c.caller, c.ids[0]);
              if (!letters.ok()) return ErrorToResponse(letters.error());
              if (app::TextOf(letters->run, "status") != "approved") {
                return ErrorToResponse(
                    core::Error::Invalid("status", core::Msg("billing.dunning_run_not_approved")));
              }
              json::array queued, skipped;
              for (const auto& [account_id, letter] : letters->by_account) {
                const std::int64_t claim_id = app::RecordId(letter.claim);
                auto skip = [&](const char* reason) {
                  skipped.push_back(json::object{
                      {"account_id", account_id}, {"claim_id", claim_id}, {"reason", reason}});
                };
                std::optional<app::IdempotencyRequest> key;
                if (*idem) {
                  key = app::IdempotencyRequest{
                      (*idem)->key + "#claim-" + std::to_string(claim_id),
                      (*idem)->request_hash + "#" + std::to_string(claim_id)};
                }
                auto seen = Replayed(store, *c.caller, key ? &*key : nullptr);
                if (!seen.ok()) return ErrorToResponse(seen.error());
                if (*seen) {
                  const json::value was = json::parse((*seen)->body);
                  queued.push_back(json::object{{"account_id", account_id},
                                                {"claim_id", claim_id},
                                                {"outbox_message_id", was.at("id")}});
                  continue;
                }
                if (modules::mail::InOutbox(letter)) {
                  skip("already_sent");
                  continue;
                }
                auto document = RenderBillingDocument(
                    s.prints, *c.caller, BillingDocumentKind::kDunningLetter, claim_id, {});
                if (!document.ok()) return ErrorToResponse(document.error());
                if (document->customer_email.empty()) {
                  skip("no_email");
                  continue;
                }
                const modules::mail::DocumentMailFile file =
                    MailFileOf(std::move(*document), "reminder", "dunning-claims", claim_id);
                const app::EntitySpec& outbox = modules::mail::MailSpec("outbox-messages");
                auto made = s.document_mail.Queue(
                    *c.caller, file, {}, key ? &*key : nullptr, [&](const app::Record& m) {
                      return app::StoredResponse{
                          key ? key->request_hash : "", 201,
                          json::serialize(app::RecordToJson(outbox, m, false)),
                          "/api/v1/outbox-messages/" + std::to_string(app::RecordId(m))};
                    });
                if (!made.ok()) return ErrorToResponse(made.error());
                if (made->created) {
                  queued.push_back(
                      json::object{{"account_id", account_id},
                                   {"claim_id", claim_id},
                                   {"outbox_message_id", app::RecordId(*made->created)}});
                }
              }
              std::int64_t in_outbox = static_cast<std::int64_t>(queued.size()), no_email = 0;
              for (const auto& k : skipped) {
                (k.at("reason") == "no_email" ? no_email : in_outbox) += 1;
              }
              auto marked = MarkSent(store, *c.caller, c.ids[0], clock.Now().micros_since_epoch(),
                                     in_outbox, no_email);
              if (!marked.ok()) return ErrorToResponse(marked.error());
              return JsonResponse(200, json::object{{"run_id", c.ids[0]},
                                                    {"queued", std::move(queued)},
                                                    {"skipped", std::move(skipped)}});
            }})
      .idempotent = true;
}

}  // namespace salesdesk::http
