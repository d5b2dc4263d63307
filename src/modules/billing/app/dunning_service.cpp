#include "modules/billing/app/dunning_service.h"

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/claim_status.h"
#include "modules/billing/app/dunning_inputs.h"
#include "modules/billing/app/dunning_levels.h"
#include "modules/billing/app/payment_promises.h"
#include "modules/billing/core/dunning.h"
#include "modules/billing/core/fx.h"
#include "modules/billing/core/interest.h"
#include "modules/billing/core/letter_claims.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::billing {
namespace {

using app::MoneyValue;
using app::Record;
using core::Error;
using core::Msg;
namespace cb = core::billing;

// The run lines of a proposal at `as_of`: one per overdue line of each letter.
core::Result<std::vector<Record>> ProposeLines(app::UnitOfWork& uow, core::Date as_of,
                                               const std::vector<StoredLevel>& levels,
                                               std::size_t& letters) {
  SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(uow));
  SD_ASSIGN(core::Currency base, core::ParseCurrency(rates.base_currency));
  SD_ASSIGN(std::vector<DunnedInstalment> overdue, OverdueAt(uow, as_of));
  // An open promise to pay holds dunning off its invoice (or its account) until its date.
  SD_ASSIGN(PromisedCover promised, OpenPromisesAt(uow, as_of));
  std::erase_if(overdue, [&](const DunnedInstalment& d) {
    return promised.invoices.count(d.invoice_id) || promised.accounts.count(d.account_id);
  });
  std::vector<cb::DunningLevel> rules;
  for (const auto& l : levels) rules.push_back(l.rule);
  std::vector<cb::DunnableLine> lines;
  for (const auto& d : overdue) {
    SD_ASSIGN(core::Currency currency, core::ParseCurrency(d.currency));
    SD_ASSIGN(std::int64_t open_base,
              cb::InvoiceBase(core::Money{d.open, currency}, d.invoice_rate, base));
    lines.push_back({.customer = d.account_id,
                     .due = d.due,
                     .outstanding = d.open,
                     .outstanding_base = open_base,
                     .level = d.level,
                     .level_date = d.level_date});
  }
  SD_ASSIGN(auto proposals, cb::ProposeDunning(as_of, rules, lines));
  letters = proposals.size();
  std::vector<Record> out;
  for (const auto& letter : proposals) {
    bool fee_placed = false;
    for (const cb::LetterLine& ll : letter.lines) {
      const DunnedInstalment& d = overdue[ll.line];
      // E-R9 at the rate of the line's level (none before level 1).
      std::int64_t interest = 0;
      if (ll.level_after >= 1) {
        const cb::InterestTerms terms{
            .annual_rate = levels[static_cast<std::size_t>(ll.level_after - 1)].rule.annual_rate};
        SD_ASSIGN(interest, cb::AccruedInterest(d.principal, d.due, d.reductions, terms, as_of));
      }
      Record line{{"account_id", d.account_id},
                  {"invoice_id", d.invoice_id},
                  {"instalment_id", d.instalment_id},
                  {"due_on", d.due.ToString()},
                  {"days_past_due", core::DaysBetween(d.due, as_of)},
                  {"outstanding", MoneyValue{d.open, d.currency}},
                  {"level_before", static_cast<std::int64_t>(ll.level_before)},
                  {"level_after", static_cast<std::int64_t>(ll.level_after)},
                  {"interest", MoneyValue{interest, d.currency}},
                  {"owner_id", d.owner_id}};
      // The fee is once per letter (E-R8): on its first line at the letter's level.
      if (!fee_placed && ll.level_after == letter.level) {
        line["fee"] = MoneyValue{letter.fee, base.code()};
        fee_placed = true;
      }
      out.push_back(std::move(line));
    }
  }
  return out;
}

}  // namespace

core::Result<app::CreateResult<Record>> DunningService::Propose(
    const app::Caller& caller, core::Date as_of, bool keep_empty,
    const app::IdempotencyRequest* idempotency, const app::Renderer<Record>& render) {
  SD_TRY(app::CheckMayWrite(caller, Spec("dunning-runs")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<Record>{std::nullopt, std::move(seen)};
  SD_ASSIGN(auto levels, LoadLevels(*uow));
  if (levels.empty()) return Error::Invalid("as_of", Msg("billing.dunning_no_levels"));
  std::size_t letters = 0;
  SD_ASSIGN(auto lines, ProposeLines(*uow, as_of, levels, letters));
  if (lines.empty() && !keep_empty) return app::CreateResult<Record>{};
  const std::int64_t at = clock_.Now().micros_since_epoch();
  Record run{{"as_of", as_of.ToString()},
             {"status", std::string("proposed")},
             {"letters", static_cast<std::int64_t>(letters)},
             {"line_count", static_cast<std::int64_t>(lines.size())}};
  SD_ASSIGN(Record inserted, uow->Insert(Spec("dunning-runs"), run, at));
  for (auto& l : lines) l["run_id"] = app::RecordId(inserted);
  if (!lines.empty()) SD_TRY(uow->InsertMany(Spec("dunning-run-lines"), lines, at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("dunning-runs"), "create", nullptr, &inserted));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(inserted), at));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(inserted), std::nullopt};
}

