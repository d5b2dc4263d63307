// Helpers for the quote PDF tests: sample quotes with consistent totals, and reading a
// rendered PDF back with poppler's command-line tools (pdftotext, pdfinfo, pdffonts).
#pragma once

#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <unistd.h>

#include "core/money/money.h"
#include "core/time/date.h"
#include "modules/sales/pdf/quote_pdf.h"

namespace salesdesk::pdf::testing {

inline core::Currency Cur(const char* code) { return *core::ParseCurrency(code); }
inline core::Money Amount(const char* text, const char* code) {
  return *core::ParseMoney(text, Cur(code));
}
inline core::Date Day(const char* text) { return *core::ParseDate(text); }

// Fills net, tax groups and totals from the lines' quantity, price, discount and tax rate.
inline void ComputeTotals(QuotePdfInput& quote) {
  std::map<std::int64_t, core::Money> bases;
  core::Money untaxed{0, quote.currency};
  for (QuotePdfLine& line : quote.lines) {
    core::Money net = *core::Extend(line.unit_price, line.quantity, quote.currency);
    if (line.discount) net = *core::ApplyDiscount(net, *line.discount);
    line.net = net;
    auto [it, inserted] = bases.try_emplace(line.tax_rate.units(), net);
    if (!inserted) it->second = *core::Add(it->second, net);
    untaxed = *core::Add(untaxed, net);
  }
  quote.tax_groups.clear();
  core::Money tax{0, quote.currency};
  for (const auto& [rate_units, base] : bases) {
    const core::Percent rate = core::Percent::FromUnits(rate_units);
    const core::Money group_tax = *core::MultiplyByPercent(base, rate);
    quote.tax_groups.push_back({rate, base, group_tax});
    tax = *core::Add(tax, group_tax);
  }
  quote.untaxed = untaxed;
  quote.tax = tax;
  quote.total = *core::Add(untaxed, tax);
}

inline QuotePdfLine Line(int position, std::string sku, std::string description,
                         const char* quantity, std::string unit, const char* price,
                         const char* discount, const char* tax_rate, const char* currency) {
  return QuotePdfLine{
      .position = position,
      .sku = std::move(sku),
      .description = std::move(description),
      .quantity = *core::Quantity::Parse(quantity),
      .unit = std::move(unit),
      .unit_price = *core::UnitPrice::Parse(price),
      .discount = discount ? std::optional(*core::Percent::Parse(discount)) : std::nullopt,
      .tax_rate = *core::Percent::Parse(tax_rate),
      .net = core::Money{0, Cur(currency)},
      .unit_cost = std::nullopt,
      .margin = std::nullopt,
  };
}

// A two-line EUR quote with hand-checked totals:
//   2 x 617.28 = 1,234.56 at 19 %; 10.5 x 80.00 - 10 % = 756.00 at 7 %;
//   untaxed 1,990.56, tax 234.57 + 52.92 = 287.49, total 2,278.05.
inline QuotePdfInput SmallQuote(const std::string& language) {
  const bool zh = language == "zh";
  QuotePdfInput quote{
      .language = language,
      .company = {.name = zh ? "深圳精工泵业有限公司" : "Nordhafen Pumpen GmbH",
                  .address_lines = {"Kaistraße 12", "20457 Hamburg", "Deutschland"},
                  .tax_id = "DE123456789",
                  .email = "vertrieb@nordhafen.example",
                  .phone = "+49 40 1234567"},
      .customer = {.name = zh ? "上海华东机械有限公司" : "Acme Industrial S.L.",
                   .address_lines = {"Calle Mayor 5", "28013 Madrid"},
                   .tax_id = "ESB12345678",
                   .email = "compras@acme.example",
                   .phone = ""},
      .contact_name = "Lucía Fernández",
      .number = "Q-2026-0042",
      .revision = 3,
      .issued_on = Day("2026-11-22"),
      .valid_until = Day("2026-12-22"),
      .currency = Cur("EUR"),
      .payment_terms_days = 30,
      .incoterm = "DAP Madrid",
      .notes = "Delivery four weeks after order confirmation.",
      .status = "draft",
      .lines = {Line(1, "SKU-0001", zh ? "不锈钢离心泵" : "Centrifugal pump, stainless steel", "2",
                     "pcs", "617.28", nullptr, "19", "EUR"),
                Line(2, "SKU-0002", zh ? "安装调试服务" : "Installation and commissioning", "10.5",
                     "h", "80", "10", "7", "EUR")},
      .tax_groups = {},
      .untaxed = Amount("0", "EUR"),
      .tax = Amount("0", "EUR"),
      .total = Amount("0", "EUR"),
      .margin = std::nullopt,
      .internal = false,
  };
  ComputeTotals(quote);
  return quote;
}

inline std::string SkuOf(int i) {
  char sku[16];
  std::snprintf(sku, sizeof sku, "SKU-%04d", i);
  return sku;
}

// `count` lines; every fifth has a description long enough to wrap over several lines.
inline QuotePdfInput LongQuote(const std::string& language, int count) {
  QuotePdfInput quote = SmallQuote(language);
  quote.lines.clear();
  const bool zh = language == "zh";
  for (int i = 1; i <= count; ++i) {
    std::string description = zh ? "液压阀门组件" : "Hydraulic valve assembly";
    if (i % 5 == 0) {
      description += zh ? "，含不锈钢外壳、密封件、安装支架以及全套技术文档和出厂检验报告"
                        : ", with stainless housing, seals, mounting bracket and the full "
                          "technical documentation set including the factory test report";
    }
    const std::string price = std::to_string(100 + i) + ".25";
    quote.lines.push_back(Line(i, SkuOf(i), description, i % 3 == 0 ? "12.5" : "3", "pcs",
                               price.c_str(), i % 4 == 0 ? "5" : nullptr, i % 7 == 0 ? "7" : "19",
                               "EUR"));
  }
  ComputeTotals(quote);
  return quote;
}

inline std::string RunCommand(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  std::array<char, 4096> buffer;
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
  pclose(pipe);
  return out;
}

// A rendered PDF written to a temporary file (removed on destruction), read back by poppler.
class RenderedPdf {
 public:
  explicit RenderedPdf(const std::string& bytes) {
    static std::atomic<int> counter{0};
    path_ =
        std::filesystem::temp_directory_path() / ("salesdesk_pdf_test_" + std::to_string(getpid()) +
                                                  "_" + std::to_string(counter++) + ".pdf");
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~RenderedPdf() { std::filesystem::remove(path_); }
  RenderedPdf(const RenderedPdf&) = delete;
  RenderedPdf& operator=(const RenderedPdf&) = delete;

  // pdftotext -layout, with no-break spaces turned into plain ones so tests read naturally.
  std::string Text() const {
    std::string text = RunCommand("pdftotext -layout -enc UTF-8 '" + path_.string() + "' -");
    for (std::size_t at = text.find("\u00A0"); at != std::string::npos;
         at = text.find("\u00A0", at)) {
      text.replace(at, 2, " ");
    }
    return text;
  }
  // One string per page (pdftotext separates pages with form feeds).
  std::vector<std::string> Pages() const {
    std::vector<std::string> pages;
    std::string text = Text();
    std::size_t start = 0;
    for (std::size_t ff = text.find('\f'); ff != std::string::npos; ff = text.find('\f', start)) {
      pages.push_back(text.substr(start, ff - start));
      start = ff + 1;
    }
    if (start < text.size() && text.find_first_not_of(" \n", start) != std::string::npos) {
      pages.push_back(text.substr(start));
    }
    return pages;
  }
  std::string Info() const { return RunCommand("pdfinfo '" + path_.string() + "'"); }
  std::string Fonts() const { return RunCommand("pdffonts '" + path_.string() + "'"); }
  // Word boxes as pdftotext -bbox prints them (XHTML with page sizes and word coordinates).
  std::string BoundingBoxes() const {
    return RunCommand("pdftotext -bbox -enc UTF-8 '" + path_.string() + "' -");
  }
  int PageCount() const {
    const std::string info = Info();
    const std::size_t at = info.find("Pages:");
    return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline int CountOccurrences(const std::string& text, const std::string& needle) {
  int count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

}  // namespace salesdesk::pdf::testing
