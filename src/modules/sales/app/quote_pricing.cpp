#include "modules/sales/app/quote_pricing.h"

#include <boost/json/serialize.hpp>
#include <unordered_map>

#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "core/money/rounding.h"
#include "modules/sales/app/pricing_json.h"
#include "modules/sales/app/quote_tax.h"
#include "modules/sales/core/pricing/pricing_engine.h"
#include "modules/sales/core/pricing/season_window.h"

namespace salesdesk::app::sales {
namespace {

namespace pricing = core::pricing;
using core::Error;

// Whether a rule's scope covers a product (for summing an account's past purchases).
bool InScope(const pricing::PricingContext& ctx, const pricing::PricingRule& rule,
             const ProductFacts* product) {
  switch (rule.scope) {
    case pricing::RuleScope::kAll:
      return true;
    case pricing::RuleScope::kProduct:
      return false;  // compared by id by the caller
    case pricing::RuleScope::kCategory:
      return product != nullptr && product->category_id &&
             pricing::InAncestors(ctx.categories().Ancestors(*product->category_id), rule.scope_id);
  }
  return false;
}

// What the account bought (confirmed orders) in each cumulative rule's window.
core::Result<std::vector<pricing::PurchasedVolume>> Purchased(UnitOfWork& uow,
                                                              const PricingSnapshot& s,
                                                              std::int64_t account_id,
                                                              core::Date date) {
  std::vector<pricing::PurchasedVolume> out;
  std::vector<const pricing::PricingRule*> cumulative;
  for (const auto& r : s.context.rules()) {
    if (r.cumulative) cumulative.push_back(&r);
  }
  if (cumulative.empty()) return out;
  SD_ASSIGN(auto orders, ReadAll(uow, *FindEntity("sales-orders"),
                                 {Filter{"account_id", FilterOp::kEq, {account_id}},
                                  Filter{"status", FilterOp::kEq, {std::string("confirmed")}}}));
  std::unordered_map<std::int64_t, std::string> ordered_on;
  std::vector<FieldValue> ids;
  for (const auto& o : orders) {
    ordered_on[RecordId(o)] = TextOf(o, "ordered_on");
    ids.emplace_back(RecordId(o));
  }
  std::vector<Record> lines;
  if (!ids.empty()) {
    SD_ASSIGN(lines, ReadAll(uow, *FindEntity("sales-order-lines"),
                             {Filter{"sales_order_id", FilterOp::kIn, ids}}));
  }
  for (const auto* rule : cumulative) {
    SD_ASSIGN(auto window, pricing::CumulativeWindow(*rule->cumulative, date));
    const std::string from = window.from.ToString(), to = window.to.ToString();
    std::int64_t units = 0;
    for (const auto& l : lines) {
      const std::string& on = ordered_on[IntOf(l, "sales_order_id").value_or(0)];
      if (on < from || on > to) continue;
      const std::int64_t product_id = IntOf(l, "product_id").value_or(0);
      auto facts = s.products.find(product_id);
      const bool covered =
          rule->scope == pricing::RuleScope::kProduct
              ? product_id == rule->scope_id
              : InScope(s.context, *rule, facts == s.products.end() ? nullptr : &facts->second);
      if (covered) units += IntOf(l, "quantity").value_or(0);
    }
    out.push_back({rule->id, core::Quantity::FromUnits(units)});
  }
  return out;
}

// (final - cost) / final in percent, rounded half-up at 4 decimals; none without a price.
std::optional<std::int64_t> MarginPct(core::UnitPrice price, core::UnitPrice cost) {
  if (price.units() <= 0) return std::nullopt;
  const __int128 num = static_cast<__int128>(price.units() - cost.units()) * 1'000'000 * 2;
  const __int128 den = static_cast<__int128>(price.units()) * 2;
  __int128 q = num / den;
  const __int128 r = num % den;
  if (r * 2 >= den)
    ++q;
  else if (r * 2 <= -den)
    --q;
  return static_cast<std::int64_t>(q);
}

// The terms' currency, or a problem naming the field.
core::Result<core::Currency> CurrencyOf(const PricingTerms& terms) {
  auto currency = core::ParseCurrency(terms.currency);
  if (!currency.ok()) return Error::Invalid("currency", currency.error());
  return *currency;
}

// The engine's answer, costs converted at `cost_rates` (into `currency` on the terms' date).
core::Result<pricing::PricingResult> PriceLinesAt(UnitOfWork& uow, const PricingSnapshot& s,
                                                  const PricingTerms& terms,
                                                  const core::Currency& currency,
                                                  const std::vector<QuoteLineInput>& lines,
                                                  std::vector<pricing::CostRate> cost_rates) {
  const Record& account = *terms.account;
  pricing::PricingRequest req{.account = {RecordId(account), IntOf(account, "customer_group_id"),
                                          IntOf(account, "territory_id"), terms.channel},
                              .currency = currency};
  req.price_list_id = terms.price_list_id;
  req.date = terms.date;
  req.rules_as_of = terms.rules_as_of;
  SD_ASSIGN(req.purchased, Purchased(uow, s, RecordId(account), terms.date));
  req.cost_rates = std::move(cost_rates);
  req.lines.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& l = lines[i];
    auto product = s.products.find(l.product_id);
    if (product == s.products.end()) {
      return Error::Invalid("lines[" + std::to_string(i) + "].product_id",
                            core::Msg("line.no_product", {{"id", std::to_string(l.product_id)}}));
    }
    req.lines.push_back({l.product_id, l.unit.empty() ? product->second.unit : l.unit, l.quantity,
                         l.manual_unit_price, l.manual_discount});
  }
  auto result = pricing::Price(s.context, req);
  if (!result.ok()) {
    Error e = std::move(result).error();
    if (e.field == "date") e.field = "pricing_date";
    return e;
  }
  return std::move(result).value();
}

}  // namespace

