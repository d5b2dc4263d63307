#include "modules/sales/app/order_service.h"

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "modules/sales/app/order_confirmation.h"
#include "modules/sales/app/order_conversion.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::app::sales {
namespace {

using core::Error;
using core::ErrorCode;

}  // namespace

Record OrderLineOf(const Record& quote_line, std::int64_t order_id) {
  Record line{{"sales_order_id", order_id}};
  for (const char* k : {"position", "product_id", "description", "quantity", "unit", "unit_price",
                        "tax_rate_pct", "net"}) {
    if (auto it = quote_line.find(k); it != quote_line.end()) line[k] = it->second;
  }
  if (auto d = quote_line.find("manual_discount_pct"); d != quote_line.end()) {
    line["discount_pct"] = d->second;
  }
  return line;
}

core::Result<Record> ConfirmOrder(UnitOfWork& uow, const Caller& caller, const Record& order,
                                  std::int64_t at) {
  const std::string status = TextOf(order, "status");
  if (status != "open") {
    return Error::Make(ErrorCode::kConflict, core::Msg("order.not_open", {{"status", status}}));
  }
  Record changes = {{"status", std::string("confirmed")}, {"confirmed_at", at}};
  ConfirmationContext ctx{uow, caller, order, at};
  SD_TRY(RunConfirmationChecks(ctx, changes));
  SD_ASSIGN(Record updated,
            uow.Update(Spec("sales-orders"), RecordId(order), changes, RecordVersion(order), at));
  SD_TRY(AuditChange(uow, caller, at, Spec("sales-orders"), "update", &order, &updated));
  return updated;
}

core::Result<CreateResult<Record>> OrderService::Convert(
    const Caller& caller, std::int64_t quote_id, std::optional<std::int64_t> expected_version,
    const IdempotencyRequest* idempotency, const Renderer<Record>& render) {
  SD_TRY(CheckMayWrite(caller, Spec("sales-orders")));
  SD_ASSIGN(auto uow, store_.Write());
  // A retried conversion answers as the first one did, before the quote's state is looked at.
  SD_ASSIGN(auto seen, FindReplay(*uow, caller, idempotency));
  if (seen) return CreateResult<Record>{std::nullopt, std::move(seen)};
  SD_ASSIGN(Record quote, LoadVisible(*uow, caller, Spec("quotes"), quote_id));
  SD_TRY(CheckQuoteVersion(quote, expected_version));
  if (TextOf(quote, "status") != "accepted") {
    return Error::Make(ErrorCode::kConflict, core::Msg("order.quote_not_accepted",
                                                       {{"status", TextOf(quote, "status")}}));
  }
  SD_ASSIGN(auto existing,
            ReadAll(*uow, Spec("sales-orders"), {Filter{"quote_id", FilterOp::kEq, {quote_id}}}));
  if (!existing.empty()) {
    return Error::Make(
        ErrorCode::kConflict,
        core::Msg("order.already_ordered", {{"quote", TextOf(quote, "number")},
                                            {"order", TextOf(existing.front(), "number")}}));
  }
  const core::Timestamp now = clock_.Now();
  const std::int64_t at = now.micros_since_epoch();
  SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, at));
  SD_ASSIGN(std::string number, NextDocumentNumber(*uow, "SO", today));
  Record order{{"number", number},
               {"quote_id", quote_id},
               {"account_id", quote["account_id"]},
               {"currency", quote["currency"]},
               {"status", std::string("open")},
               {"ordered_on", today.ToString()},
               {"payment_terms_days", quote["payment_terms_days"]},
               {"incoterm", quote["incoterm"]},
               {"untaxed", quote["untaxed"]},
               {"tax", quote["tax"]},
               {"total", quote["total"]},
               {"owner_id", quote["owner_id"]}};
  SD_ASSIGN(Record inserted, uow->Insert(Spec("sales-orders"), order, at));
  SD_ASSIGN(auto lines, LinesOf(*uow, quote_id));
  std::vector<Record> order_lines;
  for (const auto& l : lines) order_lines.push_back(OrderLineOf(l, RecordId(inserted)));
  SD_TRY(uow->InsertMany(Spec("sales-order-lines"), order_lines, at));
  SD_TRY(AuditChange(*uow, caller, at, Spec("sales-orders"), "create", nullptr, &inserted));
  // Other modules' steps (pipeline's: the deal's credit split) complete the order.
  ConversionContext conversion{*uow, caller, quote, inserted, at};
  SD_TRY(RunConversionSteps(conversion));
  if (render) SD_TRY(SaveReplay(*uow, caller, idempotency, render(inserted), at));
  SD_TRY(uow->Commit());
  return CreateResult<Record>{std::move(inserted), std::nullopt};
}

core::Result<Record> OrderService::Act(const Caller& caller, std::int64_t order_id,
                                       OrderAction action) {
  SD_TRY(CheckMayWrite(caller, Spec("sales-orders")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record order, LoadVisible(*uow, caller, Spec("sales-orders"), order_id));
  const std::int64_t at = clock_.Now().micros_since_epoch();
  if (action == OrderAction::kConfirm) {
    SD_ASSIGN(Record confirmed, ConfirmOrder(*uow, caller, order, at));
    SD_TRY(uow->Commit());
    return confirmed;
  }
  if (TextOf(order, "status") == "cancelled") {
    return Error::Make(ErrorCode::kConflict, core::Msg("order.already_cancelled"));
  }
  const Record changes = {{"status", std::string("cancelled")}, {"cancelled_at", at}};
  SD_ASSIGN(Record updated,
            uow->Update(Spec("sales-orders"), order_id, changes, RecordVersion(order), at));
  SD_TRY(AuditChange(*uow, caller, at, Spec("sales-orders"), "update", &order, &updated));
  SD_TRY(uow->Commit());
  return updated;
}

core::Result<Record> OrderService::MarkRead(const Caller& caller, std::int64_t notification_id) {
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record n, LoadVisible(*uow, caller, Spec("notifications"), notification_id));
  if (BoolOf(n, "read")) return n;
  SD_ASSIGN(Record updated, uow->Update(Spec("notifications"), notification_id, {{"read", true}},
                                        RecordVersion(n), clock_.Now().micros_since_epoch()));
  SD_TRY(uow->Commit());
  return updated;
}

}  // namespace salesdesk::app::sales
