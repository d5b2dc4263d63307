#include "modules/deliveries/app/delivery_print_data.h"

#include <algorithm>
#include <map>

#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/deliveries/app/delivery_records.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::deliveries {
namespace {

namespace cd = core::deliveries;
using app::FilterOp;
using app::IntOf;
using app::Record;
using app::TextOf;

core::Quantity Units(std::int64_t u) { return core::Quantity::FromUnits(u); }

core::Result<std::vector<Record>> LinesOf(app::UnitOfWork& uow, const char* plural,
                                          const char* parent, std::int64_t id) {
  SD_ASSIGN(auto lines, app::ReadAll(uow, Spec(plural), {{parent, FilterOp::kEq, {id}}}));
  std::ranges::sort(lines, {}, [](const Record& r) { return IntOf(r, "position").value_or(0); });
  return lines;
}

// SKU per product id of the given lines (the catalogue is everyone's to read).
core::Result<std::map<std::int64_t, std::string>> SkusOf(app::UnitOfWork& uow,
                                                         const std::vector<Record>& lines) {
  std::vector<app::FieldValue> ids;
  for (const Record& l : lines) {
    if (auto p = IntOf(l, "product_id")) ids.emplace_back(*p);
  }
  std::map<std::int64_t, std::string> out;
  if (ids.empty()) return out;
  SD_ASSIGN(auto products, app::ReadAll(uow, Spec("products"), {{"id", FilterOp::kIn, ids}}));
  for (const Record& p : products) out[app::RecordId(p)] = TextOf(p, "sku");
  return out;
}

std::string SkuOf(const std::map<std::int64_t, std::string>& skus, const Record& line) {
  const auto p = IntOf(line, "product_id");
  const auto it = p ? skus.find(*p) : skus.end();
  return it == skus.end() ? std::string() : it->second;
}

core::Result<std::string> OrderNumber(app::UnitOfWork& uow, const Record& r) {
  SD_ASSIGN(auto order, uow.Get(Spec("sales-orders"), IntOf(r, "sales_order_id").value_or(0),
                                app::Visibility::All()));
  return order ? TextOf(*order, "number") : std::string();
}

// Per order line, what the order's notes up to and including `note_id` deliver: the back order
// printed on a note is what was still to come when it was made, not what is open today.
core::Result<std::map<std::int64_t, std::int64_t>> DeliveredThrough(app::UnitOfWork& uow,
                                                                    std::int64_t order_id,
                                                                    std::int64_t note_id) {
  SD_ASSIGN(auto notes, app::ReadAll(uow, Spec("deliveries"),
                                     {{"sales_order_id", FilterOp::kEq, {order_id}},
                                      {"id", FilterOp::kLe, {note_id}}}));
  std::vector<app::FieldValue> ids;
  for (const Record& n : notes) ids.emplace_back(app::RecordId(n));
  SD_ASSIGN(auto lines,
            app::ReadAll(uow, Spec("delivery-lines"), {{"delivery_id", FilterOp::kIn, ids}}));
  std::map<std::int64_t, std::int64_t> out;
  for (const Record& l : lines) {
    out[IntOf(l, "sales_order_line_id").value_or(0)] += IntOf(l, "quantity").value_or(0);
  }
  return out;
}

}  // namespace

