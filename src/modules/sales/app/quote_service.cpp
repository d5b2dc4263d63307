// Pricing, creating and replacing quotes. The workflow (submit, approve, send, ...) is in
// quote_workflow.cpp.
#include "modules/sales/app/quote_service.h"

#include <boost/json.hpp>

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "app/records/record_json.h"
#include "modules/sales/app/pricing_json.h"
#include "modules/sales/app/quote_authority.h"
#include "modules/sales/app/quote_header_checks.h"
#include "modules/sales/app/quote_price_lock.h"
#include "modules/sales/app/quote_pricing.h"
#include "modules/sales/app/quote_records.h"
#include "modules/sales/core/quotes/reapproval.h"

namespace salesdesk::app::sales {
namespace {

using core::Error;
using core::ErrorCode;

constexpr int kDefaultValidityDays = 30;

// The account the quote is for, if the caller may see it.
core::Result<Record> VisibleAccount(UnitOfWork& uow, const Caller& caller, std::int64_t id) {
  auto account = LoadVisible(uow, caller, Spec("accounts"), id);
  if (!account.ok() && account.error().code == ErrorCode::kNotFound) {
    return Error::Invalid("account_id",
                          core::Msg("quote.no_account", {{"id", std::to_string(id)}}));
  }
  return account;
}

// The list an account is priced with when none is named: the active one in the account's
// currency, then any active list; the lowest id among equals.
std::int64_t DefaultListOf(const PricingSnapshot& snapshot, const Record& account) {
  std::int64_t list_id = 0, fallback = 0;
  for (const auto& [id, l] : snapshot.price_lists) {
    if (!BoolOf(l, "active", true)) continue;
    if (fallback == 0 || id < fallback) fallback = id;
    if (TextOf(l, "currency") == TextOf(account, "currency") && (list_id == 0 || id < list_id))
      list_id = id;
  }
  return list_id == 0 ? fallback : list_id;
}

// Fills defaults from the account, contact and price list, and checks they fit together.
core::Result<void> CompleteHeader(UnitOfWork& uow, const Caller& caller,
                                  const PricingSnapshot& snapshot, const Record& account,
                                  Record& header, core::Date today) {
  auto list_id = IntOf(header, "price_list_id").value_or(0);
  auto list = snapshot.price_lists.find(list_id);
  if (list == snapshot.price_lists.end()) {
    return Error::Invalid("price_list_id",
                          core::Msg("quote.no_price_list", {{"id", std::to_string(list_id)}}));
  }
  if (!BoolOf(list->second, "active", true)) {
    return Error::Invalid("price_list_id", core::Msg("quote.price_list_inactive",
                                                     {{"name", TextOf(list->second, "name")}}));
  }
  const std::string list_currency = TextOf(list->second, "currency");
  if (TextOf(header, "currency").empty()) header["currency"] = list_currency;
  if (TextOf(header, "currency") != list_currency) {
    return Error::Invalid("currency", core::Msg("quote.price_list_currency",
                                                {{"name", TextOf(list->second, "name")},
                                                 {"list_currency", list_currency},
                                                 {"currency", TextOf(header, "currency")}}));
  }
  if (auto contact_id = IntOf(header, "contact_id")) {
    auto contact = LoadVisible(uow, caller, Spec("contacts"), *contact_id);
    if (!contact.ok() || IntOf(*contact, "account_id") != RecordId(account)) {
      return Error::Invalid("contact_id", core::Msg("quote.contact_not_of_account",
                                                    {{"id", std::to_string(*contact_id)}}));
    }
    if (!header.count("language")) {
      const std::string lang = TextOf(*contact, "language");
      if (lang == "en" || lang == "de" || lang == "es" || lang == "zh") header["language"] = lang;
    }
  }
  if (!IntOf(header, "payment_terms_days")) {
    header["payment_terms_days"] = IntOf(account, "payment_terms_days").value_or(30);
  }
  if (TextOf(header, "pricing_date").empty()) header["pricing_date"] = today.ToString();
  if (TextOf(header, "valid_until").empty()) {
    SD_ASSIGN(auto until, today.AddDays(kDefaultValidityDays));
    header["valid_until"] = until.ToString();
  }
  return core::Ok();
}

// A quote may be given to someone else only within one's team, as accounts are; reps keep
// their quotes.
core::Result<void> CheckOwner(UnitOfWork& uow, const Caller& caller, std::int64_t owner_id) {
  if (owner_id == caller.user_id) return core::Ok();
  SD_ASSIGN(auto visibility, VisibilityFor(uow, caller, Spec("quotes")));
  if (caller.role == Role::kRep || !OwnerVisible(visibility, owner_id)) {
    return Error::Invalid("owner_id", core::Msg("quote.owner_outside_team"));
  }
  SD_ASSIGN(auto user, uow.FindUserById(owner_id));
  if (!user || !user->active) {
    return Error::Invalid("owner_id",
                          core::Msg("owner.inactive", {{"id", std::to_string(owner_id)}}));
  }
  return core::Ok();
}

core::Result<PricingTerms> TermsOf(const Record& header, const Record& account) {
  PricingTerms terms{&account,
                     IntOf(header, "price_list_id").value_or(0),
                     TextOf(header, "currency"),
                     {},
                     TextOf(header, "channel"),
                     {}};
  auto date = core::ParseDate(TextOf(header, "pricing_date"));
  if (!date.ok()) return Error::Invalid("pricing_date", date.error());
  terms.date = *date;
  SD_ASSIGN(terms.rules_as_of,
            core::Timestamp::FromMicros(IntOf(header, "rules_as_of").value_or(0)));
  return terms;
}

// Each re-priced line's old and new price, so the person sees what re-pricing changed.
boost::json::array RepricedLines(const std::vector<Record>& before,
                                 const std::vector<Record>& after, const RepriceRequest& request) {
  boost::json::array out;
  for (const auto& line : after) {
    const std::string key = TextOf(line, "line_key");
    if (!request.Wants(key)) continue;
    for (const auto& old : before) {
      if (TextOf(old, "line_key") != key) continue;
      const EntitySpec& spec = Spec("quote-lines");
      const auto was = RecordToJson(spec, old, false);
      const auto now = RecordToJson(spec, line, false);
      boost::json::object change{{"line_key", key}, {"position", now.at("position")}};
      for (const char* f : {"unit_price", "net"}) {
        change[std::string("old_") + f] = was.at(f);
        change[std::string("new_") + f] = now.at(f);
      }
      out.push_back(std::move(change));
    }
  }
  return out;
}

}  // namespace

core::Result<boost::json::object> QuoteService::Simulate(const Caller& caller,
                                                         const SimulateInput& input) {
  SD_TRY(CheckMayWrite(caller, Spec("quotes")));
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(auto snapshot, pricing_.Current(*uow));
  SD_ASSIGN(Record account, VisibleAccount(*uow, caller, input.account_id));
  const std::int64_t list_id = input.price_list_id.value_or(DefaultListOf(*snapshot, account));
  // Priced exactly as a quote line: the header checked and completed as a quote's (an inactive
  // list or one in another currency is refused) and an unpriced line refused.
  SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, clock_.Now().micros_since_epoch()));
  const core::Date date = input.date.value_or(today);
  Record header{{"account_id", input.account_id},
                {"price_list_id", list_id},
                {"channel", input.channel.empty() ? std::string("direct") : input.channel},
                {"pricing_date", date.ToString()},
                {"rules_as_of", clock_.Now().micros_since_epoch()}};
  QuoteLineInput line{"L1", input.product_id, input.quantity, input.unit, {}, {}, {}, {}};
  auto result = [&]() -> core::Result<core::pricing::PricingResult> {
    SD_TRY(CompleteHeader(*uow, caller, *snapshot, account, header, today));
    SD_ASSIGN(auto terms, TermsOf(header, account));
    SD_ASSIGN(auto priced, PriceLines(*uow, *snapshot, terms, {line}));
    SD_TRY(CheckPriced(*snapshot, line, priced.lines.at(0), 0));
    return priced;
  }();
  if (!result.ok()) {
    Error e = std::move(result).error();
    if (e.field.rfind("lines[0].", 0) == 0) e.field = e.field.substr(9);
    if (e.field == "pricing_date") e.field = "date";
    return e;
  }
  return boost::json::object{
      {"price_list_id", list_id},
      {"price_list_name", TextOf(snapshot->price_lists.at(list_id), "name")},
      {"currency", TextOf(header, "currency")},
      {"date", date.ToString()},
      {"line", ExplanationJson(result->lines.at(0), *snapshot, SeesCost(caller))}};
}