core::Result<Record> DunningService::Waive(const app::Caller& caller, std::int64_t claim_id,
                                           const WaiverRequest& waiver) {
  SD_TRY(app::CheckMayWrite(caller, Spec("dunning-claims")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record claim, app::sales::LoadVisible(*uow, caller, Spec("dunning-claims"), claim_id));
  auto minor = [&](const char* f) { return app::MoneyOf(claim, f).value_or(MoneyValue{}).minor; };
  // What is open is claimed less waived less paid (E-R10, E-R11): one waiver path for both.
  const cb::LetterClaims open = OpenOfClaim(claim, 0);
  cb::LetterClaims after = open;
  auto waive = [&](cb::Claim kind, std::int64_t whole) -> core::Result<void> {
    std::int64_t amount = whole;
    if (waiver.amount) {
      const char* of = kind == cb::Claim::kFees ? "fee" : "interest";
      SD_ASSIGN(core::Currency currency,
                core::ParseCurrency(app::MoneyOf(claim, of).value_or(MoneyValue{}).currency));
      auto parsed = core::ParseMoney(*waiver.amount, currency);
      if (!parsed.ok()) return Error::Invalid("amount", parsed.error());
      amount = parsed->minor;
    }
    SD_ASSIGN(after, cb::ApplyWaiver(after, {kind, amount, waiver.reason}));
    return core::Ok();
  };
  if (!waiver.claim) {
    if (open.fees == 0 && open.interest == 0) {
      return Error::Invalid("claim", Msg("billing.claim_settled"));
    }
    if (open.fees > 0) SD_TRY(waive(cb::Claim::kFees, open.fees));
    if (open.interest > 0) SD_TRY(waive(cb::Claim::kInterest, open.interest));
  } else {
    const cb::Claim kind = *waiver.claim == "fees"       ? cb::Claim::kFees
                           : *waiver.claim == "interest" ? cb::Claim::kInterest
                                                         : cb::Claim::kPrincipal;
    SD_TRY(waive(kind, kind == cb::Claim::kFees ? open.fees : open.interest));
  }
  const std::string fee_currency = app::MoneyOf(claim, "fee").value_or(MoneyValue{}).currency;
  const std::string interest_currency =
      app::MoneyOf(claim, "interest").value_or(MoneyValue{}).currency;
  Record changes{
      {"fee_waived", MoneyValue{minor("fee_waived") + open.fees - after.fees, fee_currency}},
      {"interest_waived",
       MoneyValue{minor("interest_waived") + open.interest - after.interest, interest_currency}},
      {"waiver_reason", waiver.reason}};
  const std::int64_t at = clock_.Now().micros_since_epoch();
  SD_ASSIGN(Record updated,
            uow->Update(Spec("dunning-claims"), claim_id, changes, app::RecordVersion(claim), at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("dunning-claims"), "update", &claim, &updated));
  // Resolved only when the invoice's principal is settled too (E-R10).
  SD_TRY(RefreshClaimStatuses(*uow, caller, *app::IntOf(claim, "invoice_id"), at));
  SD_ASSIGN(auto refreshed, uow->Get(Spec("dunning-claims"), claim_id, app::Visibility::All()));
  if (refreshed) updated = std::move(*refreshed);
  SD_TRY(uow->Commit());
  return updated;
}

core::Result<std::string> ProposeDailyDunning(app::Store& store, const core::Clock& clock) {
  DunningService dunning(store, clock);
  core::Date today;
  {
    // Once a day: a run at today already (proposed or approved) is finance's to look at.
    SD_ASSIGN(auto uow, store.Read());
    SD_ASSIGN(today, app::CompanyToday(*uow, clock.Now().micros_since_epoch()));
    SD_ASSIGN(auto runs, app::ReadAll(*uow, Spec("dunning-runs"),
                                      {{"as_of", app::FilterOp::kEq, {today.ToString()}}}, 1));
    if (!runs.empty()) return std::string();
  }
  auto made = dunning.Propose(app::Caller::System(), today, /*keep_empty=*/false);
  if (!made.ok()) {
    // No levels set up yet: nothing to propose, and nothing wrong.
    if (made.error().field == "as_of") return std::string();
    return made.error();
  }
  if (!made->created) return std::string();
  return "dunning run " + std::to_string(app::RecordId(*made->created)) + " proposed for " +
         today.ToString();
}

}  // namespace salesdesk::modules::billing
