#include "modules/sales/app/quote_records.h"

#include <boost/json.hpp>

#include "app/access/access_policy.h"
#include "app/records/record_fields.h"
#include "app/records/record_json.h"
#include "modules/sales/app/pricing_json.h"
#include "modules/sales/app/quote_authority.h"
#include "modules/sales/app/quote_pricing.h"

namespace salesdesk::app::sales {
namespace {

using core::Error;
using core::ErrorCode;

bool IsWriter(const Caller& caller, const EntitySpec& e) { return CheckMayWrite(caller, e).ok(); }

}  // namespace

const EntitySpec& Spec(std::string_view plural) { return *FindEntity(plural); }

std::string QuoteLink(std::int64_t id) { return "/quotes/" + std::to_string(id); }

core::Result<Record> LoadVisible(UnitOfWork& uow, const Caller& caller, const EntitySpec& e,
                                 std::int64_t id) {
  SD_ASSIGN(auto visibility, VisibilityFor(uow, caller, e));
  SD_ASSIGN(auto record, uow.Get(e, id, visibility));
  if (!record) {
    return Error::Make(ErrorCode::kNotFound,
                       core::Msg("record.not_found", {{"entity", std::string(e.singular)},
                                                      {"id", std::to_string(id)}}));
  }
  return std::move(*record);
}

core::Result<void> CheckQuoteVersion(const Record& quote, std::optional<std::int64_t> expected) {
  if (!expected || RecordVersion(quote) == *expected) return core::Ok();
  return Error::Make(ErrorCode::kPreconditionFailed,
                     core::Msg("quote.stale", {{"number", TextOf(quote, "number")},
                                               {"version", std::to_string(RecordVersion(quote))}}));
}

core::Result<std::vector<Record>> LinesOf(UnitOfWork& uow, std::int64_t quote_id) {
  ListQuery q;
  q.filters = {Filter{"quote_id", FilterOp::kEq, {quote_id}}};
  q.sort_field = "position";
  q.limit = INT64_MAX / 2;
  q.with_total = false;
  SD_ASSIGN(Page page, uow.List(Spec("quote-lines"), q, Visibility::All()));
  return std::move(page.items);
}

core::Result<std::optional<Record>> LatestApproval(UnitOfWork& uow, std::int64_t quote_id) {
  ListQuery q;
  q.filters = {Filter{"quote_id", FilterOp::kEq, {quote_id}}};
  q.sort_descending = true;
  q.limit = 1;
  q.with_total = false;
  SD_ASSIGN(Page page, uow.List(Spec("approval-requests"), q, Visibility::All()));
  if (page.items.empty()) return std::optional<Record>{};
  return std::optional<Record>{std::move(page.items.front())};
}

core::Result<std::vector<core::quotes::Deviation>> ApprovedDeviations(UnitOfWork& uow,
                                                                      std::int64_t quote_id,
                                                                      std::int64_t revision) {
  SD_ASSIGN(auto requests, ReadAll(uow, Spec("approval-requests"),
                                   {Filter{"quote_id", FilterOp::kEq, {quote_id}},
                                    Filter{"revision", FilterOp::kEq, {revision}},
                                    Filter{"status", FilterOp::kEq, {std::string("approved")}}}));
  std::vector<core::quotes::Deviation> out;
  for (const auto& r : requests) {
    auto d = DeviationsFromJson(TextOf(r, "deviation_details"));
    out.insert(out.end(), d.begin(), d.end());
  }
  return out;
}

core::Result<void> Notify(UnitOfWork& uow, std::int64_t user_id, std::string text, std::string link,
                          std::int64_t now) {
  SD_TRY(uow.Insert(Spec("notifications"),
                    Record{{"text", std::move(text)},
                           {"link", std::move(link)},
                           {"read", false},
                           {"owner_id", user_id}},
                    now));
  return core::Ok();
}

core::Result<std::string> NextDocumentNumber(UnitOfWork& uow, const std::string& prefix,
                                             core::Date today) {
  const std::string year = std::to_string(today.Civil().year);
  SD_ASSIGN(std::int64_t n, uow.NextNumber(prefix + "-" + year));
  std::string digits = std::to_string(n);
  if (digits.size() < 5) digits.insert(0, 5 - digits.size(), '0');
  return prefix + "-" + year + "-" + digits;
}

core::Result<QuoteDocument> BuildDocument(UnitOfWork& uow, const Caller& caller, Record quote,
                                          std::vector<Record> lines,
                                          const PricingSnapshot& snapshot) {
  QuoteDocument doc;
  SD_ASSIGN(auto check, CheckQuote(uow, quote, lines, snapshot));
  doc.deviations = DeviationsJson(check.deviations, SeesCost(caller));
  SD_ASSIGN(doc.approval, LatestApproval(uow, RecordId(quote)));
  const std::string status = TextOf(quote, "status");
  auto& acts = doc.allowed_actions;
  if (IsWriter(caller, Spec("quotes"))) {
    if (status == "draft" || status == "pending_approval" || status == "approved") {
      acts.push_back("edit");
      acts.push_back("reprice");
    }
    if (status == "draft") acts.push_back("submit");
    if (status == "approved") acts.push_back("send");
    if (status == "sent") {
      acts.push_back("accept");
      acts.push_back("reject");
    }
    if (status == "sent" || status == "rejected" || status == "expired") acts.push_back("revise");
    if (status == "accepted") {
      SD_ASSIGN(auto orders, ReadAll(uow, Spec("sales-orders"),
                                     {Filter{"quote_id", FilterOp::kEq, {RecordId(quote)}}}));
      if (orders.empty()) acts.push_back("convert");
      acts.push_back("contract");
    }
  }
  if (doc.approval && TextOf(*doc.approval, "status") == "pending" &&
      IntOf(*doc.approval, "requester_id") != caller.user_id &&
      (IntOf(*doc.approval, "approver_id") == caller.user_id || caller.role == Role::kDirector)) {
    acts.push_back("approve");
    acts.push_back("reject_approval");
  }
  acts.push_back("pdf");
  const bool cost = SeesCost(caller);
  if (cost) acts.push_back("pdf_internal");
  doc.explanations.reserve(lines.size());
  for (const auto& l : lines) {
    std::string text = cost ? TextOf(l, "cost_explanation") : std::string();
    if (text.empty()) text = TextOf(l, "explanation");
    boost::system::error_code ec;
    boost::json::value stored = boost::json::parse(text, ec);
    doc.explanations.push_back(ec || !stored.is_object()
                                   ? boost::json::object{}
                                   : ExpandExplanation(std::move(stored).as_object(), snapshot));
  }
  doc.quote = std::move(quote);
  doc.lines = std::move(lines);
  return doc;
}

core::Result<std::vector<Record>> ReplaceLines(UnitOfWork& uow, std::int64_t quote_id,
                                               const std::vector<Record>& old_lines,
                                               std::vector<Record> new_lines, std::int64_t now) {
  const EntitySpec& spec = Spec("quote-lines");
  for (const auto& l : old_lines) SD_TRY(uow.Delete(spec, RecordId(l), RecordVersion(l)));
  for (auto& l : new_lines) l["quote_id"] = quote_id;
  return uow.InsertMany(spec, new_lines, now);
}

void SetTotals(Record& quote, const PricedQuote& priced) {
  const std::string c = priced.totals.untaxed.currency.code();
  quote["untaxed"] = MoneyValue{priced.totals.untaxed.minor, c};
  quote["tax"] = MoneyValue{priced.totals.tax.minor, c};
  quote["total"] = MoneyValue{priced.totals.total.minor, c};
  quote["margin"] = priced.margin ? FieldValue{MoneyValue{priced.margin->minor, c}}
                                  : FieldValue{std::monostate{}};
}

std::vector<QuoteLineInput> InputsOf(const std::vector<Record>& lines) {
  std::vector<QuoteLineInput> out;
  for (const auto& l : lines) {
    QuoteLineInput in{TextOf(l, "line_key"),
                      IntOf(l, "product_id").value_or(0),
                      core::Quantity::FromUnits(IntOf(l, "quantity").value_or(0)),
                      TextOf(l, "unit"),
                      std::nullopt,
                      std::nullopt,
                      std::nullopt,
                      TextOf(l, "description")};
    // A typed rate stays; a default one is worked out again (the customer may have changed).
    if (TextOf(l, "tax_rate_source") == "manual")
      in.tax_rate = core::Percent::FromUnits(IntOf(l, "tax_rate_pct").value_or(0));
    if (auto p = IntOf(l, "manual_unit_price"))
      in.manual_unit_price = core::UnitPrice::FromUnits(*p);
    if (auto d = IntOf(l, "manual_discount_pct")) in.manual_discount = core::Percent::FromUnits(*d);
    out.push_back(std::move(in));
  }
  return out;
}

}  // namespace salesdesk::app::sales
