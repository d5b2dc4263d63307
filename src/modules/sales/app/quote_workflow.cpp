// The quote's life after it is priced: submit against the owner's authority (approval requests
// routed up the team chain), decide, send, the customer's answer, revise, expire.
#include <boost/json.hpp>

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "app/records/record_json.h"
#include "modules/sales/app/quote_acceptance.h"
#include "modules/sales/app/quote_authority.h"
#include "modules/sales/app/quote_mapping.h"
#include "modules/sales/app/quote_pricing.h"
#include "modules/sales/app/quote_records.h"
#include "modules/sales/app/quote_service.h"
#include "modules/sales/core/quotes/approval_routing.h"
#include "modules/sales/core/quotes/reapproval.h"

namespace salesdesk::app::sales {
namespace {

using core::Error;
using core::ErrorCode;

using core::quotes::QuoteStatus;

Error WrongState(QuoteStatus status, const char* want, const char* what) {
  return Error::Make(ErrorCode::kConflict,
                     core::Msg("quote.wrong_state",
                               {{"want", want},
                                {"action", what},
                                {"status", std::string(core::quotes::QuoteStatusName(status))}}));
}

// Changes the quote, audits it, and returns it as stored.
core::Result<Record> ChangeQuote(UnitOfWork& uow, const Caller& caller, const Record& quote,
                                 Record changes, std::int64_t at) {
  SD_ASSIGN(Record updated,
            uow.Update(Spec("quotes"), RecordId(quote), changes, RecordVersion(quote), at));
  SD_TRY(AuditChange(uow, caller, at, Spec("quotes"), "update", &quote, &updated));
  return updated;
}

std::string Label(const Record& quote) { return "Quote " + TextOf(quote, "number"); }

}  // namespace

core::Result<QuoteDocument> QuoteService::Submit(const Caller& caller, std::int64_t id,
                                                 std::optional<std::int64_t> expected_version) {
  SD_TRY(CheckMayWrite(caller, Spec("quotes")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record quote, LoadVisible(*uow, caller, Spec("quotes"), id));
  SD_TRY(CheckQuoteVersion(quote, expected_version));
  SD_ASSIGN(const core::quotes::Quote typed, QuoteFromRecord(quote));
  if (typed.status != QuoteStatus::kDraft) return WrongState(typed.status, "draft", "submitted");
  SD_ASSIGN(auto snapshot, pricing_.Current(*uow));
  SD_ASSIGN(auto lines, LinesOf(*uow, id));
  SD_ASSIGN(auto check, CheckQuote(*uow, quote, lines, *snapshot));
  const std::int64_t revision = typed.revision;
  SD_ASSIGN(auto approved, ApprovedDeviations(*uow, id, revision));
  auto needing = core::quotes::DeviationsNeedingReapproval(approved, check.deviations);
  const std::int64_t at = clock_.Now().micros_since_epoch();
  Record changes;
  if (needing.empty()) {
    changes["status"] = std::string("approved");
  } else {
    const std::int64_t requester = IntOf(quote, "owner_id").value_or(caller.user_id);
    SD_ASSIGN(auto chain, ChainAbove(*uow, requester, snapshot->rates.base_currency));
    auto route = core::quotes::RouteApproval(requester, chain, needing);
    if (!route.ok()) {
      return Error::Make(ErrorCode::kConflict,
                         core::Msg("quote.no_approver", {{"reason", route.error().message}}));
    }
    Record request{{"quote_id", id},
                   {"revision", revision},
                   {"requester_id", requester},
                   {"approver_id", route->approver_id},
                   {"status", std::string("pending")},
                   {"deviations", boost::json::serialize(DeviationsJson(needing, false))},
                   {"deviation_details", boost::json::serialize(DeviationsJson(needing, true))},
                   {"exceeds_every_authority", route->exceeds_every_authority}};
    SD_ASSIGN(Record inserted, uow->Insert(Spec("approval-requests"), request, at));
    SD_TRY(AuditChange(*uow, caller, at, Spec("approval-requests"), "create", nullptr, &inserted));
    SD_TRY(Notify(*uow, route->approver_id,
                  Label(quote) + " by " + caller.name + " waits for your approval", QuoteLink(id),
                  at));
    changes["status"] = std::string("pending_approval");
  }
  SD_ASSIGN(Record updated, ChangeQuote(*uow, caller, quote, changes, at));
  SD_ASSIGN(auto doc, BuildDocument(*uow, caller, std::move(updated), std::move(lines), *snapshot));
  SD_TRY(uow->Commit());
  return doc;
}

core::Result<QuoteDocument> QuoteService::Decide(const Caller& caller, std::int64_t request_id,
                                                 bool approve, const std::string& comment,
                                                 std::optional<std::int64_t> expected_version) {
  SD_TRY(CheckMayWrite(caller, Spec("approval-requests")));
  if (!approve && comment.empty()) {
    return Error::Invalid("comment", core::Msg("approval.reason_required"));
  }
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record request, LoadVisible(*uow, caller, Spec("approval-requests"), request_id));
  if (TextOf(request, "status") != "pending") {
    return Error::Make(ErrorCode::kConflict, core::Msg("approval.already_decided",
                                                       {{"status", TextOf(request, "status")}}));
  }
  const auto requester = IntOf(request, "requester_id");
  if (requester == caller.user_id) {
    return Error::Make(ErrorCode::kForbidden, core::Msg("approval.own_request"));
  }
  if (IntOf(request, "approver_id") != caller.user_id && caller.role != Role::kDirector) {
    return Error::Make(ErrorCode::kForbidden, core::Msg("approval.other_approver"));
  }
  const std::int64_t quote_id = IntOf(request, "quote_id").value_or(0);
  SD_ASSIGN(Record quote, LoadVisible(*uow, caller, Spec("quotes"), quote_id));
  SD_TRY(CheckQuoteVersion(quote, expected_version));
  const std::int64_t at = clock_.Now().micros_since_epoch();
  Record decision{{"status", std::string(approve ? "approved" : "rejected")},
                  {"decided_at", at},
                  {"decided_by_id", caller.user_id}};
  if (!comment.empty()) decision["comment"] = comment;
  SD_ASSIGN(Record decided, uow->Update(Spec("approval-requests"), request_id, decision,
                                        RecordVersion(request), at));
  SD_TRY(AuditChange(*uow, caller, at, Spec("approval-requests"), "update", &request, &decided));
  if (TextOf(quote, "status") == "pending_approval") {
    SD_ASSIGN(quote, ChangeQuote(*uow, caller, quote,
                                 {{"status", std::string(approve ? "approved" : "draft")}}, at));
  }
  if (requester) {
    std::string text = Label(quote) + (approve ? " was approved by " : " was rejected by ") +
                       caller.name + (comment.empty() ? "" : ": " + comment);
    SD_TRY(Notify(*uow, *requester, std::move(text), QuoteLink(quote_id), at));
  }
  SD_ASSIGN(auto snapshot, pricing_.Current(*uow));
  SD_ASSIGN(auto lines, LinesOf(*uow, quote_id));
  SD_ASSIGN(auto doc, BuildDocument(*uow, caller, std::move(quote), std::move(lines), *snapshot));
  SD_TRY(uow->Commit());
  return doc;
}

core::Result<QuoteDocument> QuoteService::Act(const Caller& caller, std::int64_t id,
                                              QuoteAction action, const std::string& comment,
                                              std::optional<std::int64_t> expected_version) {
  SD_TRY(CheckMayWrite(caller, Spec("quotes")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record quote, LoadVisible(*uow, caller, Spec("quotes"), id));
  SD_TRY(CheckQuoteVersion(quote, expected_version));
  SD_ASSIGN(auto snapshot, pricing_.Current(*uow));
  SD_ASSIGN(auto lines, LinesOf(*uow, id));
  SD_ASSIGN(const core::quotes::Quote typed, QuoteFromRecord(quote));
  const QuoteStatus status = typed.status;
  const core::Timestamp now = clock_.Now();
  const std::int64_t at = now.micros_since_epoch();
  Record changes;
  switch (action) {
    case QuoteAction::kSend:
      if (status != QuoteStatus::kApproved) return WrongState(status, "approved", "sent");
      changes = {{"status", std::string("sent")}, {"sent_at", at}};
      break;
    case QuoteAction::kAccept:
    case QuoteAction::kReject:
      if (status != QuoteStatus::kSent) {
        return WrongState(status, "sent", action == QuoteAction::kAccept ? "accepted" : "rejected");
      }
      changes = {{"status", std::string(action == QuoteAction::kAccept ? "accepted" : "rejected")},
                 {"decided_at", at}};
      if (!comment.empty()) {
        changes["notes"] = (typed.notes.empty() ? "" : typed.notes + "\n") + "Customer: " + comment;
      }
      break;
    case QuoteAction::kRevise: {
      if (status != QuoteStatus::kSent && status != QuoteStatus::kRejected &&
          status != QuoteStatus::kExpired) {
        return WrongState(status, "sent, rejected or expired", "revised");
      }
      // The revision as it was goes to the history; the new one is priced afresh for today.
      boost::json::array line_json;
      for (const auto& l : lines) line_json.push_back(RecordToJson(Spec("quote-lines"), l, true));
      boost::json::object snapshot_json{{"quote", RecordToJson(Spec("quotes"), quote, true)},
                                        {"lines", std::move(line_json)}};
      const std::int64_t revision = typed.revision;
      SD_TRY(uow->Insert(Spec("quote-revisions"),
                         Record{{"quote_id", id},
                                {"revision", revision},
                                {"reason", std::string("revised after being ") +
                                               std::string(core::quotes::QuoteStatusName(status))},
                                {"snapshot", boost::json::serialize(snapshot_json)}},
                         at));
      SD_ASSIGN(auto account, uow->Get(Spec("accounts"), IntOf(quote, "account_id").value_or(0),
                                       Visibility::All()));
      if (!account) return Error::Make(ErrorCode::kConflict, core::Msg("quote.account_gone"));
      Record header = quote;
      SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, at));
      header["pricing_date"] = today.ToString();
      header["rules_as_of"] = at;
      PricingTerms terms{&*account,
                         IntOf(header, "price_list_id").value_or(0),
                         TextOf(header, "currency"),
                         today,
                         TextOf(header, "channel"),
                         now};
      SD_ASSIGN(auto priced, PriceQuote(*uow, *snapshot, terms, InputsOf(lines)));
      SD_ASSIGN(lines, ReplaceLines(*uow, id, lines, priced.lines, at));
      changes = {{"status", std::string("draft")},
                 {"revision", revision + 1},
                 {"pricing_date", header["pricing_date"]},
                 {"rules_as_of", at},
                 {"sent_at", std::monostate{}},
                 {"decided_at", std::monostate{}}};
      SetTotals(changes, priced);
      break;
    }
  }
  SD_ASSIGN(Record updated, ChangeQuote(*uow, caller, quote, changes, at));
  if (action == QuoteAction::kAccept) {
    AcceptanceContext accepted{*uow, caller, updated, at};
    SD_TRY(RunAcceptanceSteps(accepted));
  }
  SD_ASSIGN(auto doc, BuildDocument(*uow, caller, std::move(updated), std::move(lines), *snapshot));
  SD_TRY(uow->Commit());
  return doc;
}

core::Result<int> QuoteService::ExpireOverdue() {
  SD_ASSIGN(auto uow, store_.Write());
  const core::Timestamp now = clock_.Now();
  SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, now.micros_since_epoch()));
  SD_ASSIGN(auto overdue, ReadAll(*uow, Spec("quotes"),
                                  {Filter{"status", FilterOp::kEq, {std::string("sent")}},
                                   Filter{"valid_until", FilterOp::kLt, {today.ToString()}}}));
  const Caller system = Caller::System();
  for (const auto& quote : overdue) {
    SD_TRY(ChangeQuote(*uow, system, quote, {{"status", std::string("expired")}},
                       now.micros_since_epoch()));
    if (auto owner = IntOf(quote, "owner_id")) {
      SD_TRY(Notify(*uow, *owner, Label(quote) + " expired without an answer",
                    QuoteLink(RecordId(quote)), now.micros_since_epoch()));
    }
  }
  SD_TRY(uow->Commit());
  return static_cast<int>(overdue.size());
}

}  // namespace salesdesk::app::sales