core::Result<Document<cd::DeliveryNotePrint>> DeliveryPrints::DeliveryNote(
    const app::Caller& caller, std::int64_t id, std::optional<std::string> language) {
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(Record note, app::sales::LoadVisible(*uow, caller, Spec("deliveries"), id));
  const std::string status = TextOf(note, "status");
  const bool shipped = status == "shipped";
  // A draft without a planned day prints the day it was made.
  std::string date = TextOf(note, "shipped_on");
  if (date.empty()) {
    SD_ASSIGN(const core::Date made,
              app::CompanyToday(*uow, IntOf(note, "created_at").value_or(0)));
    date = made.ToString();
  }
  billing::BillingCustomer customer;
  const std::int64_t account_id = IntOf(note, "account_id").value_or(0);
  SD_ASSIGN(cd::DocumentHead head, billing::HeadOf(*uow, account_id, "", TextOf(note, "number"),
                                                   date, !shipped, customer));
  head.language = billing::ChosenLanguage(language, customer.language);
  Document<cd::DeliveryNotePrint> out{
      .print = {.head = std::move(head),
                .carrier = TextOf(note, "carrier"),
                .tracking = TextOf(note, "tracking")},
      .status = shipped ? "posted" : "draft",
      .account_id = account_id,
      .customer_email = customer.email,
      .filename = (shipped ? TextOf(note, "number") : "delivery-" + std::to_string(id)) + ".pdf"};
  cd::DeliveryNotePrint& p = out.print;
  SD_ASSIGN(p.order_number, OrderNumber(*uow, note));
  SD_ASSIGN(auto lines, LinesOf(*uow, "delivery-lines", "delivery_id", id));
  SD_ASSIGN(auto skus, SkusOf(*uow, lines));
  const std::int64_t order_id = IntOf(note, "sales_order_id").value_or(0);
  SD_ASSIGN(auto through, DeliveredThrough(*uow, order_id, id));
  SD_ASSIGN(auto ordered, app::ReadAll(*uow, Spec("sales-order-lines"),
                                       {{"sales_order_id", FilterOp::kEq, {order_id}}}));
  std::map<std::int64_t, std::int64_t> ordered_of;
  for (const Record& l : ordered) ordered_of[app::RecordId(l)] = IntOf(l, "quantity").value_or(0);
  for (const Record& l : lines) {
    const std::int64_t order_line = IntOf(l, "sales_order_line_id").value_or(0);
    p.lines.push_back({.position = static_cast<int>(IntOf(l, "position").value_or(0)),
                       .sku = SkuOf(skus, l),
                       .description = TextOf(l, "description"),
                       .ordered = Units(ordered_of[order_line]),
                       .quantity = Units(IntOf(l, "quantity").value_or(0)),
                       .back_order = Units(ordered_of[order_line] - through[order_line]),
                       .unit = TextOf(l, "unit")});
  }
  return out;
}

core::Result<Document<cd::ReturnNotePrint>> DeliveryPrints::ReturnNote(
    const app::Caller& caller, std::int64_t id, std::optional<std::string> language) {
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(Record ret, app::sales::LoadVisible(*uow, caller, Spec("delivery-returns"), id));
  billing::BillingCustomer customer;
  const std::int64_t account_id = IntOf(ret, "account_id").value_or(0);
  SD_ASSIGN(cd::DocumentHead head, billing::HeadOf(*uow, account_id, "", TextOf(ret, "number"),
                                                   TextOf(ret, "returned_on"), false, customer));
  head.language = billing::ChosenLanguage(language, customer.language);
  Document<cd::ReturnNotePrint> out{
      .print = {.head = std::move(head), .reason = TextOf(ret, "reason")},
      .status = "posted",
      .account_id = account_id,
      .customer_email = customer.email,
      .filename = TextOf(ret, "number") + ".pdf"};
  cd::ReturnNotePrint& p = out.print;
  SD_ASSIGN(p.order_number, OrderNumber(*uow, ret));
  // The delivery is part of the return's document: read whoever may read the return.
  SD_ASSIGN(auto note, uow->Get(Spec("deliveries"), IntOf(ret, "delivery_id").value_or(0),
                                app::Visibility::All()));
  if (note) {
    p.delivery_number = TextOf(*note, "number");
    if (auto on = core::ParseDate(TextOf(*note, "shipped_on")); on.ok()) p.shipped_on = *on;
  }
  SD_ASSIGN(auto returned, LinesOf(*uow, "delivery-return-lines", "return_id", id));
  std::vector<app::FieldValue> delivered_ids;
  for (const Record& r : returned)
    delivered_ids.emplace_back(IntOf(r, "delivery_line_id").value_or(0));
  SD_ASSIGN(auto delivered, app::ReadAll(*uow, Spec("delivery-lines"),
                                         {{"id", FilterOp::kIn, std::move(delivered_ids)}}));
  std::map<std::int64_t, const Record*> delivered_by_id;
  for (const Record& d : delivered) delivered_by_id[app::RecordId(d)] = &d;
  SD_ASSIGN(auto skus, SkusOf(*uow, delivered));
  for (const Record& r : returned) {
    const auto it = delivered_by_id.find(IntOf(r, "delivery_line_id").value_or(0));
    if (it == delivered_by_id.end()) continue;
    const Record& d = *it->second;
    p.lines.push_back({.position = static_cast<int>(IntOf(r, "position").value_or(0)),
                       .sku = SkuOf(skus, d),
                       .description = TextOf(d, "description"),
                       .quantity = Units(IntOf(r, "quantity").value_or(0)),
                       .unit = TextOf(d, "unit")});
  }
  return out;
}

}  // namespace salesdesk::modules::deliveries
