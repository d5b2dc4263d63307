// POST /api/v1/dunning-runs/{id}/send (decision 0049): every letter of an approved run e-mailed
// through the outbox, one after the other, each exactly as POST /dunning-claims/{id}/email
// sends one (the customer's PDF in their language, logged on the timeline). The answer lists
// what was queued and what was skipped and why: no e-mail address for the customer, or the
// letter is in the outbox already. With an Idempotency-Key each letter is stored under the key
// and its claim, so a retry queues nothing more and answers the same.
#include <boost/json.hpp>
#include <map>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/idempotency_header.h"
#include "http/json_response.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/http/billing_documents.h"
#include "modules/mail/app/outbox.h"
#include "modules/mail/http/mail_http_module.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
namespace billing = modules::billing;

// The run's letters: per account, the claim with the highest level (its letter is the run's
// letter to that account) and all the account's claims in the run.
struct Letter {
  app::Record claim;
  std::vector<app::FieldValue> claim_ids;
};

core::Result<std::map<std::int64_t, Letter>> LettersOf(app::Store& store, const app::Caller& caller,
                                                       std::int64_t run_id) {
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(app::Record run,
            app::sales::LoadVisible(*uow, caller, billing::Spec("dunning-runs"), run_id));
  if (app::TextOf(run, "status") != "approved") {
    return core::Error::Invalid("status", core::Msg("billing.dunning_run_not_approved"));
  }
  SD_ASSIGN(auto claims, app::ReadAll(*uow, billing::Spec("dunning-claims"),
                                      {{"run_id", app::FilterOp::kEq, {run_id}}}));
  std::map<std::int64_t, Letter> out;
  for (auto& claim : claims) {
    Letter& letter = out[*app::IntOf(claim, "account_id")];
    letter.claim_ids.emplace_back(app::RecordId(claim));
    if (letter.claim.empty() || app::IntOf(claim, "level") > app::IntOf(letter.claim, "level")) {
      letter.claim = std::move(claim);
    }
  }
  return out;
}

// Whether the run's letter to an account is in the outbox already (sent by any of its claims).
core::Result<bool> AlreadySent(app::Store& store, const std::vector<app::FieldValue>& claim_ids) {
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(auto sent,
            app::ReadAll(*uow, modules::mail::MailSpec("outbox-messages"),
                         {{"related_entity", app::FilterOp::kEq, {std::string("dunning-claims")}},
                          {"related_id", app::FilterOp::kIn, claim_ids}},
                         1));
  return !sent.empty();
}

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

}  // namespace

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
              auto letters = LettersOf(store, *c.caller, c.ids[0]);
              if (!letters.ok()) return ErrorToResponse(letters.error());
              json::array queued, skipped;
              for (const auto& [account_id, letter] : *letters) {
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
                auto sent = AlreadySent(store, letter.claim_ids);
                if (!sent.ok()) return ErrorToResponse(sent.error());
                if (*sent) {
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
                modules::mail::DocumentMailFile file{.kind = "reminder",
                                                     .related_entity = "dunning-claims",
                                                     .related_id = claim_id,
                                                     .status = document->status,
                                                     .number = document->number,
                                                     .account_id = document->account_id,
                                                     .customer_email = document->customer_email,
                                                     .bytes = std::move(document->bytes),
                                                     .filename = document->filename,
                                                     .language = document->language};
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
