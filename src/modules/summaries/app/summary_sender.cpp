#include "modules/summaries/app/summary_sender.h"

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/mail/app/outbox.h"
#include "modules/mail/core/mail/mime_message.h"
#include "modules/summaries/app/summary_builder.h"
#include "modules/summaries/app/summary_due_period.h"
#include "modules/summaries/app/summary_xlsx.h"
#include "modules/summaries/core/summary_words.h"

namespace salesdesk::modules::summaries {
namespace {

namespace cs = core::summaries;
using app::Record;

const app::EntitySpec& Subscriptions() { return *app::FindEntity("summary-subscriptions"); }

core::Error Missing(std::int64_t id) {
  return core::Error::Make(
      core::ErrorCode::kNotFound,
      core::Msg("record.not_found",
                {{"entity", std::string("summary_subscription")}, {"id", std::to_string(id)}}));
}

// The owner as the access layer knows them: their figures, their visibility.
core::Result<app::Caller> OwnerOf(app::UnitOfWork& uow, const Record& subscription) {
  const std::int64_t owner = app::IntOf(subscription, "owner_id").value_or(0);
  SD_ASSIGN(auto user, uow.Get(*app::FindEntity("users"), owner, app::Visibility::All()));
  const auto role = user ? app::ParseRole(app::TextOf(*user, "role")) : std::nullopt;
  if (!user || !role || !app::BoolOf(*user, "active", true)) {
    return core::Error::Make(core::ErrorCode::kConflict,
                             core::Msg("summary.owner_inactive", {{"id", std::to_string(owner)}}));
  }
  return app::Caller{owner, *role, app::TextOf(*user, "name"), app::TextOf(*user, "email")};
}

std::string Replace(std::string text, std::string_view name, const std::string& value) {
  const std::string token = "{" + std::string(name) + "}";
  if (auto at = text.find(token); at != std::string::npos) text.replace(at, token.size(), value);
  return text;
}

// The summary of the last closed period as the owner sees it, as the e-mail that carries it.
core::Result<mail::QueuedMail> Compose(app::Store& store, const core::Clock& clock, PdfRenderer pdf,
                                       const Record& subscription, const app::Caller& owner,
                                       std::string& period_key) {
  SD_ASSIGN(const cs::Cadence cadence,
            cs::ParseCadence(app::TextOf(subscription, "cadence"), "cadence"));
  SummaryRequest request{.cadence = cadence,
                         .scope = app::TextOf(subscription, "scope") == "me"
                                      ? cockpit::Scope::kMe
                                      : cockpit::Scope::kTeam,
                         .language = app::TextOf(subscription, "language")};
  SD_ASSIGN(cs::SummaryReport report, BuildSummary(store, clock, owner, request));
  period_key = report.reference;
  const std::string formats = app::TextOf(subscription, "formats");
  const std::string base = "sales-summary-" + report.reference;
  mail::QueuedMail m;
  std::string listed;
  if (formats != "xlsx") {
    SD_ASSIGN(std::string bytes, pdf(report));
    m.attachments.push_back({base + ".pdf", "application/pdf", std::move(bytes)});
    listed = "PDF";
  }
  if (formats != "pdf") {
    SD_ASSIGN(std::string bytes, SummaryXlsx(report));
    m.attachments.push_back({base + ".xlsx",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             std::move(bytes)});
    listed += listed.empty() ? "XLSX" : ", XLSX";
  }
  const cs::SummaryWords& w = cs::SummaryWordsFor(report.language);
  m.to = app::TextOf(subscription, "recipient_email");
  m.cc = core::mail::SplitAddresses(app::TextOf(subscription, "cc_emails"));
  m.reply_to = owner.email;
  m.subject = report.title + " " + report.reference +
              (report.company.name.empty() ? "" : " — " + report.company.name);
  std::string attached = Replace(w.attached, "title", report.title);
  attached = Replace(attached, "period", report.reference);
  attached = Replace(attached, "formats", listed);
  m.body = std::string(w.greeting) + "\n\n" + attached + "\n\n" +
           Replace(w.sent_by, "person", owner.name) + "\n";
  m.language = report.language;
  m.owner_id = owner.user_id;
  m.related_entity = "summary-subscriptions";
  m.related_id = app::RecordId(subscription);
  return m;
}

// Queues the message and records the period on the subscription, in `uow`.
core::Result<Record> Queue(app::UnitOfWork& uow, const app::Caller& actor,
                           const Record& subscription, const mail::QueuedMail& m,
                           const std::string& period_key, std::int64_t now) {
  SD_ASSIGN(Record message, mail::QueueMail(uow, m, now));
  SD_ASSIGN(Record updated, uow.Update(Subscriptions(), app::RecordId(subscription),
                                       {{"last_period", period_key},
                                        {"last_sent_at", now},
                                        {"last_message_id", app::RecordId(message)},
                                        {"last_error", app::FieldValue{}}},
                                       app::RecordVersion(subscription), now));
  SD_TRY(app::AuditChange(uow, actor, now, Subscriptions(), "update", &subscription, &updated));
  return message;
}

core::Result<void> RecordError(app::Store& store, std::int64_t id, const std::string& error,
                               std::int64_t now) {
  SD_ASSIGN(auto uow, store.Write());
  SD_ASSIGN(auto current, uow->Get(Subscriptions(), id, app::Visibility::All()));
  if (!current || app::TextOf(*current, "last_error") == error) return core::Ok();
  SD_TRY(uow->Update(Subscriptions(), id, {{"last_error", error.substr(0, 1000)}},
                     app::RecordVersion(*current), now));
  return uow->Commit();
}

}  // namespace

core::Result<std::string> SendDueSummaries(app::Store& store, const core::Clock& clock,
                                           PdfRenderer pdf) {
  std::vector<Record> active;
  core::Date today;
  {
    SD_ASSIGN(auto uow, store.Read());
    SD_ASSIGN(today, app::CompanyToday(*uow, clock.Now().micros_since_epoch()));
    SD_ASSIGN(active,
              app::ReadAll(*uow, Subscriptions(), {{"active", app::FilterOp::kEq, {true}}}));
  }
  int sent = 0, failed = 0;
  for (const Record& s : active) {
    auto cadence = cs::ParseCadence(app::TextOf(s, "cadence"), "cadence");
    if (!cadence.ok()) continue;
    SD_ASSIGN(const cs::SummaryPeriod due,
              DueSummaryPeriod(store, app::IntOf(s, "owner_id").value_or(0), *cadence, today));
    if (app::TextOf(s, "last_period") == due.key) continue;
    const std::int64_t id = app::RecordId(s);
    auto done = [&]() -> core::Result<bool> {
      app::Caller owner;
      {
        SD_ASSIGN(auto uow, store.Read());
        SD_ASSIGN(owner, OwnerOf(*uow, s));
      }
      std::string key;
      SD_ASSIGN(mail::QueuedMail m, Compose(store, clock, pdf, s, owner, key));
      SD_ASSIGN(auto uow, store.Write());
      // Read again inside the write: a twin runner or an edit since must not send it twice.
      SD_ASSIGN(auto current, uow->Get(Subscriptions(), id, app::Visibility::All()));
      if (!current || !app::BoolOf(*current, "active", false) ||
          app::TextOf(*current, "last_period") == key) {
        return false;
      }
      const std::int64_t now = clock.Now().micros_since_epoch();
      SD_TRY(Queue(*uow, app::Caller::System(), *current, m, key, now));
      SD_TRY(uow->Commit());
      return true;
    }();
    if (done.ok()) {
      sent += *done ? 1 : 0;
      continue;
    }
    ++failed;
    SD_TRY(RecordError(store, id, done.error().message, clock.Now().micros_since_epoch()));
  }
  if (sent == 0 && failed == 0) return std::string();
  return std::to_string(sent) + " sales summaries queued" +
         (failed ? ", " + std::to_string(failed) + " could not be built (see last_error)" : "");
}

core::Result<app::CreateResult<Record>> SendSummaryNow(app::Store& store, const core::Clock& clock,
                                                       PdfRenderer pdf, const app::Caller& caller,
                                                       std::int64_t subscription_id,
                                                       const app::IdempotencyRequest* key,
                                                       const app::Renderer<Record>& render) {
  SD_TRY(app::CheckMayWrite(caller, Subscriptions()));
  Record subscription;
  {
    SD_ASSIGN(auto uow, store.Read());
    SD_ASSIGN(auto replay, app::FindReplay(*uow, caller, key));
    if (replay) return app::CreateResult<Record>{std::nullopt, std::move(replay)};
    SD_ASSIGN(auto found, uow->Get(Subscriptions(), subscription_id, app::Visibility::All()));
    // Personal: someone else's subscription is missing, the same answer as none.
    if (!found || app::IntOf(*found, "owner_id").value_or(0) != caller.user_id) {
      return Missing(subscription_id);
    }
    subscription = std::move(*found);
  }
  std::string period_key;
  SD_ASSIGN(mail::QueuedMail m, Compose(store, clock, pdf, subscription, caller, period_key));
  SD_ASSIGN(auto uow, store.Write());
  SD_ASSIGN(auto replay, app::FindReplay(*uow, caller, key));
  if (replay) return app::CreateResult<Record>{std::nullopt, std::move(replay)};
  SD_ASSIGN(auto current, uow->Get(Subscriptions(), subscription_id, app::Visibility::All()));
  if (!current) return Missing(subscription_id);
  const std::int64_t now = clock.Now().micros_since_epoch();
  SD_ASSIGN(Record message, Queue(*uow, caller, *current, m, period_key, now));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, key, render(message), now));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(message), std::nullopt};
}

}  // namespace salesdesk::modules::summaries
