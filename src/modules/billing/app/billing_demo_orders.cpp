// Confirmed orders for the billing demo: the sales demo confirms a single order, too few for a
// receivables ledger. Twelve key accounts in euros each get one confirmed order of two catalogue
// products at half again their unit cost, 21 % VAT, numbered from the sales order series, stored
// as the order service stores a confirmed order (lines with nets, totals with one tax rounding).
#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_module.h"
#include "modules/sales/app/quote_records.h"
#include "modules/sales/core/quotes/quote_totals.h"

namespace salesdesk::modules::billing {

core::Result<app::Record> InsertDemoOrder(app::UnitOfWork& uow, const DemoOrderSpec& spec) {
  using app::demo::Spec;
  constexpr std::int64_t kVat = 210'000;  // 21 %, in Percent units
  SD_ASSIGN(core::Currency eur, core::ParseCurrency("EUR"));
  const std::size_t i = spec.index;
  const auto& products = *spec.products;
  std::vector<app::Record> lines;
  std::vector<core::quotes::NetLine> nets;
  std::int64_t scale = spec.scale;
  if (spec.more_than > 0) {
    // The gross at scale 1 is about 1.21 × the nets; one more than the ratio passes the amount.
    std::int64_t net1 = 0;
    for (std::size_t k = 0; k < 2; ++k) {
      const app::Record& product = products[(2 * i + k) % products.size()];
      net1 += app::MoneyOf(product, "cost")->minor * 3 / 2 *
              static_cast<std::int64_t>(4 + 3 * ((i + k) % 5));
    }
    scale = spec.more_than * 100 / std::max<std::int64_t>(1, net1 * 121) + 1;
  }
  for (std::size_t k = 0; k < 2; ++k) {
    const app::Record& product = products[(2 * i + k) % products.size()];
    const std::int64_t unit_cents = app::MoneyOf(product, "cost")->minor * 3 / 2;
    const std::int64_t quantity = static_cast<std::int64_t>(4 + 3 * ((i + k) % 5)) * scale;
    const std::int64_t net = unit_cents * quantity;
    nets.push_back({core::Money{net, eur}, core::Percent::FromUnits(kVat)});
    lines.push_back({{"position", static_cast<std::int64_t>(k + 1)},
                     {"product_id", app::RecordId(product)},
                     {"description", app::TextOf(product, "name")},
                     {"quantity", quantity * 1000},  // 3 decimals
                     {"unit", app::TextOf(product, "unit")},
                     {"unit_price", unit_cents * 10'000},  // 6 decimals
                     {"tax_rate_pct", kVat},
                     {"net", app::MoneyValue{net, "EUR"}}});
  }
  SD_ASSIGN(auto totals, core::quotes::TotalsFromNets(nets, eur));
  SD_ASSIGN(std::string number, app::sales::NextDocumentNumber(uow, "SO", spec.ordered_on));
  app::Record order{{"number", number},
                    {"account_id", app::RecordId(*spec.account)},
                    {"currency", std::string("EUR")},
                    {"status", std::string(spec.status)},
                    {"ordered_on", spec.ordered_on.ToString()},
                    {"payment_terms_days", std::int64_t{30}},
                    {"untaxed", app::MoneyValue{totals.untaxed.minor, "EUR"}},
                    {"tax", app::MoneyValue{totals.tax.minor, "EUR"}},
                    {"total", app::MoneyValue{totals.total.minor, "EUR"}},
                    {"owner_id", spec.account->at("owner_id")}};
  if (spec.status == "confirmed") order["confirmed_at"] = spec.at;
  SD_ASSIGN(app::Record inserted, uow.Insert(Spec("sales-orders"), order, spec.at));
  for (auto& l : lines) l["sales_order_id"] = app::RecordId(inserted);
  SD_TRY(uow.InsertMany(Spec("sales-order-lines"), lines, spec.at));
  return inserted;
}

core::Result<std::vector<app::Record>> DemoProducts(app::UnitOfWork& uow) {
  SD_ASSIGN(auto products, app::ReadAll(uow, app::demo::Spec("products"), {}, 40));
  std::erase_if(products, [](const app::Record& p) {
    auto cost = app::MoneyOf(p, "cost");
    return !cost || cost->currency != "EUR" || cost->minor <= 0;
  });
  return products;
}

core::Result<void> CreateDemoOrders(const app::DemoContext& ctx) {
  using app::demo::Spec;
  constexpr std::size_t kOrders = 12;
  SD_ASSIGN(auto uow, ctx.store.Write());
  SD_ASSIGN(auto accounts, app::ReadAll(*uow, Spec("accounts"),
                                        {{"key_account", app::FilterOp::kEq, {true}},
                                         {"currency", app::FilterOp::kEq, {std::string("EUR")}}},
                                        kOrders));
  SD_ASSIGN(auto products, DemoProducts(*uow));
  if (products.size() < 2) return core::Ok();
  const core::Date today = ctx.today;
  const std::int64_t at = ctx.clock.Now().micros_since_epoch();
  for (std::size_t i = 0; i < accounts.size(); ++i) {
    SD_TRY(InsertDemoOrder(*uow, {.account = &accounts[i],
                                  .products = &products,
                                  .index = i,
                                  .status = "confirmed",
                                  .ordered_on = today.AddDays(-200).value(),
                                  .at = at}));
  }
  return uow->Commit();
}

}  // namespace salesdesk::modules::billing
