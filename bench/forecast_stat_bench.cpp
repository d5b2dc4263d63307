// W9 (QUALITY.md): the statistical forecast (seasonal naive and Holt-Winters back-tested over the
// parameter grid, the better kept, 12 months ahead; RULES.md D-R6) for every rep and for 5,000
// products over 36 months of a synthetic 10M-line order history, each as a ratio to a columnar
// scan of the same lines (sum of amount by rep × month, one thread) measured in the same run.
//   forecast_stat_bench [--lines N] [--reps N] [--products N] [--months N] [--runs N]
// Prints one markdown table: median and min–max per workload, the ratio of the medians.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "modules/forecasts/core/stat_backtest.h"

namespace {

using salesdesk::core::forecasts::ForecastSeries;
using salesdesk::core::forecasts::Method;

struct Options {
  std::size_t lines = 10'000'000;
  int reps = 200;
  int products = 5'000;
  int months = 36;
  int runs = 5;
};

// Columns of the order-line history, as an in-memory columnar store holds them.
struct History {
  std::vector<std::uint16_t> rep;
  std::vector<std::uint16_t> product;
  std::vector<std::uint8_t> month;
  std::vector<std::int64_t> amount;  // minor units
};

History Generate(const Options& o) {
  History h;
  h.rep.resize(o.lines);
  h.product.resize(o.lines);
  h.month.resize(o.lines);
  h.amount.resize(o.lines);
  std::mt19937_64 rng(20261203);
  // A summer peak and a December dip, and 0.8 % growth a month.
  std::vector<double> weight(o.months);
  for (int m = 0; m < o.months; ++m) {
    const int cal = m % 12;
    weight[m] = (1 + 0.008 * m) * (cal >= 5 && cal <= 7 ? 1.4 : cal == 11 ? 0.7 : 1.0);
  }
  std::discrete_distribution<int> month(weight.begin(), weight.end());
  std::uniform_int_distribution<int> rep(0, o.reps - 1);
  std::uniform_int_distribution<int> product(0, o.products - 1);
  std::uniform_int_distribution<std::int64_t> amount(500, 250'000);
  for (std::size_t i = 0; i < o.lines; ++i) {
    h.rep[i] = static_cast<std::uint16_t>(rep(rng));
    h.product[i] = static_cast<std::uint16_t>(product(rng));
    h.month[i] = static_cast<std::uint8_t>(month(rng));
    h.amount[i] = amount(rng);
  }
  return h;
}

// Σ amount by key × month in one pass over two columns.
std::vector<std::int64_t> SumBy(const std::vector<std::uint16_t>& key, int keys, const History& h,
                                int months) {
  std::vector<std::int64_t> sums(static_cast<std::size_t>(keys) * months, 0);
  const std::size_t n = h.amount.size();
  for (std::size_t i = 0; i < n; ++i) sums[key[i] * months + h.month[i]] += h.amount[i];
  return sums;
}

// Forecasts every key's series; returns how many chose Holt-Winters (a checksum of the work).
int ForecastAll(const std::vector<std::int64_t>& sums, int keys, int months) {
  int holt_winters = 0;
  std::vector<double> y(months);
  for (int k = 0; k < keys; ++k) {
    for (int m = 0; m < months; ++m) y[m] = static_cast<double>(sums[k * months + m]) / 100;
    const auto f = ForecastSeries(y, 12);
    if (!f.ok()) std::abort();
    holt_winters += f->chosen == Method::kHoltWinters;
  }
  return holt_winters;
}

struct Timing {
  std::vector<double> ms;
  double Median() const {
    std::vector<double> v = ms;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  }
  double Min() const { return *std::min_element(ms.begin(), ms.end()); }
  double Max() const { return *std::max_element(ms.begin(), ms.end()); }
};

double TimeMs(const std::function<void()>& work) {
  const auto start = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    const long v = std::strtol(argv[i + 1], nullptr, 10);
    if (flag == "--lines")
      o.lines = static_cast<std::size_t>(v);
    else if (flag == "--reps")
      o.reps = static_cast<int>(v);
    else if (flag == "--products")
      o.products = static_cast<int>(v);
    else if (flag == "--months")
      o.months = static_cast<int>(v);
    else if (flag == "--runs")
      o.runs = static_cast<int>(v);
    else {
      std::fprintf(stderr, "unknown flag %s\n", argv[i]);
      return 2;
    }
  }
  const History h = Generate(o);
  Timing scan, reps_only, reps_total, products_only, products_total;
  std::int64_t checksum = 0;
  int hw_reps = 0;
  int hw_products = 0;
  for (int run = 0; run < o.runs; ++run) {
    // Anchor: the columnar scan, rep × month.
    std::vector<std::int64_t> by_rep;
    scan.ms.push_back(TimeMs([&] { by_rep = SumBy(h.rep, o.reps, h, o.months); }));
    checksum += by_rep[0];
    // All reps: the same scan, then a forecast per rep.
    double forecast_ms = 0;
    reps_total.ms.push_back(TimeMs([&] {
      const auto sums = SumBy(h.rep, o.reps, h, o.months);
      forecast_ms = TimeMs([&] { hw_reps = ForecastAll(sums, o.reps, o.months); });
    }));
    reps_only.ms.push_back(forecast_ms);
    // 5,000 products: product × month scan, then a forecast per product.
    products_total.ms.push_back(TimeMs([&] {
      const auto sums = SumBy(h.product, o.products, h, o.months);
      forecast_ms = TimeMs([&] { hw_products = ForecastAll(sums, o.products, o.months); });
    }));
    products_only.ms.push_back(forecast_ms);
  }
  const double anchor = scan.Median();
  const auto row = [&](const char* name, const Timing& t) {
    std::printf("| %s | %.1f | %.1f–%.1f | %.2f |\n", name, t.Median(), t.Min(), t.Max(),
                t.Median() / anchor);
  };
  std::printf("%zu lines, %d reps, %d products, %d months, %d runs (checksum %lld)\n\n", o.lines,
              o.reps, o.products, o.months, o.runs, static_cast<long long>(checksum));
  std::printf("| workload | median ms | min–max ms | ratio to the columnar scan |\n");
  std::printf("|---|---|---|---|\n");
  row("anchor: columnar scan, Σ amount by rep × month", scan);
  row("all reps: scan + forecast", reps_total);
  row("all reps: forecast alone", reps_only);
  row("products: product × month scan + forecast", products_total);
  row("products: forecast alone", products_only);
  std::printf("\nHolt-Winters chosen for %d of %d reps and %d of %d products\n", hw_reps, o.reps,
              hw_products, o.products);
  return 0;
}