core::Result<AccountPricing> QuoteService::PriceForAccount(
    UnitOfWork& uow, const Caller& caller, std::int64_t account_id,
    std::optional<std::int64_t> price_list_id, const std::vector<QuoteLineInput>& lines) {
  SD_ASSIGN(auto snapshot, pricing_.Current(uow));
  SD_ASSIGN(Record account, VisibleAccount(uow, caller, account_id));
  const std::int64_t list_id = price_list_id.value_or(DefaultListOf(*snapshot, account));
  const std::int64_t now = clock_.Now().micros_since_epoch();
  SD_ASSIGN(const core::Date today, app::CompanyToday(uow, now));
  Record header{{"account_id", account_id},
                {"price_list_id", list_id},
                {"channel", std::string("direct")},
                {"pricing_date", today.ToString()},
                {"rules_as_of", now}};
  SD_TRY(CompleteHeader(uow, caller, *snapshot, account, header, today));
  SD_ASSIGN(auto terms, TermsOf(header, account));
  SD_ASSIGN(PricedQuote priced, PriceQuote(uow, *snapshot, terms, lines));
  std::string currency = TextOf(header, "currency");
  return AccountPricing{list_id,           std::move(currency), today,
                        std::move(priced), std::move(account),  std::move(header)};
}

core::Result<QuoteDocument> QuoteService::Document(const Caller& caller, std::int64_t id) {
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(Record quote, LoadVisible(*uow, caller, Spec("quotes"), id));
  SD_ASSIGN(auto lines, LinesOf(*uow, id));
  SD_ASSIGN(auto snapshot, pricing_.Current(*uow));
  return BuildDocument(*uow, caller, std::move(quote), std::move(lines), *snapshot);
}

