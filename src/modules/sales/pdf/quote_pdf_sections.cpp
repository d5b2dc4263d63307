#include "modules/sales/pdf/quote_pdf_sections.h"

#include <algorithm>
#include <memory>
#include <string>
#include <utility>

#include "pdf/pdf_blocks.h"
#include "pdf/pdf_number_format.h"

namespace salesdesk::pdf {
namespace {

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

std::string QuoteTitleLine(const QuoteDocument& doc) {
  return std::string(doc.labels.title) + " " + doc.input.number + " · " + doc.labels.revision +
         " " + std::to_string(doc.input.revision);
}

// The localized DRAFT marker in a red box, right-aligned at `right`; returns its height.
double DrawDraftStamp(Canvas& canvas, const QuoteDocument& doc, double right, double y,
                      double size) {
  TextBlock stamp =
      canvas.Layout(doc.labels.draft, 200, Style(size, true, kAlert, Align::kLeft, 1));
  const double pad = size * 0.35;
  const double width = stamp.natural_width() + 2 * pad;
  canvas.StrokeRect(right - width, y, width, stamp.height() + 2 * pad, 1.0, kAlert);
  canvas.Draw(stamp, right - width + pad, y + pad);
  return stamp.height() + 2 * pad;
}

}  // namespace

double DrawFirstPageHeader(Canvas& canvas, const QuoteDocument& doc) {
  const QuotePdfInput& in = doc.input;
  const QuoteLabels& labels = doc.labels;
  const double right = kMargin + kContentWidth;

  // Company on the left, document title on the right.
  const double company_width = 300;
  TextBlock company =
      canvas.Layout(in.company.name, company_width, Style(15, true, kAccent, Align::kLeft, 2));
  std::vector<std::string> company_lines = in.company.address_lines;
  if (!in.company.tax_id.empty())
    company_lines.push_back(std::string(labels.tax_id) + labels.label_separator +
                            in.company.tax_id);
  company_lines.push_back(JoinLines({in.company.email, in.company.phone}));
  const std::string details = JoinLines(company_lines);
  TextBlock company_details =
      canvas.Layout(details, company_width, Style(8, false, kMuted, Align::kLeft, 8));
  canvas.Draw(company, kMargin, kMargin);
  canvas.Draw(company_details, kMargin, kMargin + company.height() + 3);
  double left_bottom = kMargin + company.height() + 3 + company_details.height();

  const double title_width = kContentWidth - company_width - 10;
  TextBlock title =
      canvas.Layout(labels.title, title_width, Style(20, true, kAccent, Align::kRight, 2));
  canvas.Draw(title, right - title_width, kMargin - 2);
  double right_bottom = kMargin - 2 + title.height();
  if (doc.draft) right_bottom += 4 + DrawDraftStamp(canvas, doc, right, right_bottom + 4, 11);

  double y = std::max(left_bottom, right_bottom) + 12;
  canvas.HorizontalRule(kMargin, y, kContentWidth, 0.6, kRule);
  y += 14;

  // Customer on the left.
  const double customer_width = 270;
  TextBlock customer_label =
      canvas.Layout(labels.customer, customer_width, Style(7.5, true, kMuted));
  TextBlock customer_name =
      canvas.Layout(in.customer.name, customer_width, Style(10, true, kInk, Align::kLeft, 3));
  std::vector<std::string> customer_lines = in.customer.address_lines;
  if (!in.contact_name.empty())
    customer_lines.push_back(std::string(labels.contact) + labels.label_separator +
                             in.contact_name);
  if (!in.customer.tax_id.empty())
    customer_lines.push_back(std::string(labels.tax_id) + labels.label_separator +
                             in.customer.tax_id);
  if (!in.customer.email.empty()) customer_lines.push_back(in.customer.email);
  if (!in.customer.phone.empty()) customer_lines.push_back(in.customer.phone);
  TextBlock customer_details = canvas.Layout(JoinLines(customer_lines), customer_width,
                                             Style(8.5, false, kInk, Align::kLeft, 12));
  double customer_y = y;
  canvas.Draw(customer_label, kMargin, customer_y);
  customer_y += customer_label.height() + 2;
  canvas.Draw(customer_name, kMargin, customer_y);
  customer_y += customer_name.height() + 2;
  canvas.Draw(customer_details, kMargin, customer_y);
  customer_y += customer_details.height();

  // The quote's facts on the right.
  const double facts_width = 225;
  LabelValueRows facts;
  facts.label_width = 105;
  const TextStyle label_style = Style(8, false, kMuted, Align::kLeft, 2);
  const TextStyle value_style = Style(8, true, kInk, Align::kRight, 2);
  facts.Add(canvas, labels.number, in.number, facts_width, label_style, value_style);
  facts.Add(canvas, labels.revision, std::to_string(in.revision), facts_width, label_style,
            value_style);
  facts.Add(canvas, labels.issued_on, FormatDate(in.issued_on, doc.language), facts_width,
            label_style, value_style);
  if (in.valid_until) {
    facts.Add(canvas, labels.valid_until, FormatDate(*in.valid_until, doc.language), facts_width,
              label_style, value_style);
  }
  facts.Add(
      canvas, labels.payment_terms,
      FillTemplate(labels.payment_terms_value, {{"days", std::to_string(in.payment_terms_days)}}),
      facts_width, label_style, value_style);
  if (!in.incoterm.empty())
    facts.Add(canvas, labels.incoterm, in.incoterm, facts_width, label_style, value_style);
  facts.Add(canvas, labels.currency, in.currency.code(), facts_width, label_style, value_style);
  facts.Draw(canvas, right - facts_width, y);

  return std::max(customer_y, y + facts.height) + 18;
}

void DrawRunningHeader(Canvas& canvas, const QuoteDocument& doc) {
  const double half = kContentWidth / 2;
  TextBlock company =
      canvas.Layout(doc.input.company.name, half - 10, Style(9, true, kAccent, Align::kLeft, 1));
  TextBlock quote =
      canvas.Layout(QuoteTitleLine(doc), half - 10, Style(9, false, kInk, Align::kRight, 1));
  canvas.Draw(company, kMargin, kMargin);
  canvas.Draw(quote, kMargin + half + 10, kMargin);
  if (doc.draft) {
    // Left of the title line, which is right-aligned in its half.
    DrawDraftStamp(canvas, doc, kMargin + kContentWidth - quote.natural_width() - 8, kMargin - 2,
                   7.5);
  }
  canvas.HorizontalRule(kMargin, kMargin + 18, kContentWidth, 0.6, kRule);
}

void DrawFooter(Canvas& canvas, const QuoteDocument& doc, int page, int page_count) {
  const double y = kPageHeight - kMargin - 4;
  canvas.HorizontalRule(kMargin, y - 4, kContentWidth, 0.4, kRule);
  const double half = kContentWidth / 2;
  TextBlock left = canvas.Layout(doc.input.company.name + " · " + QuoteTitleLine(doc), half + 60,
                                 Style(7, false, kMuted, Align::kLeft, 1));
  TextBlock right = canvas.Layout(
      FillTemplate(doc.labels.page_of,
                   {{"page", std::to_string(page)}, {"pages", std::to_string(page_count)}}),
      half - 70, Style(7, false, kMuted, Align::kRight, 1));
  canvas.Draw(left, kMargin, y);
  canvas.Draw(right, kMargin + half + 70, y);
  if (doc.input.internal) {
    // Above the footer rule of every page, so no page of it can pass for the customer's copy.
    TextBlock marker = canvas.Layout(doc.labels.internal, kContentWidth,
                                     Style(8, true, kAccent, Align::kCenter, 1));
    canvas.Draw(marker, kMargin, y - 18);
  }
}

QuoteBlock LayoutTotals(const Canvas& canvas, const QuoteDocument& doc) {
  const QuotePdfInput& in = doc.input;
  const QuoteLabels& labels = doc.labels;

  // Tax groups: a small three-column table.
  const double group_widths[] = {70, 95, 95};
  auto group_row = [&](const std::string& rate, const std::string& base, const std::string& tax,
                       bool header) {
    const TextStyle style = header ? Style(7, true, kMuted) : Style(8);
    std::vector<TextBlock> cells;
    cells.push_back(canvas.Layout(rate, group_widths[0],
                                  TextStyle{style.size, style.bold, style.color, Align::kLeft, 2}));
    cells.push_back(canvas.Layout(
        base, group_widths[1], TextStyle{style.size, style.bold, style.color, Align::kRight, 2}));
    cells.push_back(canvas.Layout(
        tax, group_widths[2], TextStyle{style.size, style.bold, style.color, Align::kRight, 2}));
    return cells;
  };
  auto groups = std::make_shared<std::vector<std::vector<TextBlock>>>();
  if (!in.tax_groups.empty()) {
    groups->push_back(group_row(labels.group_rate, labels.group_base, labels.group_tax, true));
    for (const QuotePdfTaxGroup& group : in.tax_groups) {
      groups->push_back(group_row(FormatPercent(group.rate, doc.language),
                                  FormatMoney(group.base, doc.language),
                                  FormatMoney(group.tax, doc.language), false));
    }
  }
  auto row_height = [](const std::vector<TextBlock>& row) {
    double h = 0;
    for (const TextBlock& cell : row) h = std::max(h, cell.height());
    return h + 3;
  };
  double groups_height = 0;
  for (const auto& row : *groups) groups_height += row_height(row);

  // Totals on the right; the total itself larger, below a rule.
  const double totals_width = 230;
  auto totals = std::make_shared<LabelValueRows>();
  totals->label_width = 110;
  totals->Add(canvas, labels.untaxed, FormatMoney(in.untaxed, doc.language), totals_width,
              Style(8.5, false, kMuted, Align::kLeft, 2),
              Style(8.5, false, kInk, Align::kRight, 2));
  totals->Add(canvas, labels.tax, FormatMoney(in.tax, doc.language), totals_width,
              Style(8.5, false, kMuted, Align::kLeft, 2),
              Style(8.5, false, kInk, Align::kRight, 2));
  const double rule_at = totals->height + 2;
  auto total = std::make_shared<LabelValueRows>();
  total->label_width = 110;
  total->Add(canvas, labels.total, FormatMoney(in.total, doc.language), totals_width,
             Style(10.5, true, kAccent, Align::kLeft, 2),
             Style(10.5, true, kAccent, Align::kRight, 2));
  if (in.internal && in.margin) {
    total->Add(canvas, labels.margin, FormatMoney(*in.margin, doc.language), totals_width,
               Style(8, false, kMuted, Align::kLeft, 2), Style(8, false, kMuted, Align::kRight, 2));
  }
  const double totals_height = rule_at + 5 + total->height;

  QuoteBlock block;
  block.flow.height = std::max(groups_height, totals_height);
  block.flow.space_before = 14;
  block.draw = [=](Canvas& c, double y) {
    double group_y = y;
    for (std::size_t r = 0; r < groups->size(); ++r) {
      double x = kMargin;
      for (std::size_t i = 0; i < (*groups)[r].size(); ++i) {
        c.Draw((*groups)[r][i], x, group_y);
        x += group_widths[i];
      }
      group_y += row_height((*groups)[r]);
      if (r == 0)
        c.HorizontalRule(kMargin, group_y - 1.5,
                         group_widths[0] + group_widths[1] + group_widths[2], 0.4, kRule);
    }
    const double x = kMargin + kContentWidth - totals_width;
    totals->Draw(c, x, y);
    c.HorizontalRule(x, y + rule_at, totals_width, 0.8, kAccent);
    total->Draw(c, x, y + rule_at + 5);
  };
  return block;
}

std::string TermsText(const QuoteDocument& doc) {
  const QuotePdfInput& in = doc.input;
  const QuoteLabels& labels = doc.labels;
  // Chinese sentences end in a full-width stop and need no space between them.
  const std::string gap = doc.language == Language::kZh ? "" : " ";
  std::vector<std::string> sentences;
  if (in.valid_until) {
    sentences.push_back(
        FillTemplate(labels.terms_validity, {{"date", FormatDate(*in.valid_until, doc.language)}}));
  }
  sentences.push_back(FillTemplate(labels.terms_prices, {{"currency", in.currency.code()}}));
  if (in.reverse_charge) sentences.push_back(labels.tax_reverse_charge);
  if (in.export_exempt) sentences.push_back(labels.tax_export);
  sentences.push_back(
      FillTemplate(labels.terms_payment, {{"days", std::to_string(in.payment_terms_days)}}));
  if (!in.incoterm.empty())
    sentences.push_back(FillTemplate(labels.terms_delivery, {{"incoterm", in.incoterm}}));
  sentences.push_back(labels.terms_general);
  std::string out;
  for (const std::string& sentence : sentences) out += (out.empty() ? "" : gap) + sentence;
  return out;
}

}  // namespace salesdesk::pdf
