#include "modules/appraisal/app/card_service.h"

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/record_fields.h"

namespace salesdesk::modules::appraisal {
namespace {

using app::Record;
using core::Error;
using core::ErrorCode;

const app::EntitySpec& Cards() { return *app::FindEntity("appraisal-cards"); }

Error Missing(std::int64_t id) {
  return Error::Make(ErrorCode::kNotFound,
                     core::Msg("record.not_found", {{"entity", std::string("appraisal_card")},
                                                    {"id", std::to_string(id)}}));
}

// The card as the caller sees it (kNotFound otherwise).
core::Result<Record> Visible(app::UnitOfWork& uow, const app::Caller& caller, std::int64_t id) {
  SD_ASSIGN(auto visibility, app::VisibilityFor(uow, caller, Cards()));
  SD_ASSIGN(auto card, uow.Get(Cards(), id, visibility));
  if (!card) return Missing(id);
  return std::move(*card);
}

// A manager's action on an open card of somebody else.
core::Result<Record> OpenCardToJudge(app::UnitOfWork& uow, const app::Caller& caller,
                                     std::int64_t id) {
  SD_TRY(app::CheckMayWrite(caller, Cards()));
  SD_ASSIGN(Record card, Visible(uow, caller, id));
  if (app::IntOf(card, "owner_id") == caller.user_id) {
    return Error::Make(ErrorCode::kForbidden, core::Msg("appraisal.own_card"));
  }
  if (app::TextOf(card, "status") == "signed") {
    return Error::Make(ErrorCode::kConflict,
                       core::Msg("appraisal.card_signed", {{"id", std::to_string(id)}}));
  }
  return card;
}

core::Result<Record> Change(app::UnitOfWork& uow, const app::Caller& caller, const Record& card,
                            const Record& changes, std::int64_t now) {
  SD_ASSIGN(Record updated,
            uow.Update(Cards(), app::RecordId(card), changes, app::RecordVersion(card), now));
  SD_TRY(app::AuditChange(uow, caller, now, Cards(), "update", &card, &updated));
  SD_TRY(uow.Commit());
  return updated;
}

}  // namespace

core::Result<app::CreateResult<Record>> CardService::Open(
    const app::Caller& caller, std::int64_t user_id, core::appraisal::Month month,
    const app::IdempotencyRequest* idempotency, const app::Renderer<Record>& render) {
  SD_TRY(app::CheckMayWrite(caller, Cards()));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<Record>{std::nullopt, std::move(seen)};
  auto subject = SubjectFor(*uow, caller, user_id);
  if (!subject.ok()) {
    return Error::Invalid("user_id",
                          core::Msg("reference.not_visible", {{"kind", std::string("user")},
                                                              {"id", std::to_string(user_id)},
                                                              {"plural", std::string("users")}}));
  }
  if (user_id == caller.user_id) {
    return Error::Make(ErrorCode::kForbidden, core::Msg("appraisal.own_card"));
  }
  SD_ASSIGN(auto existing, CardOf(*uow, caller, user_id, month));
  if (existing) {
    return Error::Make(
        ErrorCode::kConflict,
        core::Msg("appraisal.card_exists",
                  {{"id", std::to_string(app::RecordId(*existing))}, {"month", month.ToString()}}));
  }
  const std::int64_t now = clock_.Now().micros_since_epoch();
  SD_ASSIGN(Record inserted, uow->Insert(Cards(),
                                         {{"owner_id", user_id},
                                          {"month", month.ToString()},
                                          {"status", std::string("open")}},
                                         now));
  SD_TRY(app::AuditChange(*uow, caller, now, Cards(), "create", nullptr, &inserted));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(inserted), now));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(inserted), std::nullopt};
}

core::Result<Record> CardService::Rate(const app::Caller& caller, std::int64_t card_id,
                                       const Rating& rating) {
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record card, OpenCardToJudge(*uow, caller, card_id));
  const std::int64_t now = clock_.Now().micros_since_epoch();
  Record changes{
      {"conduct_rating", rating.conduct}, {"rated_by_id", caller.user_id}, {"rated_at", now}};
  if (rating.comment) changes["manager_comment"] = *rating.comment;
  return Change(*uow, caller, card, changes, now);
}

core::Result<Record> CardService::Sign(const app::Caller& caller, std::int64_t card_id) {
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record card, OpenCardToJudge(*uow, caller, card_id));
  const auto rating = app::IntOf(card, "conduct_rating");
  if (!rating) {
    return Error::Invalid("conduct_rating", core::Msg("appraisal.rating_required",
                                                      {{"id", std::to_string(card_id)}}));
  }
  const std::int64_t owner = app::IntOf(card, "owner_id").value_or(0);
  SD_ASSIGN(Subject subject, SubjectFor(*uow, caller, owner));
  SD_ASSIGN(auto month, core::appraisal::ParseMonth(app::TextOf(card, "month"), "month"));
  SD_ASSIGN(Scorecard figures, scorecards_.Live(*uow, subject, month, rating));
  const std::int64_t now = clock_.Now().micros_since_epoch();
  Record changes{{"status", std::string("signed")},
                 {"signed_by_id", caller.user_id},
                 {"signed_at", now},
                 {"figures", boost::json::serialize(ScorecardToJson(figures))}};
  changes["score_bp"] = figures.score_bp ? app::FieldValue{*figures.score_bp} : app::FieldValue{};
  return Change(*uow, caller, card, changes, now);
}

core::Result<Record> CardService::Acknowledge(const app::Caller& caller, std::int64_t card_id) {
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record card, Visible(*uow, caller, card_id));
  if (app::IntOf(card, "owner_id") != caller.user_id) {
    return Error::Make(ErrorCode::kForbidden, core::Msg("appraisal.not_own_card"));
  }
  if (app::TextOf(card, "status") != "signed") {
    return Error::Make(ErrorCode::kConflict,
                       core::Msg("appraisal.not_signed", {{"id", std::to_string(card_id)}}));
  }
  if (app::IntOf(card, "acknowledged_at")) return card;  // acknowledging twice changes nothing
  const std::int64_t now = clock_.Now().micros_since_epoch();
  return Change(*uow, caller, card, {{"acknowledged_at", now}}, now);
}

core::Result<Record> CardService::Reopen(const app::Caller& caller, std::int64_t card_id,
                                         const std::string& reason) {
  // B-R1: re-opening is the director's alone (the system may too, as for every action).
  if (!caller.is_system() && caller.role != app::Role::kDirector) {
    return Error::Make(ErrorCode::kForbidden, core::Msg("appraisal.reopen_director_only"));
  }
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record card, Visible(*uow, caller, card_id));
  if (app::TextOf(card, "status") != "signed") {
    return Error::Make(ErrorCode::kConflict,
                       core::Msg("appraisal.reopen_not_signed", {{"id", std::to_string(card_id)}}));
  }
  const std::int64_t now = clock_.Now().micros_since_epoch();
  // The rating and comment stay (the manager may change them); what the signature froze goes.
  const app::FieldValue none;
  Record changes{{"status", std::string("open")},
                 {"signed_by_id", none},
                 {"signed_at", none},
                 {"figures", none},
                 {"score_bp", none},
                 {"acknowledged_at", none},
                 {"reopened_by_id", caller.user_id},
                 {"reopened_at", now},
                 {"reopen_reason", reason}};
  return Change(*uow, caller, card, changes, now);
}

}  // namespace salesdesk::modules::appraisal
