// The deliveries module's entities, written only by its services (custom_writes). A delivery
// and a return are owned by their order's owner: logistics and the director read and write all
// of them, finance reads all (it invoices them), a rep reads their own customers', a manager and
// a senior manager their team's; admins see none. Lines share their note's visibility.
#include "app/records/catalog_fields.h"
#include "modules/deliveries/app/deliveries_module.h"

namespace salesdesk::modules::deliveries {

using namespace app::catalog;
using app::EntitySpec;
using app::FieldSpec;
using app::Ownership;
using app::ReadAccess;
using app::RolePolicy;

namespace {

std::vector<RolePolicy> LogisticsPolicy() {
  return {
      {R::kDirector, ReadAccess::kAll, true},    {R::kLogistics, ReadAccess::kAll, true},
      {R::kFinance, ReadAccess::kAll, false},    {R::kSeniorManager, ReadAccess::kScoped, false},
      {R::kManager, ReadAccess::kScoped, false}, {R::kRep, ReadAccess::kScoped, false}};
}

FieldSpec Req(FieldSpec f) {
  f.required = true;
  return f;
}

std::vector<FieldSpec> DeliveryFields() {
  return {ReadOnly(Of(Text("number", false, 32), "DN-<year>-<n>, given when shipped")),
          ReadOnly(Ref("sales_order_id", "sales-orders", true)),
          ReadOnly(Ref("account_id", "accounts", true)),
          ReadOnly(Req(Enum("status", {"draft", "shipped"}, false))),
          ReadOnly(Of(DateField("shipped_on"), "The day the goods left; today when shipped")),
          ReadOnly(Text("carrier", false, 100)),
          ReadOnly(Text("tracking", false, 100)),
          ReadOnly(Of(Ref("invoice_id", "invoices"), "The invoice of exactly this delivery")),
          Timestamp("shipped_at"),
          ReadOnly(Ref("owner_id", "users"))};
}

std::vector<FieldSpec> DeliveryLineFields() {
  return {ReadOnly(Ref("delivery_id", "deliveries", true)),
          ReadOnly(Ref("sales_order_line_id", "sales-order-lines", true)),
          ReadOnly(Int("position", 1, 100000)),
          ReadOnly(Ref("product_id", "products")),
          ReadOnly(Text("description", false, 1000)),
          ReadOnly(Req(Decimal("quantity", 3, 0))),
          ReadOnly(Unit())};
}

std::vector<FieldSpec> ReturnFields() {
  return {
      ReadOnly(Of(Text("number", false, 32), "RN-<year>-<n>")),
      ReadOnly(Ref("delivery_id", "deliveries", true)),
      ReadOnly(Ref("sales_order_id", "sales-orders", true)),
      ReadOnly(Ref("account_id", "accounts", true)),
      ReadOnly(DateField("returned_on", true)),
      ReadOnly(Text("reason", true, 1000)),
      ReadOnly(Of(Ref("credit_note_id", "credit-notes"),
                  "The draft credit note for the returned lines, when the delivery was invoiced")),
      ReadOnly(Ref("owner_id", "users"))};
}

EntitySpec Owned(std::string_view plural, std::string_view singular, std::string_view title,
                 std::vector<FieldSpec> fields) {
  return {.plural = plural,
          .singular = singular,
          .title = title,
          .fields = std::move(fields),
          .ownership = Ownership::kOwned,
          .search_fields = {"number"},
          .unique_fields = {"number"},
          .policies = LogisticsPolicy(),
          .custom_writes = true};
}

EntitySpec Lines(std::string_view plural, std::string_view singular, std::string_view title,
                 std::vector<FieldSpec> fields, std::string_view parent_field,
                 std::string_view parent_entity) {
  return {.plural = plural,
          .singular = singular,
          .title = title,
          .fields = std::move(fields),
          .ownership = Ownership::kViaParent,
          .parent_field = parent_field,
          .parent_entity = parent_entity,
          .policies = LogisticsPolicy(),
          .custom_writes = true};
}

}  // namespace

void AddEntities(std::vector<EntitySpec>& c) {
  c.push_back(Owned("deliveries", "delivery", "Delivery", DeliveryFields()));
  c.push_back(Lines("delivery-lines", "delivery_line", "Delivery line", DeliveryLineFields(),
                    "delivery_id", "deliveries"));
  c.push_back(Owned("delivery-returns", "delivery_return", "Return", ReturnFields()));
  c.push_back(
      Lines("delivery-return-lines", "delivery_return_line", "Return line",
            {ReadOnly(Ref("return_id", "delivery-returns", true)),
             ReadOnly(Ref("delivery_line_id", "delivery-lines", true)),
             ReadOnly(Int("position", 1, 100000)), ReadOnly(Req(Decimal("quantity", 3, 0)))},
            "return_id", "delivery-returns"));
}

}  // namespace salesdesk::modules::deliveries
