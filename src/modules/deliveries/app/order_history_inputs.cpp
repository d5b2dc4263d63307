// What the order-to-cash history draws on, read from the demo company: a book per currency that
// has a root price list — its customers billed as ordered, the catalogue at that list's prices —
// and the payment terms and exchange rates all books share.
#include "modules/deliveries/app/order_history_inputs.h"

#include <algorithm>
#include <map>

#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/payment_term_lines.h"

namespace salesdesk::modules::deliveries::history {
namespace {

using app::demo::Spec;
using I = std::int64_t;

// The pipeline demo's southern territories, whose hospitals restock before the summer.
constexpr const char* kSummerCountries[] = {"ES", "PT", "IT", "GR", "HR"};

// How often customers are on each of the billing demo's terms (the deposit terms are for
// equipment orders, which the history does not make).
constexpr std::pair<const char*, int> kTermsWeights[] = {
    {"Net 30", 6}, {"End of month + 30", 3}, {"Net 60", 2}, {"Three equal instalments", 1}};

core::Result<std::vector<Customer>> Customers(app::UnitOfWork& uow, const std::string& currency) {
  SD_ASSIGN(auto accounts,
            app::ReadAll(uow, Spec("accounts"), {{"currency", app::FilterOp::kEq, {currency}}}));
  std::vector<Customer> out;
  for (const auto& a : accounts) {
    const auto owner = app::IntOf(a, "owner_id");
    if (!owner || app::TextOf(a, "invoice_basis") == "delivery") continue;
    const std::string country = app::TextOf(a, "country");
    const bool summer = std::any_of(std::begin(kSummerCountries), std::end(kSummerCountries),
                                    [&](const char* c) { return country == c; });
    out.push_back({app::RecordId(a), *owner, summer});
  }
  return out;
}

// The currency's list without a parent (the sales demo's "EUR List <year>", "USD List <year>").
core::Result<std::vector<Product>> Products(app::UnitOfWork& uow, const std::string& currency) {
  std::vector<Product> out;
  SD_ASSIGN(auto lists,
            app::ReadAll(uow, Spec("price-lists"), {{"currency", app::FilterOp::kEq, {currency}}}));
  std::erase_if(lists, [](const app::Record& l) { return app::IntOf(l, "parent_id").has_value(); });
  if (lists.empty()) return out;
  SD_ASSIGN(auto items,
            app::ReadAll(uow, Spec("price-list-items"),
                         {{"price_list_id", app::FilterOp::kEq, {app::RecordId(lists.front())}}}));
  std::map<I, std::vector<std::pair<I, I>>> prices;
  for (const auto& i : items) {
    prices[*app::IntOf(i, "product_id")].push_back(
        {app::IntOf(i, "min_quantity").value_or(0), app::IntOf(i, "price").value_or(0)});
  }
  SD_ASSIGN(auto products, app::ReadAll(uow, Spec("products")));
  for (const auto& p : products) {
    auto it = prices.find(app::RecordId(p));
    if (it == prices.end()) continue;
    std::sort(it->second.begin(), it->second.end());
    Product out_p{app::RecordId(p), app::TextOf(p, "unit"), app::TextOf(p, "name"), it->second};
    if (auto cost = app::MoneyOf(p, "cost")) {
      out_p.cost_minor = cost->minor;
      out_p.cost_currency = cost->currency;
    }
    out.push_back(std::move(out_p));
  }
  return out;
}

core::Result<std::vector<Terms>> TermsOf(app::UnitOfWork& uow) {
  std::vector<Terms> out;
  SD_ASSIGN(auto terms, app::ReadAll(uow, Spec("payment-terms")));
  for (const auto& [name, weight] : kTermsWeights) {
    for (const auto& t : terms) {
      if (app::TextOf(t, "name") != name) continue;
      SD_ASSIGN(auto lines, billing::ParseTermLines(app::TextOf(t, "lines")));
      out.push_back({app::RecordId(t), std::move(lines), weight});
    }
  }
  return out;
}

}  // namespace

core::Result<LoadedInputs> LoadInputs(app::Store& store, core::Date today) {
  LoadedInputs loaded;
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(auto terms, TermsOf(*uow));
  SD_ASSIGN(*loaded.rates, app::sales::LoadExchangeRates(*uow));
  // The home currency's book first: its documents keep the numbers they had before the others
  // were added, whatever the seed.
  SD_ASSIGN(auto lists, app::ReadAll(*uow, Spec("price-lists")));
  std::vector<std::string> currencies{loaded.rates->base_currency};
  for (const auto& l : lists) {
    const std::string c = app::TextOf(l, "currency");
    if (app::IntOf(l, "parent_id") || c.empty()) continue;
    if (std::find(currencies.begin(), currencies.end(), c) == currencies.end()) {
      currencies.push_back(c);
    }
  }
  for (const std::string& currency : currencies) {
    Inputs in{.currency = currency, .export_sales = currency != loaded.rates->base_currency};
    SD_ASSIGN(in.customers, Customers(*uow, currency));
    SD_ASSIGN(in.products, Products(*uow, currency));
    if (in.customers.empty() || in.products.empty()) continue;
    in.terms = terms;
    in.rates = loaded.rates.get();
    in.today = today;
    loaded.books.push_back(std::move(in));
  }
  return loaded;
}

}  // namespace salesdesk::modules::deliveries::history
