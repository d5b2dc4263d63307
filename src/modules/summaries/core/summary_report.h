// What a sales summary says, in the reader's words, before it is a PDF or a workbook: a few facts
// and tables of typed cells. Both formats render this one model, so the PDF and the XLSX of one
// summary carry the same figures (money as integer minor units with its currency, ratios in
// basis points, counts).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "modules/sales/core/quotes/quote_print.h"
#include "modules/summaries/core/summary_period.h"

namespace salesdesk::core::summaries {

struct SummaryCell {
  enum class Kind { kText, kMoney, kCount, kBp, kNone };
  Kind kind = Kind::kNone;  // kNone: no figure ("–"), e.g. an attainment without a target
  std::string text;
  std::int64_t value = 0;
  std::string currency;  // kMoney

  static SummaryCell Text(std::string t) { return {Kind::kText, std::move(t), 0, {}}; }
  static SummaryCell Money(std::int64_t minor, std::string currency) {
    return {Kind::kMoney, {}, minor, std::move(currency)};
  }
  static SummaryCell Count(std::int64_t n) { return {Kind::kCount, {}, n, {}}; }
  static SummaryCell Bp(const std::optional<std::int64_t>& bp) {
    return bp ? SummaryCell{Kind::kBp, {}, *bp, {}} : SummaryCell{};
  }
};

struct SummaryTable {
  std::string heading;
  std::vector<std::string> columns;
  std::vector<std::vector<SummaryCell>> rows;  // each as wide as `columns`
  std::string empty;                           // said instead of the table when it has no row
};

struct SummaryReport {
  std::string language;  // en, de, es, zh
  core::quotes::PrintParty company;
  std::string title;      // "Weekly sales summary"
  std::string reference;  // "2026-W49"
  SummaryPeriod period;
  Date read_on;
  std::string prepared_for_label, prepared_for;            // "Prepared for", the reader's name
  std::vector<std::pair<std::string, std::string>> facts;  // label, value
  std::vector<SummaryTable> tables;
};

}  // namespace salesdesk::core::summaries