// A new quote as it would be stored: header completed from the account, contact and list,
// owner checked, lines priced. Runs in the given (read) transaction.
core::Result<QuoteService::Drafted> QuoteService::Draft(UnitOfWork& reader, const Caller& caller,
                                                        QuoteInput input, core::Timestamp now) {
  Record header = std::move(input.header);
  SD_ASSIGN(auto snapshot, pricing_.Current(reader));
  SD_ASSIGN(Record account,
            VisibleAccount(reader, caller, IntOf(header, "account_id").value_or(0)));
  SD_ASSIGN(const core::Date today, app::CompanyToday(reader, now.micros_since_epoch()));
  SD_TRY(CompleteHeader(reader, caller, *snapshot, account, header, today));
  if (!header.count("language")) header["language"] = std::string("en");
  if (!header.count("channel")) header["channel"] = std::string("direct");
  header["rules_as_of"] = now.micros_since_epoch();
  header["status"] = std::string("draft");
  header["revision"] = std::int64_t{1};
  if (!IntOf(header, "owner_id")) header["owner_id"] = caller.user_id;
  SD_TRY(CheckOwner(reader, caller, IntOf(header, "owner_id").value_or(0)));
  const Record none;
  HeaderCheckContext checks{reader, caller, none, header};
  SD_TRY(RunHeaderChecks(checks));
  SD_ASSIGN(auto terms, TermsOf(header, account));
  SD_ASSIGN(auto priced, PriceQuote(reader, *snapshot, terms, input.lines));
  SetTotals(header, priced);
  return Drafted{std::move(header), std::move(priced.lines), std::move(snapshot)};
}

