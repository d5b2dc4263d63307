#include "modules/billing/pdf/document_layout.h"

#include <algorithm>
#include <memory>

#include "modules/sales/pdf/quote_pdf_labels.h"
#include "pdf/pdf_blocks.h"
#include "pdf/pdf_canvas.h"
#include "pdf/pdf_page_flow.h"

namespace salesdesk::pdf {
namespace {

constexpr double kRunningHeaderBottom = kMargin + 30;
constexpr double kFlowBottom = kPageHeight - kMargin - 14;

TextStyle Style(double size, bool bold = false, Rgb color = kInk, Align align = Align::kLeft,
                int max_lines = 0) {
  return TextStyle{size, bold, color, align, max_lines};
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    if (line.empty()) continue;
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

// A red box with the DRAFT marker, right-aligned at `right`; returns its height.
double DrawDraftStamp(Canvas& canvas, const DocumentLayout& doc, double right, double y) {
  TextBlock stamp = canvas.Layout(doc.draft_label, 200, Style(11, true, kAlert, Align::kLeft, 1));
  const double pad = 4;
  const double width = stamp.natural_width() + 2 * pad;
  canvas.StrokeRect(right - width, y, width, stamp.height() + 2 * pad, 1.0, kAlert);
  canvas.Draw(stamp, right - width + pad, y + pad);
  return stamp.height() + 2 * pad;
}

double DrawFirstPageHeader(Canvas& canvas, const DocumentLayout& doc) {
  const double right = kMargin + kContentWidth;
  const double company_width = 300;
  TextBlock company =
      canvas.Layout(doc.company.name, company_width, Style(15, true, kAccent, Align::kLeft, 2));
  std::vector<std::string> lines = doc.company.address_lines;
  if (!doc.company.tax_id.empty())
    lines.push_back(std::string(doc.tax_id_label) + doc.label_separator + doc.company.tax_id);
  lines.push_back(JoinLines({doc.company.email, doc.company.phone}));
  TextBlock details =
      canvas.Layout(JoinLines(lines), company_width, Style(8, false, kMuted, Align::kLeft, 8));
  canvas.Draw(company, kMargin, kMargin);
  canvas.Draw(details, kMargin, kMargin + company.height() + 3);
  const double left_bottom = kMargin + company.height() + 3 + details.height();

  const double title_width = kContentWidth - company_width - 10;
  TextBlock title =
      canvas.Layout(doc.title, title_width, Style(20, true, kAccent, Align::kRight, 2));
  canvas.Draw(title, right - title_width, kMargin - 2);
  double right_bottom = kMargin - 2 + title.height();
  if (doc.draft) right_bottom += 4 + DrawDraftStamp(canvas, doc, right, right_bottom + 4);

  double y = std::max(left_bottom, right_bottom) + 12;
  canvas.HorizontalRule(kMargin, y, kContentWidth, 0.6, kRule);
  y += 14;

  const double customer_width = 270;
  TextBlock label = canvas.Layout(doc.customer_label, customer_width, Style(7.5, true, kMuted));
  TextBlock name =
      canvas.Layout(doc.customer.name, customer_width, Style(10, true, kInk, Align::kLeft, 3));
  std::vector<std::string> customer_lines = doc.customer.address_lines;
  if (!doc.customer.tax_id.empty())
    customer_lines.push_back(std::string(doc.tax_id_label) + doc.label_separator +
                             doc.customer.tax_id);
  TextBlock customer = canvas.Layout(JoinLines(customer_lines), customer_width,
                                     Style(8.5, false, kInk, Align::kLeft, 12));
  double customer_y = y;
  canvas.Draw(label, kMargin, customer_y);
  customer_y += label.height() + 2;
  canvas.Draw(name, kMargin, customer_y);
  customer_y += name.height() + 2;
  canvas.Draw(customer, kMargin, customer_y);
  customer_y += customer.height();

  const double facts_width = 225;
  LabelValueRows facts;
  facts.label_width = 105;
  for (const auto& [k, v] : doc.facts) {
    facts.Add(canvas, k, v, facts_width, Style(8, false, kMuted, Align::kLeft, 2),
              Style(8, true, kInk, Align::kRight, 2));
  }
  facts.Draw(canvas, right - facts_width, y);
  return std::max(customer_y, y + facts.height) + 18;
}

void DrawRunningHeader(Canvas& canvas, const DocumentLayout& doc) {
  const double half = kContentWidth / 2;
  TextBlock company =
      canvas.Layout(doc.company.name, half - 10, Style(9, true, kAccent, Align::kLeft, 1));
  TextBlock reference =
      canvas.Layout(doc.reference, half - 10, Style(9, false, kInk, Align::kRight, 1));
  canvas.Draw(company, kMargin, kMargin);
  canvas.Draw(reference, kMargin + half + 10, kMargin);
  canvas.HorizontalRule(kMargin, kMargin + 18, kContentWidth, 0.6, kRule);
}

void DrawFooter(Canvas& canvas, const DocumentLayout& doc, int page, int page_count) {
  const double y = kPageHeight - kMargin - 4;
  canvas.HorizontalRule(kMargin, y - 4, kContentWidth, 0.4, kRule);
  const double half = kContentWidth / 2;
  TextBlock left = canvas.Layout(doc.company.name + " · " + doc.reference, half + 60,
                                 Style(7, false, kMuted, Align::kLeft, 1));
  TextBlock right = canvas.Layout(
      FillTemplate(doc.page_of,
                   {{"page", std::to_string(page)}, {"pages", std::to_string(page_count)}}),
      half - 70, Style(7, false, kMuted, Align::kRight, 1));
  canvas.Draw(left, kMargin, y);
  canvas.Draw(right, kMargin + half + 70, y);
}

FlowItem LayoutTotals(const Canvas& canvas, const std::vector<LabelValue>& totals) {
  const double width = 260;
  auto rows = std::make_shared<LabelValueRows>();
  rows->label_width = 150;
  for (std::size_t i = 0; i + 1 < totals.size(); ++i) {
    rows->Add(canvas, totals[i].first, totals[i].second, width,
              Style(8.5, false, kMuted, Align::kLeft, 2),
              Style(8.5, false, kInk, Align::kRight, 2));
  }
  const double rule_at = rows->height + 2;
  auto total = std::make_shared<LabelValueRows>();
  total->label_width = 150;
  if (!totals.empty()) {
    total->Add(canvas, totals.back().first, totals.back().second, width,
               Style(10.5, true, kAccent, Align::kLeft, 2),
               Style(10.5, true, kAccent, Align::kRight, 2));
  }
  FlowItem item;
  item.flow.height = rule_at + 5 + total->height;
  item.flow.space_before = 14;
  item.draw = [=](Canvas& c, double y) {
    const double x = kMargin + kContentWidth - width;
    rows->Draw(c, x, y);
    c.HorizontalRule(x, y + rule_at, width, 0.8, kAccent);
    total->Draw(c, x, y + rule_at + 5);
  };
  return item;
}

// A flowing block and, for a table row, the table whose header goes above it on a new page.
struct Placed {
  FlowItem item;
  int table = -1;
};

void AddTable(const Canvas& canvas, const DocumentTable& table, int index,
              std::vector<std::vector<TableColumn>>& columns, std::vector<TableRow>& headers,
              std::vector<Placed>& out) {
  std::vector<TableColumn> fitted = table.columns;
  FitColumns(canvas, fitted, table.rows, kContentWidth);
  std::vector<std::string> header_cells;
  for (const TableColumn& column : fitted) header_cells.push_back(column.header);
  headers.push_back(LayoutTableRow(canvas, fitted, header_cells, RowKind::kHeader));
  columns.push_back(fitted);
  if (!table.heading.empty()) {
    auto heading = std::make_shared<TextBlock>(
        canvas.Layout(table.heading, kContentWidth, Style(9, true, kAccent)));
    FlowItem item;
    item.flow = FlowBlock{heading->height() + 3, 16, false, true};
    item.draw = [heading](Canvas& c, double y) { c.Draw(*heading, kMargin, y); };
    out.push_back({std::move(item)});
  }
  auto shared = std::make_shared<const std::vector<TableColumn>>(fitted);
  for (const auto& cells : table.rows) {
    auto row = std::make_shared<TableRow>(LayoutTableRow(canvas, *shared, cells, RowKind::kBody));
    FlowItem item;
    item.flow.height = row->height;
    item.flow.table_row = true;
    item.draw = [shared, row](Canvas& c, double y) {
      DrawTableRow(c, *shared, *row, kMargin, y, RowKind::kBody);
    };
    out.push_back({std::move(item), index});
  }
}

void AddParagraphs(const Canvas& canvas, const std::vector<LabelValue>& paragraphs,
                   std::vector<Placed>& out) {
  for (const auto& [heading, text] : paragraphs) {
    for (FlowItem& item : LayoutParagraph(canvas, heading.c_str(), text)) {
      out.push_back({std::move(item)});
    }
  }
}

}  // namespace

DocumentLayout StartDocument(Language language, const QuoteLabels& common, std::string title,
                             const std::string& number, const char* customer_label) {
  DocumentLayout doc;
  doc.language = language;
  doc.reference = number.empty() ? title : title + " " + number;
  doc.title = std::move(title);
  doc.draft_label = common.draft;
  doc.customer_label = customer_label;
  doc.tax_id_label = common.tax_id;
  doc.page_of = common.page_of;
  doc.label_separator = common.label_separator;
  return doc;
}

DocumentLayout StartDocument(Language language, const QuoteLabels& common,
                             const core::billing::DocumentHead& head, std::string title,
                             const char* customer_label) {
  DocumentLayout doc =
      StartDocument(language, common, std::move(title), head.number, customer_label);
  doc.draft = head.draft;
  doc.company = head.company;
  doc.customer = head.customer;
  return doc;
}

core::Result<std::string> RenderDocument(const DocumentLayout& doc) {
  std::string pdf;
  SD_ASSIGN(std::unique_ptr<Canvas> canvas, Canvas::Create(&pdf, doc.language));
  canvas->SetTitle(doc.reference, doc.company.name);
  const double flow_top = DrawFirstPageHeader(*canvas, doc);

  std::vector<Placed> placed;
  std::vector<std::vector<TableColumn>> columns;
  std::vector<TableRow> headers;
  AddParagraphs(*canvas, doc.opening, placed);
  for (std::size_t t = 0; t < doc.tables.size(); ++t) {
    AddTable(*canvas, doc.tables[t], static_cast<int>(t), columns, headers, placed);
    if (t == doc.totals_after && !doc.totals.empty()) {
      placed.push_back({LayoutTotals(*canvas, doc.totals)});
    }
  }
  AddParagraphs(*canvas, doc.closing, placed);

  double header_height = 0;
  for (const TableRow& header : headers) header_height = std::max(header_height, header.height);
  std::vector<FlowBlock> flow;
  for (const Placed& p : placed) flow.push_back(p.item.flow);
  const FlowLayout layout =
      PaginateFlow(flow, FlowFrame{flow_top, kRunningHeaderBottom, kFlowBottom, header_height});

  int page = 0;
  for (std::size_t i = 0; i < placed.size(); ++i) {
    const FlowPlacement& at = layout.placements[i];
    while (page < at.page) {
      DrawFooter(*canvas, doc, page + 1, layout.page_count);
      canvas->ShowPage();
      ++page;
      DrawRunningHeader(*canvas, doc);
    }
    if (at.header_y >= 0 && placed[i].table >= 0) {
      const auto t = static_cast<std::size_t>(placed[i].table);
      DrawTableRow(*canvas, columns[t], headers[t], kMargin, at.header_y, RowKind::kHeader);
    }
    placed[i].item.draw(*canvas, at.y);
  }
  DrawFooter(*canvas, doc, page + 1, layout.page_count);
  canvas->ShowPage();
  SD_TRY(canvas->Finish());
  return pdf;
}

}  // namespace salesdesk::pdf
