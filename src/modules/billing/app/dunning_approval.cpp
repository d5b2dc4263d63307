// DunningService::Approve: a proposed run becomes claims, letter texts and the owners' tasks.
#include <map>
#include <set>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_customer.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/dunning_levels.h"
#include "modules/billing/app/dunning_service.h"
#include "modules/billing/core/letter_text.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::billing {
namespace {

using app::MoneyValue;
using app::Record;
using core::Error;
using core::ErrorCode;
using core::Msg;
namespace cb = core::billing;

// The run's lines of one invoice.
struct InvoiceLines {
  std::int64_t account_id = 0, owner_id = 0;
  int level = 0;
  std::string currency;
  std::int64_t outstanding = 0, interest = 0;
  std::optional<MoneyValue> fee;
  std::string first_due;
};

// Two working days after `d` (E-R12's task due date); weekends only, as billing has no
// holiday calendar of its own.
core::Date TwoWorkingDaysAfter(core::Date d) {
  int left = 2;
  while (left > 0) {
    d = d.AddDays(1).value();
    if (d.weekday() != core::Weekday::kSaturday && d.weekday() != core::Weekday::kSunday) --left;
  }
  return d;
}

// E-R12: the level's text in the customer's language, values written the language's way. The
// total adds the fee only when it is in the invoice's currency (currencies are never added).
core::Result<std::pair<std::string, std::string>> Letter(const StoredLevel& level,
                                                         const std::string& language,
                                                         const std::string& customer,
                                                         const std::string& invoice_no,
                                                         const InvoiceLines& g) {
  SD_ASSIGN(auto chosen, cb::ChooseLetterText(level.texts, language, kDefaultLetterLanguage));
  SD_ASSIGN(core::Currency doc, core::ParseCurrency(g.currency));
  SD_ASSIGN(core::Date due, core::ParseDate(g.first_due));
  const std::int64_t fee = g.fee ? g.fee->minor : 0;
  SD_ASSIGN(core::Currency fee_currency, core::ParseCurrency(g.fee ? g.fee->currency : g.currency));
  const std::int64_t total = g.outstanding + g.interest + (fee_currency == doc ? fee : 0);
  const std::string& lang = chosen.language;
  cb::LetterValues values{
      {"customer", customer},
      {"invoice_no", invoice_no},
      {"due_date", cb::FormatLetterDate(due, lang)},
      {"outstanding",
       cb::FormatLetterAmount(core::Money{g.outstanding, doc}, lang) + " " + doc.code()},
      {"interest", cb::FormatLetterAmount(core::Money{g.interest, doc}, lang) + " " + doc.code()},
      {"fee",
       cb::FormatLetterAmount(core::Money{fee, fee_currency}, lang) + " " + fee_currency.code()},
      {"total", cb::FormatLetterAmount(core::Money{total, doc}, lang) + " " + doc.code()}};
  return std::make_pair(lang, cb::RenderLetter(chosen.text, values));
}

// Interest claimed by earlier claims of each invoice: a letter claims only what is new.
core::Result<std::map<std::int64_t, std::int64_t>> ClaimedInterest(
    app::UnitOfWork& uow, const std::vector<app::FieldValue>& invoice_ids) {
  std::map<std::int64_t, std::int64_t> out;
  if (invoice_ids.empty()) return out;
  SD_ASSIGN(auto claims, app::ReadAll(uow, Spec("dunning-claims"),
                                      {{"invoice_id", app::FilterOp::kIn, invoice_ids}}));
  for (const auto& c : claims) {
    out[*app::IntOf(c, "invoice_id")] += app::MoneyOf(c, "interest").value_or(MoneyValue{}).minor;
  }
  return out;
}

}  // namespace

