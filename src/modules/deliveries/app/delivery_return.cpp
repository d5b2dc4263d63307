// Return notes (docs/deliveries.md, "Returns"): goods a customer sent back from a shipped
// delivery, at most what each line delivered and has not returned yet. A return is final when
// recorded (a goods receipt) and numbered RN-<year>-<n>. Before the delivery is invoiced it only
// lowers what the invoice will bill; after, it comes with a draft credit note of the returned
// lines through billing's credit-note service, each line's net its part of the invoice line's
// (PartNet), linked both ways (the return names the note; the note's reason names the return).
#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_records.h"
#include "modules/deliveries/app/delivery_records.h"
#include "modules/deliveries/app/delivery_service.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::deliveries {
namespace {

using app::FilterOp;
using app::MoneyValue;
using app::Record;
using core::Error;
using core::ErrorCode;
using core::Msg;
namespace cd = core::deliveries;

// The credit note lines for the returned quantities of an invoiced delivery.
core::Result<std::vector<billing::CreditLineRequest>> CreditLines(
    app::UnitOfWork& uow, const Record& invoice, const std::vector<Record>& delivery_lines,
    const ReturnRequest& in, std::map<std::int64_t, std::int64_t> credited) {
  SD_ASSIGN(core::Currency currency, core::ParseCurrency(app::TextOf(invoice, "currency")));
  SD_ASSIGN(auto invoice_lines,
            app::ReadAll(uow, Spec("invoice-lines"),
                         {{"invoice_id", FilterOp::kEq, {app::RecordId(invoice)}}}));
  std::vector<app::FieldValue> order_line_ids;
  for (const auto& d : delivery_lines)
    order_line_ids.emplace_back(*app::IntOf(d, "sales_order_line_id"));
  SD_ASSIGN(auto order_lines, app::ReadAll(uow, Spec("sales-order-lines"),
                                           {{"id", FilterOp::kIn, std::move(order_line_ids)}}));
  std::map<std::int64_t, std::int64_t> position_of;  // order line -> position
  for (const auto& l : order_lines)
    position_of[app::RecordId(l)] = app::IntOf(l, "position").value_or(0);
  std::map<std::int64_t, const Record*> invoice_line_at;  // position -> invoice line
  for (const auto& l : invoice_lines) invoice_line_at[app::IntOf(l, "position").value_or(0)] = &l;
  std::map<std::int64_t, const Record*> delivery_line;
  for (const auto& d : delivery_lines) delivery_line[app::RecordId(d)] = &d;
  std::vector<billing::CreditLineRequest> out;
  for (const auto& r : in.lines) {
    const Record& d = *delivery_line.at(r.line_id);
    auto billed = invoice_line_at.find(position_of[*app::IntOf(d, "sales_order_line_id")]);
    if (billed == invoice_line_at.end()) continue;  // returned in full before invoicing
    SD_ASSIGN(auto priced, PricedOf(*billed->second, currency));
    SD_ASSIGN(core::Money net,
              cd::PartNet(priced, core::Quantity::FromUnits(credited[r.line_id]), r.quantity));
    if (net.minor > 0) out.push_back({app::RecordId(*billed->second), net.minor});
  }
  return out;
}

}  // namespace

