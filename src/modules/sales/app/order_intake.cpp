#include "modules/sales/app/order_intake.h"

#include <boost/json.hpp>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/record_fields.h"
#include "app/records/record_json.h"
#include "modules/sales/app/order_service.h"
#include "modules/sales/app/quote_records.h"
#include "modules/sales/app/quote_service.h"

namespace salesdesk::app::sales {

namespace json = boost::json;

core::Result<OrderIntake> DecodeOrderIntake(std::string_view body) {
  SD_ASSIGN(json::object o, ParseBodyObject(body));
  core::FieldIssues problems;
  OrderIntake in;
  for (const auto& [key, value] : o) {
    if (key == "account_id") {
      in.account_id = IdMember(value, key, problems).value_or(0);
    } else if (key == "price_list_id") {
      if (!value.is_null()) in.price_list_id = IdMember(value, key, problems);
    } else if (key == "confirm") {
      if (value.is_bool()) {
        in.confirm = value.get_bool();
      } else {
        problems.Add("confirm", core::Msg("field.not_bool", {{"field", "confirm"}}));
      }
    } else if (key != "lines") {
      problems.Add(std::string(key), core::Msg("field.unknown", {{"field", std::string(key)},
                                                                 {"entity", "sales order"}}));
    }
  }
  if (!o.contains("account_id")) {
    problems.Add("account_id", core::Msg("field.required", {{"field", "account_id"}}));
  }
  in.lines = DecodeEngineLines(o.if_contains("lines"), kMaxIntakeLines, true, problems);
  if (!problems.empty()) return problems.ToError();
  return in;
}

core::Result<CreateResult<Record>> OrderIntakeService::Take(const Caller& caller,
                                                            const OrderIntake& in,
                                                            const IdempotencyRequest* idempotency,
                                                            const Renderer<Record>& render) {
  const EntitySpec& orders = Spec("sales-orders");
  SD_TRY(CheckMayWrite(caller, orders));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto seen, FindReplay(*uow, caller, idempotency));
  if (seen) return CreateResult<Record>{std::nullopt, std::move(seen)};
  QuoteService quotes(store_, clock_, pricing_);
  SD_ASSIGN(AccountPricing pricing,
            quotes.PriceForAccount(*uow, caller, in.account_id, in.price_list_id, in.lines));
  const std::int64_t at = clock_.Now().micros_since_epoch();
  SD_ASSIGN(std::string number, NextDocumentNumber(*uow, "SO", pricing.date));
  Record order{{"number", number},
               {"account_id", in.account_id},
               {"currency", pricing.currency},
               {"status", std::string("open")},
               {"ordered_on", pricing.date.ToString()},
               {"payment_terms_days", pricing.header["payment_terms_days"]},
               {"owner_id", IntOf(pricing.account, "owner_id").value_or(caller.user_id)}};
  SetTotals(order, pricing.priced);
  order.erase("margin");  // an order carries no margin field: cost stays on the quote side
  SD_ASSIGN(Record inserted, uow->Insert(orders, order, at));
  std::vector<Record> lines;
  for (const Record& l : pricing.priced.lines) lines.push_back(OrderLineOf(l, RecordId(inserted)));
  SD_TRY(uow->InsertMany(Spec("sales-order-lines"), lines, at));
  SD_TRY(AuditChange(*uow, caller, at, orders, "create", nullptr, &inserted));
  if (in.confirm) {
    SD_ASSIGN(inserted, ConfirmOrder(*uow, caller, inserted, at));
  }
  if (render) SD_TRY(SaveReplay(*uow, caller, idempotency, render(inserted), at));
  SD_TRY(uow->Commit());
  return CreateResult<Record>{std::move(inserted), std::nullopt};
}

}  // namespace salesdesk::app::sales
