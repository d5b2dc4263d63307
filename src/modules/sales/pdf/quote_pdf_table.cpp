#include "modules/sales/pdf/quote_pdf_table.h"

#include "pdf/pdf_number_format.h"

namespace salesdesk::pdf {
namespace {

constexpr int kDescriptionMaxLines = 12;

// Money columns carry the currency in their header, so cells stay short enough to align.
std::string WithCurrency(const char* label, const core::Currency& currency) {
  return std::string(label) + "\n" + currency.code();
}

}  // namespace

std::vector<TableColumn> LineTableColumns(const QuoteLabels& labels, const core::Currency& currency,
                                          bool internal) {
  std::vector<TableColumn> columns = {
      {labels.position, 16, 30, Align::kRight, 1},
      {labels.sku, 40, 90, Align::kLeft, 3},
      {labels.description, 100, 0, Align::kLeft, kDescriptionMaxLines, true},
      {labels.quantity, 28, 60, Align::kRight, 2},
      {labels.unit, 22, 50, Align::kLeft, 2},
      {WithCurrency(labels.unit_price, currency), 40, 80, Align::kRight, 2},
      {labels.discount, 26, 44, Align::kRight, 1},
      {labels.tax_rate, 26, 44, Align::kRight, 1},
      {WithCurrency(labels.net, currency), 44, 90, Align::kRight, 2},
  };
  if (internal) {
    columns.push_back({WithCurrency(labels.unit_cost, currency), 40, 80, Align::kRight, 2});
    columns.push_back({labels.margin_percent, 30, 44, Align::kRight, 1});
  }
  return columns;
}

std::vector<std::string> LineTableCells(const QuotePdfLine& line, const core::Currency& currency,
                                        Language language, bool internal) {
  std::vector<std::string> cells = {
      std::to_string(line.position),
      line.sku,
      line.description,
      FormatQuantity(line.quantity, language),
      line.unit,
      FormatUnitPrice(line.unit_price, currency, language),
      line.discount ? FormatPercent(*line.discount, language) : std::string(),
      FormatPercent(line.tax_rate, language),
      FormatAmount(line.net, language),
  };
  if (internal) {
    cells.push_back(line.unit_cost ? FormatUnitPrice(*line.unit_cost, currency, language)
                                   : std::string());
    cells.push_back(line.margin ? FormatPercent(*line.margin, language) : std::string());
  }
  return cells;
}

}  // namespace salesdesk::pdf