core::Result<QuoteDocument> QuoteService::Preview(const Caller& caller, QuoteInput input) {
  SD_TRY(CheckMayWrite(caller, Spec("quotes")));
  SD_ASSIGN(auto reader, store_.Read());
  SD_ASSIGN(auto draft, Draft(*reader, caller, std::move(input), clock_.Now()));
  for (std::size_t i = 0; i < draft.lines.size(); ++i) {
    draft.lines[i]["position"] = static_cast<std::int64_t>(i + 1);
  }
  SD_ASSIGN(auto doc, BuildDocument(*reader, caller, std::move(draft.header),
                                    std::move(draft.lines), *draft.snapshot));
  doc.allowed_actions = {"save"};  // nothing is stored: the only next step is saving it
  return doc;
}

core::Result<CreateResult<QuoteDocument>> QuoteService::Create(
    const Caller& caller, QuoteInput input, const IdempotencyRequest* idempotency,
    const Renderer<QuoteDocument>& render) {
  SD_TRY(CheckMayWrite(caller, Spec("quotes")));
  const core::Timestamp now = clock_.Now();
  std::optional<Drafted> draft;
  {
    // Priced in a read transaction: writers queue only for the inserts, not for the pricing.
    // A replayed key answers as the first time did, whatever pricing would say now.
    SD_ASSIGN(auto reader, store_.Read());
    SD_ASSIGN(auto seen, FindReplay(*reader, caller, idempotency));
    if (seen) return CreateResult<QuoteDocument>{std::nullopt, std::move(seen)};
    SD_ASSIGN(draft, Draft(*reader, caller, std::move(input), now));
  }
  Record& header = draft->header;
  SD_ASSIGN(auto uow, store_.Write());
  // Again in the writing transaction: a twin request may have committed meanwhile.
  SD_ASSIGN(auto seen, FindReplay(*uow, caller, idempotency));
  if (seen) return CreateResult<QuoteDocument>{std::nullopt, std::move(seen)};
  SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, now.micros_since_epoch()));
  SD_ASSIGN(std::string number, NextDocumentNumber(*uow, "Q", today));
  header["number"] = number;
  const std::int64_t at = now.micros_since_epoch();
  // The foreign keys still hold the references (account, list, owner) if they vanished since.
  SD_ASSIGN(Record quote, uow->Insert(Spec("quotes"), header, at));
  SD_ASSIGN(auto lines, ReplaceLines(*uow, RecordId(quote), {}, std::move(draft->lines), at));
  SD_TRY(AuditChange(*uow, caller, at, Spec("quotes"), "create", nullptr, &quote));
  SD_ASSIGN(auto doc,
            BuildDocument(*uow, caller, std::move(quote), std::move(lines), *draft->snapshot));
  if (render) SD_TRY(SaveReplay(*uow, caller, idempotency, render(doc), at));
  SD_TRY(uow->Commit());
  return CreateResult<QuoteDocument>{std::move(doc), std::nullopt};
}

core::Result<QuoteDocument> QuoteService::Replace(const Caller& caller, std::int64_t id,
                                                  std::int64_t expected_version, QuoteInput input) {
  return Save(caller, id, expected_version, std::move(input), std::nullopt);
}

core::Result<QuoteDocument> QuoteService::Reprice(const Caller& caller, std::int64_t id,
                                                  std::int64_t expected_version,
                                                  RepriceRequest request) {
  return Save(caller, id, expected_version, QuoteInput{}, std::move(request));
}

