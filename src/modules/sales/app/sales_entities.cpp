// The negotiation desk's entities (docs/sales-desk-api.md): price lists and rules are shared
// master data written by directors and senior managers; quotes, contracts, tasks and orders are
// owned like accounts; lines, revisions and approval requests are seen through their quote.
// Quotes, their lines, approvals and orders change only through the quote and order services.
#include "app/records/catalog_fields.h"
#include "app/records/entity_spec.h"
#include "modules/sales/app/sales_module.h"
#include "modules/sales/app/sales_record_rules.h"

namespace salesdesk::app::sales {
namespace {

using namespace catalog;

const std::vector<std::string_view> kIncoterms = {"EXW", "FCA", "CPT", "CIP", "DAP", "DPU",
                                                  "DDP", "FAS", "FOB", "CFR", "CIF"};
constexpr std::int64_t kMaxQuantity = 1'000'000'000'000;  // 1e9 units at 3 decimals
constexpr std::int64_t kHundredPct = 1'000'000;           // 100 % at 4 decimals

FieldSpec Quantity(std::string_view name) { return Decimal(name, 3, 0, kMaxQuantity); }
FieldSpec UnitPrice(std::string_view name) { return Decimal(name, 6, 0); }
FieldSpec Pct(std::string_view name) { return Decimal(name, 4, 0, kHundredPct); }
FieldSpec Owner() {
  return Of(Ref("owner_id", "users"), "Owning salesperson; defaults to the caller");
}
FieldSpec Required(FieldSpec f) {
  f.required = true;
  return f;
}
FieldSpec Default(FieldSpec f, FieldValue v) {
  f.default_value = std::move(v);
  return f;
}
FieldSpec Season(std::string_view name) {
  FieldSpec f = Text(name, false, 5);
  f.min_length = 5;
  f.description = "Yearly season bound as MM-DD, e.g. 06-01";
  return f;
}

std::vector<FieldSpec> PricingRuleFields() {
  return {
      Name(),
      Of(NeverNull(Default(Int("priority", -1000, 1000), std::int64_t{0})),
         "Higher wins among equally specific rules"),
      Bool("active", true),
      Required(Enum("scope", {"all", "category", "product"}, true)),
      Of(Ref("product_id", "products"), "scope = product"),
      Of(Ref("category_id", "product-categories"), "scope = category: the category and below"),
      Unit("Only lines in this unit"),
      Of(Ref("account_id", "accounts"), "Condition: this account only"),
      Of(Ref("customer_group_id", "customer-groups"), "Condition: the group and its sub-groups"),
      Of(Ref("territory_id", "territories"), "Condition: the territory and below"),
      Of(Text("channel", false, 40), "Condition: the quote's channel"),
      Of(Json("price_list_ids"), "Only quotes priced with one of these lists: [3, 7]; none = any"),
      Of(Quantity("min_quantity"), "Inclusive lower quantity bound"),
      Of(Quantity("max_quantity"), "Exclusive upper quantity bound"),
      DateField("valid_from"),
      DateField("valid_to"),
      Season("season_from"),
      Season("season_to"),
      Of(Quantity("cumulative_min_quantity"),
         "The account must already have bought this much in the period"),
      Enum("cumulative_period", {"calendar_year", "rolling_days"}, false),
      Int("cumulative_days", 1, 3660),
      Of(Required(Enum("action",
                       {"fixed_price", "percent_discount", "cost_plus", "from_list", "amount_off",
                        "surcharge"},
                       true)),
         "percent_discount takes a negative percent as a markup; amount_off and surcharge take "
         "an amount per unit in the band's price"),
      Of(FieldSpec{.name = "currency", .type = F::kCurrency, .filterable = true},
         "fixed_price, amount_off, surcharge: the amounts' currency (the quote's)"),
      Of(Ref("source_list_id", "price-lists"), "from_list: the list to take prices from"),
      Enum("tier_mode", {"volume", "graduated"}, false, std::string("volume")),
      Of(Required(Json("bands")),
         "Ascending bands: [{\"min_quantity\":\"0\",\"percent\":\"5\"}] or "
         "[{\"min_quantity\":\"0\",\"price\":\"12.50\"}]"),
      Enum("rounding", {"none", "step", "ending"}, false, std::string("none")),
      UnitPrice("rounding_step"),
      UnitPrice("rounding_ending"),
      Of(Decimal("min_margin_pct", 4, -kHundredPct, kHundredPct),
         "The rule never leaves less margin than this"),
      Of(Decimal("max_margin_pct", 4, 0, kHundredPct - 1),
         "Price ceiling: a price leaving more margin is lowered to leave exactly this"),
      Of(Bool("stackable", false), "Applied on top of the winning rule"),
  };
}

std::vector<FieldSpec> QuoteFields() {
  return {
      ReadOnly(Text("number", false, 32)),
      Required(Ref("account_id", "accounts", true)),
      Ref("contact_id", "contacts"),
      Required(Ref("price_list_id", "price-lists", true)),
      Of(FieldSpec{.name = "currency", .type = F::kCurrency, .filterable = true, .sortable = true},
         "Defaults to the price list's currency"),
      Default(Text("channel", false, 40), std::string("direct")),
      Enum("language", {"en", "de", "es", "zh"}, false, std::string("en")),
      Of(DateField("pricing_date"), "The date prices are taken for; defaults to today"),
      DateField("valid_until"),
      Int("payment_terms_days", 0, 365),
      Enum("incoterm", kIncoterms, false),
      Text("notes", false, 4000),
      ReadOnly(
          Enum("status",
               {"draft", "pending_approval", "approved", "sent", "accepted", "rejected", "expired"},
               false)),
      ReadOnly(Int("revision", 1, INT64_MAX)),
      ReadOnly(MoneyField("untaxed")),
      ReadOnly(MoneyField("tax")),
      ReadOnly(MoneyField("total")),
      ReadOnly(CostSensitive(MoneyField("margin"))),
      ReadOnly(Of(Timestamp("rules_as_of"), "Rules created later do not re-price this quote")),
      Timestamp("sent_at"),
      Timestamp("decided_at"),
      Owner(),
  };
}

std::vector<FieldSpec> QuoteLineFields() {
  FieldSpec margin = Decimal("margin_pct", 4);
  return {
      Ref("quote_id", "quotes", true),
      Int("position", 1, 100000),
      Text("line_key", false, 40),
      Ref("product_id", "products", true),
      Text("description", false, 1000),
      Quantity("quantity"),
      Unit(),
      UnitPrice("manual_unit_price"),
      Pct("manual_discount_pct"),
      Pct("tax_rate_pct"),
      Of(Enum("tax_regime", {"domestic", "reverse_charge", "export", "intra_eu_b2c", "exempt"},
              false),
         "The tax regime of the default rate (docs/tax.md); none without a default"),
      Of(Enum("tax_rate_source", {"default", "manual"}, false),
         "default: from the product's tax class and the customer; manual: typed (an override "
         "when it differs from tax_default_pct)"),
      Of(Pct("tax_default_pct"), "The default rate the line was checked against"),
      Of(Text("tax_note", false, 300), "Why the default rate applies, in short"),
      UnitPrice("engine_unit_price"),
      UnitPrice("unit_price"),
      MoneyField("net"),
      CostSensitive(UnitPrice("unit_cost")),
      CostSensitive(margin),
      Of(Json("explanation"),
         "How the engine priced the line, stored compactly (candidate rule ids by outcome); the "
         "quote document answers it expanded with rule names"),
      Of(CostSensitive(Json("cost_explanation")),
         "The explanation with cost and margin figures, when it has any (else null)"),
      Of(Timestamp("priced_as_of"),
         "The pricing conditions (rules and list prices) the line's price comes from; kept "
         "until someone re-prices the line"),
  };
}

// A quote as it was: its header and lines, answered with the field rules of quotes and lines.
FieldSpec Snapshot() {
  FieldSpec f = Json("snapshot");
  f.embeds = {{.path = "quote", .entity = "quotes"}, {.path = "lines[]", .entity = "quote-lines"}};
  return f;
}

std::vector<FieldSpec> ContractFields() {
  FieldSpec task = ReadOnly(Ref("renewal_task_id", "tasks"));
  return {
      ReadOnly(Text("number", false, 32)),
      Name("title"),
      Of(NeverNull(Ref("account_id", "accounts")),
         "Required; taken from the quote when one is given"),
      Of(Ref("quote_id", "quotes"), "An accepted quote: fills account, value and terms"),
      Of(MoneyField("value"), "Contract value; the signer's authority must cover it"),
      Enum("incoterm", kIncoterms, false),
      Int("payment_terms_days", 0, 365),
      Of(Text("quality_standards", false, 4000), "Agreed quality standards (ISO 13485, ...)"),
      Text("terms", false, 8000),
      DateField("start_date"),
      DateField("end_date"),
      Of(Int("renewal_notice_days", 0, 365), "A renewal task is due this many days before the end"),
      task,
      Of(Ref("signed_by_id", "users"),
         "Who is to sign for us; their authority must cover the value. Naming them signs nothing: "
         "they sign themselves (POST /contracts/{id}/sign)"),
      Of(ReadOnly(DateField("signed_on")), "The day the signer signed, set by their signing"),
      Of(Timestamp("signed_at"), "When the signer signed, set by their signing"),
      Of(DateField("customer_signed_on"),
         "The day the customer signed, when they sign first: our signature countersigns theirs"),
      Of(NeverNull(Enum("status", {"draft", "active", "ended", "terminated"}, false,
                        std::string("draft"))),
         "A contract becomes active only by its signer's signature"),
      Owner(),
  };
}

std::vector<FieldSpec> OrderFields() {
  return {
      ReadOnly(Text("number", false, 32)),
      ReadOnly(Ref("quote_id", "quotes")),
      ReadOnly(Ref("account_id", "accounts")),
      ReadOnly(FieldSpec{.name = "currency", .type = F::kCurrency, .filterable = true}),
      ReadOnly(Enum("status", {"open", "confirmed", "cancelled"}, false)),
      ReadOnly(DateField("ordered_on")),
      ReadOnly(Int("payment_terms_days", 0, 365)),
      ReadOnly(Enum("incoterm", kIncoterms, false)),
      ReadOnly(MoneyField("untaxed")),
      ReadOnly(MoneyField("tax")),
      ReadOnly(MoneyField("total")),
      Timestamp("confirmed_at"),
      Timestamp("cancelled_at"),
      Owner(),
  };
}

std::vector<FieldSpec> OrderLineFields() {
  return {
      Ref("sales_order_id", "sales-orders", true),
      Int("position", 1, 100000),
      Ref("product_id", "products", true),
      Text("description", false, 1000),
      Quantity("quantity"),
      Unit(),
      Of(UnitPrice("unit_price"), "Locked from the quote; later rule changes never touch it"),
      Pct("discount_pct"),
      Pct("tax_rate_pct"),
      MoneyField("net"),
  };
}

// Through-the-quote entities share the quote's visibility and are written by the services.
EntitySpec ViaQuote(std::string_view plural, std::string_view singular, std::string_view title,
                    std::vector<FieldSpec> fields) {
  return EntitySpec{.plural = plural,
                    .singular = singular,
                    .title = title,
                    .fields = std::move(fields),
                    .ownership = Ownership::kViaParent,
                    .parent_field = "quote_id",
                    .parent_entity = "quotes",
                    .policies = CustomerDataPolicy(),
                    .custom_writes = true};
}

}  // namespace

void AddSalesEntities(std::vector<EntitySpec>& c) {
  const auto pricing_writers = ReadAllWrite({R::kDirector, R::kSeniorManager});

  c.push_back({.plural = "price-lists",
               .singular = "price_list",
               .title = "Price list",
               .fields = {Name(),
                          FieldSpec{.name = "currency",
                                    .type = F::kCurrency,
                                    .required = true,
                                    .filterable = true,
                                    .sortable = true},
                          DateField("valid_from"), DateField("valid_to"),
                          Of(Ref("parent_id", "price-lists"),
                             "Fallback list (same currency) for products this list lacks"),
                          Bool("active", true)},
               .search_fields = {"name"},
               .policies = pricing_writers,
               .cache_group = "pricing",
               .keeps_versions = true,
               .hooks = {.prepare = sales::PreparePriceList}});

  c.push_back(
      {.plural = "price-list-items",
       .singular = "price_list_item",
       .title = "Price list item",
       .fields = {Ref("price_list_id", "price-lists", true), Ref("product_id", "products", true),
                  NeverNull(Unit("Defaults to the product's unit")),
                  Of(NeverNull(Default(Quantity("min_quantity"), std::int64_t{0})),
                     "Quantity break: applies from this quantity; 0 for the plain list price"),
                  Of(Required(UnitPrice("price")), "In the list's currency")},
       .policies = pricing_writers,
       .cache_group = "pricing",
       .keeps_versions = true,
       .hooks = {.prepare = sales::PreparePriceListItem}});

  c.push_back({.plural = "pricing-rules",
               .singular = "pricing_rule",
               .title = "Pricing rule",
               .fields = PricingRuleFields(),
               .search_fields = {"name"},
               .policies = pricing_writers,
               .cache_group = "pricing",
               .keeps_versions = true,
               .hooks = {.prepare = sales::PreparePricingRule}});

  // Superseded versions of the three above, written by the record service on every update
  // and delete (decision 0017): quotes keep the conditions of their instant.
  c.push_back(
      {.plural = "pricing-versions",
       .singular = "pricing_version",
       .title = "Pricing version",
       .fields = {Required(
                      Enum("entity", {"price-lists", "price-list-items", "pricing-rules"}, true)),
                  Of(Int("record_id", 1, INT64_MAX), "The list, item or rule"),
                  Of(Int("record_version", 1, INT64_MAX), "Its version then"),
                  Of(Timestamp("valid_from"), "When this version came into force"),
                  Of(Timestamp("valid_until"), "When it was changed or deleted"),
                  Of(Json("fields"), "The record as it was")},
       .policies = pricing_writers,
       .deletable = false,
       .audited = false,
       .custom_writes = true});

  c.push_back({.plural = "quotes",
               .singular = "quote",
               .title = "Quote",
               .fields = QuoteFields(),
               .ownership = Ownership::kOwned,
               .search_fields = {"number", "notes"},
               .unique_fields = {"number"},
               .policies = CustomerDataPolicy(),
               .custom_writes = true});

  c.push_back(ViaQuote("quote-lines", "quote_line", "Quote line", QuoteLineFields()));
  c.push_back(ViaQuote("quote-revisions", "quote_revision", "Quote revision",
                       {Ref("quote_id", "quotes", true), Int("revision", 1, INT64_MAX),
                        Text("reason", false, 200), Snapshot()}));
  c.push_back(ViaQuote(
      "approval-requests", "approval_request", "Approval request",
      {Ref("quote_id", "quotes", true),
       Of(Int("revision", 1, INT64_MAX), "The quote revision it was asked for"),
       Ref("requester_id", "users"), Ref("approver_id", "users"),
       Enum("status", {"pending", "approved", "rejected", "withdrawn"}, false),
       Of(Json("deviations"), "What exceeds the requester's authority"),
       Of(CostSensitive(Json("deviation_details")),
          "The deviations with margin figures (not for reps)"),
       Of(Bool("exceeds_every_authority", false), "Nobody's limits cover it: the director decides"),
       Text("comment", false, 2000), Timestamp("decided_at"), Ref("decided_by_id", "users")}));

  c.push_back(
      {.plural = "contracts",
       .singular = "contract",
       .title = "Contract",
       .fields = ContractFields(),
       .ownership = Ownership::kOwned,
       .search_fields = {"number", "title"},
       .unique_fields = {"number"},
       .policies = CustomerDataPolicy(),
       .hooks = {.prepare = sales::PrepareContract, .after_write = sales::AfterContractWrite}});

  c.push_back(
      {.plural = "tasks",
       .singular = "task",
       .title = "Task",
       .fields = {Name("title"), DateField("due_on"), Bool("done", false),
                  Of(Enum("related_entity",
                          {"accounts", "contacts", "quotes", "contracts", "sales-orders"}, false),
                     "The kind of record the task is about"),
                  RefFrom("related_id", "related_entity"), Text("notes", false, 4000), Owner()},
       .ownership = Ownership::kOwned,
       .search_fields = {"title"},
       .policies = CustomerDataPolicy()});

  c.push_back({.plural = "sales-orders",
               .singular = "sales_order",
               .title = "Sales order",
               .fields = OrderFields(),
               .ownership = Ownership::kOwned,
               .search_fields = {"number"},
               .unique_fields = {"number"},
               .policies = CustomerDataPolicy(),
               .custom_writes = true});

  c.push_back({.plural = "sales-order-lines",
               .singular = "sales_order_line",
               .title = "Sales order line",
               .fields = OrderLineFields(),
               .ownership = Ownership::kViaParent,
               .parent_field = "sales_order_id",
               .parent_entity = "sales-orders",
               .policies = CustomerDataPolicy(),
               .custom_writes = true});

  std::vector<RolePolicy> everyone;
  for (Role r : kAllRoles) everyone.push_back({r, ReadAccess::kScoped, true});
  FieldSpec owner = ReadOnly(Ref("owner_id", "users"));
  c.push_back({.plural = "notifications",
               .singular = "notification",
               .title = "Notification",
               .fields = {ReadOnly(Text("text", true, 1000)), ReadOnly(Text("link", false, 400)),
                          Bool("read", false), owner},
               .ownership = Ownership::kPersonal,
               .policies = everyone,
               .audited = false,
               .custom_writes = true});
}

}  // namespace salesdesk::app::sales
