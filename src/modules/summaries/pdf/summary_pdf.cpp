#include "modules/summaries/pdf/summary_pdf.h"

#include "core/money/currency.h"
#include "modules/billing/pdf/document_layout.h"
#include "modules/sales/pdf/quote_pdf_labels.h"
#include "pdf/pdf_number_format.h"

namespace salesdesk::pdf {
namespace {

namespace cs = core::summaries;

std::string Percent(std::int64_t bp, Language language) {
  std::string text = FormatDecimal(bp, 2, 0, language);
  return text + (language == Language::kDe || language == Language::kEs ? " %" : "%");
}

std::string Written(const cs::SummaryCell& c, Language language) {
  using K = cs::SummaryCell::Kind;
  switch (c.kind) {
    case K::kText:
      return c.text;
    case K::kMoney: {
      auto currency = core::ParseCurrency(c.currency);
      if (!currency.ok()) return FormatDecimal(c.value, 0, 0, language) + " " + c.currency;
      return FormatMoney(core::Money{c.value, *currency}, language);
    }
    case K::kCount:
      return FormatDecimal(c.value, 0, 0, language);
    case K::kBp:
      return Percent(c.value, language);
    case K::kNone:
      break;
  }
  return "–";
}

DocumentTable TableOf(const cs::SummaryTable& t, Language language) {
  DocumentTable out;
  out.heading = t.heading;
  if (t.rows.empty()) {
    out.columns = {{"", 100, 0, Align::kLeft, 3, true}};
    out.rows = {{t.empty}};
    return out;
  }
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    out.columns.push_back(i == 0 ? TableColumn{t.columns[i], 70, 0, Align::kLeft, 2, true}
                                 : TableColumn{t.columns[i], 36, 95, Align::kRight, 3});
  }
  for (const auto& row : t.rows) {
    std::vector<std::string> cells;
    for (const auto& c : row) cells.push_back(Written(c, language));
    out.rows.push_back(std::move(cells));
  }
  return out;
}

}  // namespace

core::Result<std::string> RenderSummaryPdf(const cs::SummaryReport& in) {
  SD_ASSIGN(const Language language, ParseLanguage(in.language));
  DocumentLayout doc = StartDocument(language, LabelsFor(language), in.title, in.reference,
                                     in.prepared_for_label.c_str());
  doc.company = in.company;
  doc.customer.name = in.prepared_for;
  doc.facts = in.facts;
  for (const cs::SummaryTable& t : in.tables) doc.tables.push_back(TableOf(t, language));
  doc.totals_after = doc.tables.size();
  return RenderDocument(doc);
}

}  // namespace salesdesk::pdf
