// Fills billing's document layout with one appraisal card: the company above, the salesperson
// in the addressee's place, the month's facts, one table of the scored rows, the score as the
// total, then the rating, the comment and the signatures with their dates.
#include "modules/appraisal/pdf/appraisal_pdf.h"

#include "core/money/currency.h"
#include "modules/appraisal/pdf/appraisal_pdf_labels.h"
#include "modules/billing/pdf/document_layout.h"
#include "modules/sales/pdf/quote_pdf_labels.h"
#include "pdf/pdf_number_format.h"

namespace salesdesk::pdf {
namespace {

namespace ca = core::appraisal;

std::string Percent(std::int64_t bp, Language language) {
  std::string text = FormatDecimal(bp, 2, 0, language);
  return text + (language == Language::kDe || language == Language::kEs ? " %" : "%");
}

std::string Figure(const std::optional<std::int64_t>& v, ca::PrintUnit unit,
                   const core::Currency& base, Language language) {
  if (!v) return "–";
  switch (unit) {
    case ca::PrintUnit::kMinor:
      return FormatMoney(core::Money{*v, base}, language);
    case ca::PrintUnit::kBp:
      return Percent(*v, language);
    case ca::PrintUnit::kRating:
      return std::to_string(*v) + "/5";
    case ca::PrintUnit::kCount:
      break;
  }
  return FormatDecimal(*v, 0, 0, language);
}

std::string Dated(const std::string& who, const std::optional<core::Date>& on,
                  const AppraisalLabels& w, Language language) {
  if (!on) return w.not_yet;
  return (who.empty() ? std::string() : who + ", ") + FormatDate(*on, language);
}

}  // namespace

core::Result<std::string> RenderAppraisalPdf(const ca::AppraisalPrint& in) {
  SD_ASSIGN(const Language language, ParseLanguage(in.language));
  SD_ASSIGN(const core::Currency base, core::ParseCurrency(in.base_currency));
  const AppraisalLabels& w = AppraisalLabelsFor(language);
  const QuoteLabels& common = LabelsFor(language);
  DocumentLayout doc =
      StartDocument(language, common, w.title, in.month + " · " + in.person, w.person);
  doc.company = in.company;
  doc.customer.name = in.person;
  doc.facts = {{w.month, in.month},
               {w.figures, in.frozen ? w.frozen : w.live},
               {w.planned_target, in.planned_target
                                      ? FormatMoney(core::Money{*in.planned_target, base}, language)
                                      : std::string("–")},
               {w.actual_sales, FormatMoney(core::Money{in.actual_sales, base}, language)}};
  DocumentTable rows;
  rows.columns = {{w.row, 80, 0, Align::kLeft, 2, true},
                  {w.target, 40, 100, Align::kRight, 1},
                  {w.actual, 40, 100, Align::kRight, 1},
                  {w.attainment, 50, 120, Align::kRight, 2},
                  {w.weight, 30, 50, Align::kRight, 1}};
  for (const ca::PrintRow& r : in.rows) {
    const std::string attainment = r.attainment_bp ? Percent(*r.attainment_bp, language)
                                                   : std::string(w.not_applicable) + ": " +
                                                         ReasonLabel(language, r.not_applicable);
    rows.rows.push_back({std::to_string(ca::RowOf(r.item)) + ". " + ItemLabel(language, r.item),
                         Figure(r.target, r.unit, base, language),
                         Figure(r.actual, r.unit, base, language), attainment,
                         std::to_string(r.weight)});
  }
  doc.tables.push_back(std::move(rows));
  doc.totals = {{w.score, in.score_bp ? Percent(*in.score_bp, language) : std::string("–")}};
  doc.closing.emplace_back(
      w.conduct, in.conduct_rating ? std::to_string(*in.conduct_rating) + "/5" : w.not_yet);
  if (!in.comment.empty()) doc.closing.emplace_back(w.comment, in.comment);
  doc.closing.emplace_back(w.rated_by, in.rated_by.empty() ? w.not_yet : in.rated_by);
  doc.closing.emplace_back(w.signed_by, Dated(in.signed_by, in.signed_on, w, language));
  doc.closing.emplace_back(w.acknowledged, Dated(in.person, in.acknowledged_on, w, language));
  return RenderDocument(doc);
}

}  // namespace salesdesk::pdf
