// RenderQuotePdf: validates the input, draws page 1's header, measures every flowing block
// (line rows, totals, notes, terms), paginates them once with PaginateFlow, then draws page by
// page with the running header and the "Page n of N" footer.
#include "modules/sales/pdf/quote_pdf.h"

#include <memory>
#include <string>
#include <vector>

#include "modules/sales/pdf/quote_pdf_labels.h"
#include "modules/sales/pdf/quote_pdf_sections.h"
#include "modules/sales/pdf/quote_pdf_table.h"
#include "pdf/pdf_canvas.h"
#include "pdf/pdf_page_flow.h"

namespace salesdesk::pdf {
namespace {

constexpr std::size_t kMaxTaxGroups = 20;

core::Result<void> CheckCurrency(const core::Money& money, const core::Currency& currency,
                                 const std::string& field) {
  if (money.currency == currency) return core::Ok();
  return core::Error::Invalid(
      field, field + " is in " + money.currency.code() + " but the quote is in " + currency.code());
}

core::Result<void> Validate(const QuotePdfInput& in) {
  if (in.payment_terms_days < 0) {
    return core::Error::Invalid("payment_terms_days", "payment_terms_days must not be negative");
  }
  for (std::size_t i = 0; i < in.lines.size(); ++i) {
    SD_TRY(CheckCurrency(in.lines[i].net, in.currency, "lines[" + std::to_string(i) + "].net"));
  }
  // The tax groups share one block with the totals, which must fit on a page.
  if (in.tax_groups.size() > kMaxTaxGroups) {
    return core::Error::Invalid(
        "tax_groups", "a quote PDF lists at most " + std::to_string(kMaxTaxGroups) + " tax rates");
  }
  for (std::size_t i = 0; i < in.tax_groups.size(); ++i) {
    const std::string field = "tax_groups[" + std::to_string(i) + "]";
    SD_TRY(CheckCurrency(in.tax_groups[i].base, in.currency, field + ".base"));
    SD_TRY(CheckCurrency(in.tax_groups[i].tax, in.currency, field + ".tax"));
  }
  SD_TRY(CheckCurrency(in.untaxed, in.currency, "untaxed"));
  SD_TRY(CheckCurrency(in.tax, in.currency, "tax"));
  SD_TRY(CheckCurrency(in.total, in.currency, "total"));
  if (in.margin) SD_TRY(CheckCurrency(*in.margin, in.currency, "margin"));
  return core::Ok();
}

bool IsDraft(const std::string& status) {
  return status != "sent" && status != "accepted" && status != "approved";
}

// One block per quote line; each shares the column set and draws itself as a row.
std::vector<QuoteBlock> LayoutLineRows(const Canvas& canvas,
                                       std::shared_ptr<const std::vector<TableColumn>> columns,
                                       const std::vector<std::vector<std::string>>& cells) {
  std::vector<QuoteBlock> blocks;
  for (const std::vector<std::string>& row_cells : cells) {
    auto row =
        std::make_shared<TableRow>(LayoutTableRow(canvas, *columns, row_cells, RowKind::kBody));
    QuoteBlock block;
    block.flow.height = row->height;
    block.flow.table_row = true;
    block.draw = [columns, row](Canvas& c, double y) {
      DrawTableRow(c, *columns, *row, kMargin, y, RowKind::kBody);
    };
    blocks.push_back(std::move(block));
  }
  return blocks;
}

}  // namespace

core::Result<std::string> RenderQuotePdf(const QuotePdfInput& input) {
  SD_ASSIGN(const Language language, ParseLanguage(input.language));
  SD_TRY(Validate(input));
  const QuoteDocument doc{input, language, LabelsFor(language), IsDraft(input.status)};

  std::string pdf;
  SD_ASSIGN(std::unique_ptr<Canvas> canvas, Canvas::Create(&pdf, language));
  canvas->SetTitle(std::string(doc.labels.title) + " " + input.number + " " + doc.labels.revision +
                       " " + std::to_string(input.revision) +
                       (input.internal ? std::string(" · ") + doc.labels.internal : ""),
                   input.company.name);

  const double flow_top = DrawFirstPageHeader(*canvas, doc);

  std::vector<std::vector<std::string>> cells;
  for (const QuotePdfLine& line : input.lines) {
    cells.push_back(LineTableCells(line, input.currency, language, input.internal));
  }
  std::vector<TableColumn> fitted = LineTableColumns(doc.labels, input.currency, input.internal);
  FitColumns(*canvas, fitted, cells, kContentWidth);
  auto columns = std::make_shared<const std::vector<TableColumn>>(std::move(fitted));
  std::vector<std::string> header_cells;
  for (const TableColumn& column : *columns) header_cells.push_back(column.header);
  const TableRow header = LayoutTableRow(*canvas, *columns, header_cells, RowKind::kHeader);

  std::vector<QuoteBlock> blocks = LayoutLineRows(*canvas, columns, cells);
  blocks.push_back(LayoutTotals(*canvas, doc));
  for (QuoteBlock& block : LayoutParagraph(*canvas, doc.labels.notes, input.notes)) {
    blocks.push_back(std::move(block));
  }
  for (QuoteBlock& block : LayoutParagraph(*canvas, doc.labels.terms, TermsText(doc))) {
    blocks.push_back(std::move(block));
  }

  std::vector<FlowBlock> flow;
  for (const QuoteBlock& block : blocks) flow.push_back(block.flow);
  const FlowLayout layout = PaginateFlow(
      flow, FlowFrame{flow_top, kRunningHeaderBottom,
                      kFlowBottom - (input.internal ? kInternalMarkerHeight : 0), header.height});

  int page = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const FlowPlacement& at = layout.placements[i];
    while (page < at.page) {
      DrawFooter(*canvas, doc, page + 1, layout.page_count);
      canvas->ShowPage();
      ++page;
      DrawRunningHeader(*canvas, doc);
    }
    if (at.header_y >= 0)
      DrawTableRow(*canvas, *columns, header, kMargin, at.header_y, RowKind::kHeader);
    blocks[i].draw(*canvas, at.y);
  }
  DrawFooter(*canvas, doc, page + 1, layout.page_count);
  canvas->ShowPage();
  SD_TRY(canvas->Finish());
  return pdf;
}

}  // namespace salesdesk::pdf
