// The negotiation desk of the demo company: a EUR list with quantity breaks on consumables, a
// distributors' list that falls back on it, a USD list; seasonal, tiered, group, cost-plus (with
// a margin ceiling), distributors-only amount-off and loyalty rules; and quotes in every state
// (with an order and a contract), made through the quote service so their prices, totals and
// approvals are what the product itself computes.
#include "app/demo/demo_internal.h"
#include "app/records/record_fields.h"
#include "app/records/record_service.h"
#include "modules/sales/app/contract_signing.h"
#include "modules/sales/app/order_service.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/sales/app/quote_service.h"
#include "modules/sales/app/sales_module.h"

namespace salesdesk::app::demo {
namespace {

using I = std::int64_t;
namespace sales = app::sales;

// Whole cents of a list price: cost with a 60 % markup, rounded to 0.50.
I ListPriceUnits(const MoneyValue& cost) {
  I eur_minor = cost.currency == "EUR" ? cost.minor : cost.minor * 100 / 108;
  I price_minor = (eur_minor * 160 / 100 + 25) / 50 * 50;
  return price_minor * 10'000;  // minor units (2 dp) to unit-price units (6 dp)
}

std::string Bands(std::initializer_list<std::pair<const char*, const char*>> bands,
                  const char* key) {
  std::string out = "[";
  for (const auto& [min, value] : bands) {
    if (out.size() > 1) out += ",";
    out += std::string("{\"min_quantity\":\"") + min + "\",\"" + key + "\":\"" + value + "\"}";
  }
  return out + "]";
}

Caller As(const Record& user) {
  Caller c;
  c.user_id = RecordId(user);
  c.role = ParseRole(TextOf(user, "role")).value_or(Role::kRep);
  c.name = TextOf(user, "name");
  c.email = TextOf(user, "email");
  return c;
}

}  // namespace

// Many small rules over products and categories (volume discounts of 1-9 % from 10-200 units,
// a fifth of them seasonal), so the pricing benchmarks meet a catalogue-sized rule set.
core::Result<void> AddSyntheticRules(BatchWriter& writer, const std::vector<Record>& products,
                                     const std::vector<Record>& categories, int count,
                                     std::uint64_t seed) {
  DemoRandom random(seed, /*stream=*/0x5eed);
  for (int i = 0; i < count && !products.empty() && !categories.empty(); ++i) {
    const bool by_product = random.Index(10) < 7;
    const std::string from = std::to_string(10 + random.Index(20) * 10);
    const std::string pct = std::to_string(1 + random.Index(9));
    Record r{{"name", "Volume rule " + std::to_string(i + 1)},
             {"scope", std::string(by_product ? "product" : "category")},
             {"priority", I{static_cast<I>(random.Index(5))}},
             {"action", std::string("percent_discount")},
             {"bands", Bands({{from.c_str(), pct.c_str()}}, "percent")}};
    if (by_product) {
      r["product_id"] = RecordId(products[random.Index(products.size())]);
    } else {
      r["category_id"] = RecordId(categories[random.Index(categories.size())]);
    }
    if (random.Index(5) == 0) {
      r["season_from"] = std::string("0") + std::to_string(1 + random.Index(6)) + "-01";
      r["season_to"] = std::string("0") + std::to_string(4 + random.Index(6)) + "-28";
    }
    SD_TRY(writer.Insert(Spec("pricing-rules"), r));
  }
  return core::Ok();
}

core::Result<void> CreateSalesDesk(Store& store, const core::Clock& clock, core::Date today,
                                   const OrgIds& org, const DemoOptions& options) {
  const std::string year = std::to_string(today.Civil().year);
  BatchWriter writer(store, clock.Now().micros_since_epoch());
  std::vector<Record> products, categories, groups, users;
  {
    SD_ASSIGN(auto uow, store.Read());
    SD_ASSIGN(products, app::ReadAll(*uow, Spec("products")));
    SD_ASSIGN(categories, app::ReadAll(*uow, Spec("product-categories")));
    SD_ASSIGN(groups, app::ReadAll(*uow, Spec("customer-groups")));
    SD_ASSIGN(users, app::ReadAll(*uow, Spec("users")));
  }
  auto category = [&](std::string_view name) -> FieldValue {
    for (const auto& c : categories)
      if (TextOf(c, "name") == name) return RecordId(c);
    return std::monostate{};
  };

  SD_ASSIGN(Record eur, writer.Insert(Spec("price-lists"), Record{{"name", "EUR List " + year},
                                                                  {"currency", std::string("EUR")},
                                                                  {"valid_from", year + "-01-01"},
                                                                  {"active", true}}));
  SD_ASSIGN(Record distributors,
            writer.Insert(Spec("price-lists"), Record{{"name", "Distributors EUR " + year},
                                                      {"currency", std::string("EUR")},
                                                      {"parent_id", RecordId(eur)},
                                                      {"active", true}}));
  SD_ASSIGN(Record usd, writer.Insert(Spec("price-lists"), Record{{"name", "USD List " + year},
                                                                  {"currency", std::string("USD")},
                                                                  {"active", true}}));
  for (std::size_t i = 0; i < products.size(); ++i) {
    const Record& p = products[i];
    auto cost = MoneyOf(p, "cost");
    if (!cost) continue;
    const I price = ListPriceUnits(*cost);
    const std::string unit = TextOf(p, "unit");
    auto item = [&](const Record& list, I min_units, I units) {
      return writer.Insert(Spec("price-list-items"), Record{{"price_list_id", RecordId(list)},
                                                            {"product_id", RecordId(p)},
                                                            {"unit", unit},
                                                            {"min_quantity", min_units},
                                                            {"price", units}});
    };
    SD_TRY(item(eur, 0, price));
    if (unit == "box" || unit == "pack") {  // consumables: list breaks at 50 and 200
      SD_TRY(item(eur, 50'000, price * 95 / 100));
      SD_TRY(item(eur, 200'000, price * 90 / 100));
    }
    if (i % 10 == 0) SD_TRY(item(distributors, 0, price * 85 / 100));
    SD_TRY(item(usd, 0, price * 108 / 100));
  }

  auto rule = [&](Record r) { return writer.Insert(Spec("pricing-rules"), r); };
  SD_TRY(rule({{"name", std::string("Summer season June–August")},
               {"scope", std::string("all")},
               {"season_from", std::string("06-01")},
               {"season_to", std::string("08-31")},
               {"action", std::string("percent_discount")},
               {"bands", Bands({{"0", "12"}}, "percent")}}));
  SD_TRY(rule({{"name", std::string("Gloves: volume tiers")},
               {"scope", std::string("category")},
               {"category_id", category("Gloves")},
               {"action", std::string("percent_discount")},
               {"tier_mode", std::string("volume")},
               {"priority", I{10}},
               {"bands", Bands({{"20", "5"}, {"100", "8"}, {"500", "12"}}, "percent")}}));
  SD_TRY(rule({{"name", std::string("Sutures: graduated pricing")},
               {"scope", std::string("category")},
               {"category_id", category("Sutures")},
               {"action", std::string("percent_discount")},
               {"tier_mode", std::string("graduated")},
               {"bands", Bands({{"0", "0"}, {"100", "6"}, {"500", "10"}}, "percent")}}));
  for (const auto& g : groups) {
    if (TextOf(g, "name") == "Hospitals") {
      SD_TRY(rule({{"name", std::string("Hospitals: 5 % framework discount")},
                   {"scope", std::string("all")},
                   {"customer_group_id", RecordId(g)},
                   {"action", std::string("percent_discount")},
                   {"bands", Bands({{"0", "5"}}, "percent")}}));
    }
    if (TextOf(g, "name") == "Regional dealers") {
      SD_TRY(rule({{"name", std::string("Dealers: cost + 35 %, .99 endings")},
                   {"scope", std::string("all")},
                   {"customer_group_id", RecordId(g)},
                   {"action", std::string("cost_plus")},
                   {"bands", Bands({{"0", "35"}}, "percent")},
                   {"rounding", std::string("ending")},
                   {"rounding_step", I{1'000'000}},
                   {"rounding_ending", I{990'000}},
                   {"min_margin_pct", I{200'000}},
                   {"max_margin_pct", I{450'000}}}));
    }
  }
  SD_TRY(rule({{"name", std::string("Distributors: 0.50 off per unit")},
               {"scope", std::string("all")},
               {"price_list_ids", "[" + std::to_string(RecordId(distributors)) + "]"},
               {"action", std::string("amount_off")},
               {"currency", std::string("EUR")},
               {"bands", Bands({{"0", "0.50"}}, "price")}}));
  SD_TRY(rule({{"name", std::string("Loyalty: 3 % after 500 units this year")},
               {"scope", std::string("all")},
               {"cumulative_min_quantity", I{500'000}},
               {"cumulative_period", std::string("calendar_year")},
               {"action", std::string("percent_discount")},
               {"stackable", true},
               {"bands", Bands({{"0", "3"}}, "percent")}}));
  SD_TRY(
      AddSyntheticRules(writer, products, categories, options.extra_pricing_rules, options.seed));
  SD_TRY(writer.Commit());

  // Quotes by the first team's people, so manager1 and senior1 see them in their inboxes.
  sales::PricingSource pricing;
  sales::QuoteService quotes(store, clock, pricing);
  sales::OrderService orders(store, clock);
  auto user = [&](std::string_view email) -> const Record* {
    for (const auto& u : users)
      if (TextOf(u, "email") == email) return &u;
    return nullptr;
  };
  const Record* manager = user("manager1@medsupply.example");
  const Record* director = user("director@medsupply.example");
  const Record* senior = user("senior1@medsupply.example");
  if (org.sales_teams.empty() || org.sales_teams[0].rep_ids.size() < 2 || !manager || !director ||
      !senior || products.size() < 8) {
    return core::Ok();  // a reduced demo (tests) has no team to give quotes to
  }
  std::vector<Record> accounts;
  {
    SD_ASSIGN(auto uow, store.Read());
    SD_ASSIGN(accounts, app::ReadAll(*uow, Spec("accounts"),
                                     {Filter{"currency", FilterOp::kEq, {std::string("EUR")}}}));
  }
  auto owned_account = [&](I owner, int nth) -> std::optional<I> {
    for (const auto& a : accounts) {
      if (IntOf(a, "owner_id") == owner && nth-- == 0) return RecordId(a);
    }
    return std::nullopt;
  };
  // Products a rep may quote a few of within their authority: EUR cost under 300.
  std::vector<Record> affordable;
  for (const auto& p : products) {
    auto cost = MoneyOf(p, "cost");
    if (cost && cost->currency == "EUR" && cost->minor < 30'000) affordable.push_back(p);
  }
  if (affordable.empty()) return core::Ok();
  auto quote = [&](const Caller& caller, I account, int first_product, const char* discount,
                   std::string valid_until) -> core::Result<sales::QuoteDocument> {
    sales::QuoteInput in;
    in.header = {{"account_id", account},
                 {"price_list_id", RecordId(eur)},
                 {"incoterm", std::string("DAP")},
                 {"payment_terms_days", I{30}}};
    if (!valid_until.empty()) in.header["valid_until"] = valid_until;
    for (int k = 0; k < 3; ++k) {
      const Record& p = affordable[(first_product + k * 7) % affordable.size()];
      const I units = TextOf(p, "unit") == "pc" ? 1'000 : 10'000;
      sales::QuoteLineInput line{"L" + std::to_string(k + 1),
                                 RecordId(p),
                                 core::Quantity::FromUnits((k + 1) * units),
                                 "",
                                 {},
                                 {},
                                 {},  // tax: the default from the product and the account
                                 ""};
      if (k == 0 && discount) line.manual_discount = core::Percent::Parse(discount).value();
      in.lines.push_back(std::move(line));
    }
    SD_ASSIGN(auto created, quotes.Create(caller, std::move(in)));
    return std::move(*created.created);
  };
  const Caller manager_caller = As(*manager);
  std::vector<Caller> reps;
  for (I id : org.sales_teams[0].rep_ids) {
    for (const auto& u : users)
      if (RecordId(u) == id) reps.push_back(As(u));
  }
  const std::string in_a_month = today.AddDays(30).value().ToString();
  const char* states[] = {"draft",    "pending",  "approved", "sent",
                          "accepted", "rejected", "expired"};
  for (int s = 0; s < 7; ++s) {
    const Caller& rep = reps[s % reps.size()];
    auto account = owned_account(rep.user_id, s / static_cast<int>(reps.size()));
    if (!account) continue;
    const std::string state = states[s];
    const char* discount = state == "pending" ? "8" : nullptr;
    SD_ASSIGN(auto doc,
              quote(rep, *account, s * 11, discount,
                    state == "expired" ? today.AddDays(-1).value().ToString() : in_a_month));
    const I id = RecordId(doc.quote);
    if (state == "draft") continue;
    SD_TRY(quotes.Submit(rep, id, std::nullopt));
    if (state == "pending" || state == "approved") continue;
    SD_TRY(quotes.Act(rep, id, sales::QuoteAction::kSend, "", std::nullopt));
    if (state == "sent" || state == "expired") continue;
    SD_TRY(quotes.Act(
        rep, id, state == "accepted" ? sales::QuoteAction::kAccept : sales::QuoteAction::kReject,
        state == "rejected" ? "Budget moved to next year" : "", std::nullopt));
    if (state != "accepted") continue;
    SD_ASSIGN(auto order, orders.Convert(rep, id, std::nullopt));
    SD_TRY(orders.Act(rep, RecordId(*order.created), sales::OrderAction::kConfirm));
    // The accepted quote also became a year's framework contract: the rep names the senior
    // manager as signer, who signs it themself (only the signer records their signature).
    RecordService records(store, clock);
    SD_ASSIGN(auto contract,
              records.Create(
                  rep, Spec("contracts"),
                  Record{{"title",
                          "Framework supply agreement " + std::to_string(today.Civil().year + 1)},
                         {"quote_id", id},
                         {"quality_standards",
                          std::string("ISO 13485:2016 certified manufacturing; CE marking under "
                                      "EU MDR 2017/745; lot traceability; shelf life at delivery "
                                      "at least 80 %")},
                         {"terms", std::string("Prices fixed for 12 months; deliveries within 10 "
                                               "working days of each call-off order.")},
                         {"start_date", today.ToString()},
                         {"end_date", today.AddDays(365).value().ToString()},
                         {"renewal_notice_days", I{60}},
                         {"signed_by_id", RecordId(*senior)}}));
    sales::ContractSigning signing(store, clock);
    SD_TRY(signing.Sign(As(*senior), RecordId(contract.record), RecordVersion(contract.record)));
  }
  // A manager's larger discount waiting for the senior manager.
  if (auto account = owned_account(org.sales_teams[0].rep_ids[0], 1)) {
    SD_ASSIGN(auto doc, quote(manager_caller, *account, 5, "15", in_a_month));
    SD_TRY(quotes.Submit(manager_caller, RecordId(doc.quote), std::nullopt));
  }
  SD_TRY(quotes.ExpireOverdue());
  return core::Ok();
}

}  // namespace salesdesk::app::demo

namespace salesdesk::app::sales {

core::Result<void> CreateSalesDemo(const DemoContext& ctx) {
  return demo::CreateSalesDesk(ctx.store, ctx.clock, ctx.today, ctx.org, ctx.options);
}

}  // namespace salesdesk::app::sales