core::Result<pricing::PricingResult> PriceLines(UnitOfWork& uow, const PricingSnapshot& s,
                                                const PricingTerms& terms,
                                                const std::vector<QuoteLineInput>& lines) {
  SD_ASSIGN(const core::Currency currency, CurrencyOf(terms));
  return PriceLinesAt(uow, s, terms, currency, lines, s.rates.CostRatesInto(currency, terms.date));
}

core::Result<void> CheckPriced(const PricingSnapshot& s, const QuoteLineInput& line,
                               const pricing::LinePricing& priced, std::size_t index) {
  if (priced.priced) return core::Ok();
  auto product = s.products.find(line.product_id);
  const std::string sku =
      product == s.products.end() ? std::to_string(line.product_id) : product->second.sku;
  const std::string unit = !line.unit.empty()            ? line.unit
                           : product == s.products.end() ? std::string()
                                                         : product->second.unit;
  // priced.error says the same (the engine's only reason for no price).
  return Error::Invalid(
      "lines[" + std::to_string(index) + "].product_id",
      core::Msg("line.no_price",
                {{"sku", sku}, {"product_id", std::to_string(line.product_id)}, {"unit", unit}}));
}

core::Result<PricedQuote> PriceQuote(UnitOfWork& uow, const PricingSnapshot& s,
                                     const PricingTerms& terms,
                                     const std::vector<QuoteLineInput>& lines) {
  SD_ASSIGN(const core::Currency currency, CurrencyOf(terms));
  // One set of dated rates for the engine's margins and the lines' costs below.
  const auto cost_rates = s.rates.CostRatesInto(currency, terms.date);
  SD_ASSIGN(auto result, PriceLinesAt(uow, s, terms, currency, lines, cost_rates));
  SD_ASSIGN(const auto taxes, LineTaxes(uow, *terms.account, lines));
  std::vector<Record> records;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& in = lines[i];
    const pricing::LinePricing& p = result.lines[i];
    const ProductFacts& product = s.products.at(in.product_id);
    SD_TRY(CheckPriced(s, in, p, i));
    const std::string unit = in.unit.empty() ? product.unit : in.unit;
    Record line{{"position", static_cast<std::int64_t>(i + 1)},
                {"line_key", in.line_key},
                {"product_id", in.product_id},
                {"description", in.description.empty() ? product.name : in.description},
                {"quantity", in.quantity.units()},
                {"unit", unit},
                {"engine_unit_price", p.engine_unit_price.units()},
                {"unit_price", p.unit_price.units()},
                {"net", MoneyValue{p.extended.minor, currency.code()}},
                {"explanation", boost::json::serialize(StoredExplanation(p, false))},
                {"priced_as_of", terms.rules_as_of.micros_since_epoch()}};
    // The version with cost figures only when it says more (a margin floor, a missing cost).
    std::string with_cost = boost::json::serialize(StoredExplanation(p, true));
    if (with_cost != std::get<std::string>(line["explanation"])) {
      line["cost_explanation"] = std::move(with_cost);
    }
    SetTaxFields(line, taxes[i]);
    if (in.manual_unit_price) line["manual_unit_price"] = in.manual_unit_price->units();
    if (in.manual_discount) line["manual_discount_pct"] = in.manual_discount->units();
    // A line priced per base unit (a box of 10 pc) costs factor x the base unit's cost.
    auto cost = p.unit_factor == 1
                    ? s.context.CostOf(in.product_id, unit, currency, cost_rates)
                    : s.context.CostOf(in.product_id, p.base_unit, currency, cost_rates);
    if (cost && p.unit_factor != 1)
      cost = core::UnitPrice::FromUnits(cost->units() * p.unit_factor);
    if (cost) {
      line["unit_cost"] = cost->units();
      if (auto m = MarginPct(p.unit_price, *cost)) line["margin_pct"] = *m;
    }
    records.push_back(std::move(line));
  }
  return TotalsOf(std::move(records), currency.code());
}

core::Result<PricedQuote> TotalsOf(std::vector<Record> lines, const std::string& currency_code) {
  auto currency = core::ParseCurrency(currency_code);
  if (!currency.ok()) return Error::Invalid("currency", currency.error());
  std::vector<core::quotes::NetLine> nets;
  __int128 cost_exact = 0;  // scale: unit price (6) + quantity (3)
  bool all_costs = true;
  for (const auto& line : lines) {
    auto net = MoneyOf(line, "net");
    if (!net || net->currency != currency_code) {
      return Error::Invalid("currency", core::Msg("quote.lines_currency",
                                                  {{"lines_currency", net ? net->currency : "?"},
                                                   {"currency", currency_code}}));
    }
    nets.push_back({core::Money{net->minor, *currency},
                    core::Percent::FromUnits(IntOf(line, "tax_rate_pct").value_or(0))});
    if (auto cost = IntOf(line, "unit_cost")) {
      cost_exact += static_cast<__int128>(*cost) * IntOf(line, "quantity").value_or(0);
    } else {
      all_costs = false;
    }
  }
  SD_ASSIGN(auto totals, core::quotes::TotalsFromNets(nets, *currency));
  PricedQuote out{std::move(lines), std::move(totals), std::nullopt};
  if (all_costs) {
    SD_ASSIGN(auto cost_minor,
              core::Rescale(cost_exact, 9, currency->exponent(), core::RoundingMode::kHalfUp));
    out.margin = core::Money{out.totals.untaxed.minor - cost_minor, *currency};
  }
  return out;
}

}  // namespace salesdesk::app::sales