core::Result<app::CreateResult<Record>> DeliveryService::Return(
    const app::Caller& caller, const ReturnRequest& in, const app::IdempotencyRequest* idempotency,
    const app::Renderer<Record>& render) {
  SD_TRY(app::CheckMayWrite(caller, Spec("delivery-returns")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<Record>{std::nullopt, std::move(seen)};
  SD_ASSIGN(Record note, app::sales::LoadVisible(*uow, caller, Spec("deliveries"), in.delivery_id));
  if (app::TextOf(note, "status") != "shipped") {
    return Error::Invalid("delivery_id", Msg("deliveries.not_shipped"));
  }
  if (in.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Error::Invalid("reason", Msg("field.required", {{"field", "reason"}}));
  }
  const core::Timestamp now = clock_.Now();
  SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, now.micros_since_epoch()));
  const core::Date returned_on = in.returned_on.value_or(today);
  SD_ASSIGN(core::Date shipped_on, core::ParseDate(app::TextOf(note, "shipped_on")));
  if (returned_on < shipped_on) {
    return Error::Invalid(
        "returned_on", Msg("deliveries.return_before_shipping", {{"date", shipped_on.ToString()}}));
  }
  // Two returns of one delivery at once must not take back more than it delivered.
  SD_TRY(LockOrderDeliveries(*uow, *app::IntOf(note, "sales_order_id")));
  SD_ASSIGN(auto lines, app::ReadAll(*uow, Spec("delivery-lines"),
                                     {{"delivery_id", FilterOp::kEq, {in.delivery_id}}}));
  SD_ASSIGN(auto returned, ReturnedOf(*uow, in.delivery_id));
  std::set<std::int64_t> known;
  std::map<std::int64_t, core::Quantity> left;
  std::map<std::int64_t, std::string> unit;
  for (const auto& d : lines) {
    known.insert(app::RecordId(d));
    left.emplace(app::RecordId(d), core::Quantity::FromUnits(app::IntOf(d, "quantity").value_or(0) -
                                                             returned[app::RecordId(d)]));
    unit[app::RecordId(d)] = app::TextOf(d, "unit");
  }
  SD_TRY(CheckRequestedLines(in.lines, known, "delivery_line_id"));
  std::vector<cd::Wanted> wanted;
  for (const auto& l : in.lines) wanted.push_back({l.line_id, l.quantity});
  if (auto excess = cd::FirstExcess(wanted, left)) {
    return ExceedsLeft(*excess, unit[wanted[excess->index].line_id], true);
  }
  const std::int64_t at = now.micros_since_epoch();
  SD_ASSIGN(std::string number, billing::NextDocumentNumber(*uow, "RN", returned_on.Civil().year));
  Record ret{{"number", number},
             {"delivery_id", in.delivery_id},
             {"sales_order_id", note.at("sales_order_id")},
             {"account_id", note.at("account_id")},
             {"returned_on", returned_on.ToString()},
             {"reason", in.reason},
             {"owner_id", note.at("owner_id")}};
  if (auto invoice_id = app::IntOf(note, "invoice_id")) {
    SD_ASSIGN(auto invoice, uow->Get(Spec("invoices"), *invoice_id, app::Visibility::All()));
    if (!invoice) return Error::Make(ErrorCode::kInternal, "the delivery's invoice is gone");
    if (app::TextOf(*invoice, "status") != "posted") {
      return Error::Invalid("delivery_id", Msg("deliveries.invoice_not_posted"));
    }
    SD_ASSIGN(auto credited, ReturnedOf(*uow, in.delivery_id, true));
    SD_ASSIGN(auto credit_lines, CreditLines(*uow, *invoice, lines, in, std::move(credited)));
    if (!credit_lines.empty()) {
      SD_ASSIGN(core::Date invoiced_on, core::ParseDate(app::TextOf(*invoice, "invoice_date")));
      billing::CreditNoteRequest request{.invoice_id = *invoice_id,
                                         .credit_date = std::max(returned_on, invoiced_on),
                                         .reason = "Return " + number + ": " + in.reason,
                                         .lines = std::move(credit_lines)};
      SD_ASSIGN(Record credit, credit_notes_.DraftWithin(*uow, caller, *invoice, request, at));
      ret["credit_note_id"] = app::RecordId(credit);
    }
  }
  SD_ASSIGN(Record inserted, uow->Insert(Spec("delivery-returns"), ret, at));
  std::vector<Record> return_lines;
  for (std::size_t i = 0; i < in.lines.size(); ++i) {
    return_lines.push_back({{"return_id", app::RecordId(inserted)},
                            {"delivery_line_id", in.lines[i].line_id},
                            {"position", static_cast<std::int64_t>(i + 1)},
                            {"quantity", in.lines[i].quantity.units()}});
  }
  SD_TRY(uow->InsertMany(Spec("delivery-return-lines"), return_lines, at));
  SD_TRY(
      app::AuditChange(*uow, caller, at, Spec("delivery-returns"), "create", nullptr, &inserted));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(inserted), at));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(inserted), std::nullopt};
}

}  // namespace salesdesk::modules::deliveries