core::Result<Record> DunningService::Approve(const app::Caller& caller, std::int64_t run_id,
                                             std::optional<std::int64_t> expected_version) {
  SD_TRY(app::CheckMayWrite(caller, Spec("dunning-runs")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record run, app::sales::LoadVisible(*uow, caller, Spec("dunning-runs"), run_id));
  SD_TRY(CheckVersion(run, expected_version, "dunning run"));
  if (app::TextOf(run, "status") == "approved") {
    return Error::Make(ErrorCode::kConflict, Msg("billing.dunning_run_approved"));
  }
  // A run approved after this one was proposed has moved the levels this one was built on.
  SD_ASSIGN(auto approved,
            app::ReadAll(*uow, Spec("dunning-runs"),
                         {{"status", app::FilterOp::kEq, {std::string("approved")}}}));
  for (const auto& other : approved) {
    if (app::IntOf(other, "approved_at").value_or(0) > app::IntOf(run, "created_at").value_or(0)) {
      return Error::Make(
          ErrorCode::kConflict,
          Msg("billing.dunning_run_stale", {{"run", std::to_string(app::RecordId(other))}}));
    }
  }
  SD_ASSIGN(auto levels, LoadLevels(*uow));
  SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(*uow));
  const std::string base_currency = rates.base_currency;
  SD_ASSIGN(auto lines, app::ReadAll(*uow, Spec("dunning-run-lines"),
                                     {{"run_id", app::FilterOp::kEq, {run_id}}}));
  std::map<std::int64_t, InvoiceLines> by_invoice;
  std::map<std::int64_t, int> letter_level;  // account → the letter's level
  for (const auto& l : lines) {
    InvoiceLines& g = by_invoice[*app::IntOf(l, "invoice_id")];
    const auto outstanding = *app::MoneyOf(l, "outstanding");
    const int level = static_cast<int>(app::IntOf(l, "level_after").value_or(0));
    g.account_id = *app::IntOf(l, "account_id");
    g.owner_id = app::IntOf(l, "owner_id").value_or(0);
    g.level = std::max(g.level, level);
    g.currency = outstanding.currency;
    g.outstanding += outstanding.minor;
    g.interest += app::MoneyOf(l, "interest").value_or(MoneyValue{}).minor;
    if (auto fee = app::MoneyOf(l, "fee")) g.fee = *fee;
    const std::string due = app::TextOf(l, "due_on");
    if (g.first_due.empty() || due < g.first_due) g.first_due = due;
    letter_level[g.account_id] = std::max(letter_level[g.account_id], level);
  }
  // Levels deleted since the proposal: the run can no longer be approved as proposed.
  for (const auto& [account_id, level] : letter_level) {
    if (static_cast<std::size_t>(level) > levels.size()) {
      return Error::Invalid("dunning-levels", Msg("billing.dunning_levels_gap",
                                                  {{"level", std::to_string(levels.size() + 1)}}));
    }
  }
  std::vector<app::FieldValue> ids;
  for (const auto& [id, g] : by_invoice) ids.emplace_back(id);
  SD_ASSIGN(auto claimed, ClaimedInterest(*uow, ids));
  const std::int64_t at = clock_.Now().micros_since_epoch();
  SD_ASSIGN(core::Date as_of, core::ParseDate(app::TextOf(run, "as_of")));
  // One task per letter whose level asks for one, for the account's owner.
  std::map<std::int64_t, std::int64_t> task_of;
  std::map<std::int64_t, Record> accounts;
  for (const auto& [account_id, level] : letter_level) {
    SD_ASSIGN(auto account, uow->Get(Spec("accounts"), account_id, app::Visibility::All()));
    if (!account) return Error::Make(ErrorCode::kInternal, "a dunned account is gone");
    accounts[account_id] = *account;
    if (level < 1 || !levels[static_cast<std::size_t>(level - 1)].rule.creates_task) continue;
    Record task{{"title", "Dunning level " + std::to_string(level) + ": call " +
                              app::TextOf(*account, "name") + " about overdue invoices"},
                {"due_on", TwoWorkingDaysAfter(as_of).ToString()},
                {"related_entity", std::string("accounts")},
                {"related_id", account_id},
                {"owner_id", (*account)["owner_id"]}};
    SD_ASSIGN(Record inserted, uow->Insert(Spec("tasks"), task, at));
    SD_TRY(app::AuditChange(*uow, caller, at, Spec("tasks"), "create", nullptr, &inserted));
    task_of[account_id] = app::RecordId(inserted);
  }
  std::map<std::int64_t, std::string> language_of;
  for (const auto& [invoice_id, g] : by_invoice) {
    if (g.level < 1) continue;  // listed on a letter, but not dunned yet: no claim
    const StoredLevel& level = levels[static_cast<std::size_t>(g.level - 1)];
    if (!language_of.count(g.account_id)) {
      SD_ASSIGN(auto customer, CustomerOf(*uow, g.account_id));
      language_of[g.account_id] =
          customer.language.empty() ? std::string(kDefaultLetterLanguage) : customer.language;
    }
    SD_ASSIGN(auto invoice, uow->Get(Spec("invoices"), invoice_id, app::Visibility::All()));
    if (!invoice) return Error::Make(ErrorCode::kInternal, "a dunned invoice is gone");
    SD_ASSIGN(auto letter,
              Letter(level, language_of[g.account_id], app::TextOf(accounts[g.account_id], "name"),
                     app::TextOf(*invoice, "number"), g));
    Record claim{
        {"run_id", run_id},
        {"account_id", g.account_id},
        {"invoice_id", invoice_id},
        {"level", static_cast<std::int64_t>(g.level)},
        {"claimed_on", as_of.ToString()},
        {"interest",
         MoneyValue{std::max<std::int64_t>(0, g.interest - claimed[invoice_id]), g.currency}},
        {"status", std::string("open")},
        {"credit_hold", level.rule.credit_hold},
        {"language", letter.first},
        {"letter_text", letter.second},
        {"owner_id", g.owner_id}};
    const MoneyValue fee = g.fee.value_or(MoneyValue{0, base_currency});
    claim["fee"] = fee;
    claim["fee_waived"] = MoneyValue{0, fee.currency};
    claim["interest_waived"] = MoneyValue{0, g.currency};
    if (auto t = task_of.find(g.account_id); t != task_of.end()) claim["task_id"] = t->second;
    SD_ASSIGN(Record inserted, uow->Insert(Spec("dunning-claims"), claim, at));
    SD_TRY(
        app::AuditChange(*uow, caller, at, Spec("dunning-claims"), "create", nullptr, &inserted));
  }
  Record changes{{"status", std::string("approved")}, {"approved_at", at}};
  if (!caller.is_system()) changes["approved_by_id"] = caller.user_id;
  SD_ASSIGN(Record updated,
            uow->Update(Spec("dunning-runs"), run_id, changes, app::RecordVersion(run), at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("dunning-runs"), "update", &run, &updated));
  SD_TRY(uow->Commit());
  return updated;
}

}  // namespace salesdesk::modules::billing