core::Result<QuoteDocument> QuoteService::Save(const Caller& caller, std::int64_t id,
                                               std::int64_t expected_version, QuoteInput input,
                                               std::optional<RepriceRequest> reprice) {
  SD_TRY(CheckMayWrite(caller, Spec("quotes")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record current, LoadVisible(*uow, caller, Spec("quotes"), id));
  SD_TRY(CheckQuoteVersion(current, expected_version));
  const std::string status = TextOf(current, "status");
  if (status != "draft" && status != "pending_approval" && status != "approved") {
    return Error::Make(ErrorCode::kConflict, core::Msg("quote.not_editable", {{"status", status}}));
  }
  SD_ASSIGN(auto snapshot, pricing_.Current(*uow));
  const core::Timestamp now = clock_.Now();
  Record header = Merged(current, input.header);
  SD_ASSIGN(Record account, VisibleAccount(*uow, caller, IntOf(header, "account_id").value_or(0)));
  if (input.header.count("price_list_id") && !input.header.count("currency") &&
      IntOf(input.header, "price_list_id") != IntOf(current, "price_list_id")) {
    header.erase("currency");  // follows the new list unless given
  }
  SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, now.micros_since_epoch()));
  SD_TRY(CompleteHeader(*uow, caller, *snapshot, account, header, today));
  if (IntOf(input.header, "owner_id") &&
      IntOf(input.header, "owner_id") != IntOf(current, "owner_id")) {
    SD_TRY(CheckOwner(*uow, caller, IntOf(input.header, "owner_id").value_or(0)));
  }
  HeaderCheckContext checks{*uow, caller, current, header};
  SD_TRY(RunHeaderChecks(checks));
  // The price lock (decision 0017): saved lines keep their prices; changed ones are priced
  // with the conditions of the quote's instant; only a re-price asked for takes today's.
  SD_ASSIGN(auto old_lines, LinesOf(*uow, id));
  const std::int64_t at = now.micros_since_epoch();
  if (reprice) {
    input.lines = InputsOf(old_lines);
    for (const auto& key : reprice->line_keys) {
      bool known = false;
      for (const auto& l : old_lines) known = known || TextOf(l, "line_key") == key;
      if (!known) {
        return Error::Invalid("line_keys", core::Msg("quote.no_such_line", {{"line_key", key}}));
      }
    }
    if (reprice->all) header["rules_as_of"] = at;
  }
  SD_ASSIGN(auto terms, TermsOf(header, account));
  SD_ASSIGN(auto priced, PriceForSave(*uow, pricing_, terms, old_lines, input.lines,
                                      reprice.value_or(RepriceRequest{}),
                                      PricingBasisChanged(current, header), now));
  SetTotals(header, priced);
  SD_ASSIGN(auto new_lines, ReplaceLines(*uow, id, old_lines, priced.lines, at));

  // Editing withdraws a pending request; an approved quote stays approved unless it now asks
  // for more than was approved (docs/quotes-and-approvals.md).
  std::string next = status;
  if (status == "pending_approval") {
    SD_ASSIGN(auto pending, LatestApproval(*uow, id));
    if (pending && TextOf(*pending, "status") == "pending") {
      Record changes{{"status", std::string("withdrawn")}, {"decided_at", at}};
      SD_ASSIGN(Record withdrawn, uow->Update(Spec("approval-requests"), RecordId(*pending),
                                              changes, RecordVersion(*pending), at));
      SD_TRY(AuditChange(*uow, caller, at, Spec("approval-requests"), "update", &*pending,
                         &withdrawn));
    }
    next = "draft";
  } else if (status == "approved") {
    Record probe = header;
    SD_ASSIGN(auto check, CheckQuote(*uow, probe, new_lines, *snapshot));
    SD_ASSIGN(auto approved, ApprovedDeviations(*uow, id, IntOf(current, "revision").value_or(1)));
    if (!core::quotes::DeviationsNeedingReapproval(approved, check.deviations).empty()) {
      next = "draft";
    }
  }
  Record changes;
  for (const auto& [k, v] : header) {
    if (k == "id" || k == "version" || k == "created_at" || k == "updated_at") continue;
    if (auto it = current.find(k); it == current.end() || it->second != v) changes[k] = v;
  }
  changes["status"] = next;
  SD_ASSIGN(Record updated, uow->Update(Spec("quotes"), id, changes, expected_version, at));
  SD_TRY(AuditChange(*uow, caller, at, Spec("quotes"), "update", &current, &updated));
  SD_ASSIGN(auto doc, BuildDocument(*uow, caller, updated, new_lines, *snapshot));
  if (reprice) doc.repriced = RepricedLines(old_lines, new_lines, *reprice);
  SD_TRY(uow->Commit());
  return doc;
}

}  // namespace salesdesk::app::sales
