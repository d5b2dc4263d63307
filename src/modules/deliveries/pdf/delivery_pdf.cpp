// Fills billing's document layout with a delivery note or a return note: the quote's words where
// they are the same (table heads, page numbers, DRAFT), the deliveries' for the rest. No totals
// block: a delivery note carries no prices (decision 0051).
#include "modules/deliveries/pdf/delivery_pdf.h"

#include "modules/billing/pdf/document_layout.h"
#include "modules/deliveries/pdf/delivery_pdf_labels.h"
#include "modules/sales/pdf/quote_pdf_labels.h"
#include "pdf/pdf_number_format.h"

namespace salesdesk::pdf {
namespace {

namespace cd = core::deliveries;

struct Words {
  Language language;
  const QuoteLabels& common;
  const DeliveryLabels& delivery;
};

core::Result<Words> WordsFor(const std::string& code) {
  SD_ASSIGN(const Language language, ParseLanguage(code));
  return Words{language, LabelsFor(language), DeliveryLabelsFor(language)};
}

DocumentLayout Start(const Words& w, const cd::DocumentHead& head, const char* title) {
  return StartDocument(w.language, w.common, head, title, w.delivery.consignee);
}

TableColumn Qty(const char* header) { return {header, 30, 70, Align::kRight, 2}; }

}  // namespace

core::Result<std::string> RenderDeliveryNotePdf(const cd::DeliveryNotePrint& in) {
  SD_ASSIGN(const Words w, WordsFor(in.head.language));
  DocumentLayout doc = Start(w, in.head, w.delivery.delivery_note);
  if (!in.head.number.empty()) {
    doc.facts.emplace_back(w.delivery.delivery_note_number, in.head.number);
  }
  doc.facts.emplace_back(w.delivery.shipped_on, FormatDate(in.head.date, w.language));
  doc.facts.emplace_back(w.delivery.order, in.order_number);
  if (!in.carrier.empty()) doc.facts.emplace_back(w.delivery.carrier, in.carrier);
  if (!in.tracking.empty()) doc.facts.emplace_back(w.delivery.tracking, in.tracking);
  DocumentTable table;
  table.columns = {{w.common.position, 16, 30, Align::kRight, 1},
                   {w.common.sku, 40, 90, Align::kLeft, 2},
                   {w.common.description, 100, 0, Align::kLeft, 12, true},
                   Qty(w.delivery.ordered),
                   Qty(w.delivery.delivered),
                   Qty(w.delivery.back_order),
                   {w.common.unit, 22, 50, Align::kLeft, 2}};
  for (const cd::DeliveryPrintLine& l : in.lines) {
    table.rows.push_back(
        {std::to_string(l.position), l.sku, l.description, FormatQuantity(l.ordered, w.language),
         FormatQuantity(l.quantity, w.language), FormatQuantity(l.back_order, w.language), l.unit});
  }
  doc.tables.push_back(std::move(table));
  doc.closing.emplace_back(w.delivery.check, w.delivery.check_text);
  return RenderDocument(doc);
}

core::Result<std::string> RenderReturnNotePdf(const cd::ReturnNotePrint& in) {
  SD_ASSIGN(const Words w, WordsFor(in.head.language));
  DocumentLayout doc = Start(w, in.head, w.delivery.return_note);
  doc.facts.emplace_back(w.delivery.return_note_number, in.head.number);
  doc.facts.emplace_back(w.delivery.returned_on, FormatDate(in.head.date, w.language));
  doc.facts.emplace_back(w.delivery.delivery, in.delivery_number);
  if (in.shipped_on) {
    doc.facts.emplace_back(w.delivery.shipped_on, FormatDate(*in.shipped_on, w.language));
  }
  doc.facts.emplace_back(w.delivery.order, in.order_number);
  if (!in.reason.empty()) doc.opening.emplace_back(w.delivery.reason, in.reason);
  DocumentTable table;
  table.columns = {{w.common.position, 16, 30, Align::kRight, 1},
                   {w.common.sku, 40, 90, Align::kLeft, 2},
                   {w.common.description, 100, 0, Align::kLeft, 12, true},
                   Qty(w.delivery.returned),
                   {w.common.unit, 22, 50, Align::kLeft, 2}};
  for (const cd::ReturnPrintLine& l : in.lines) {
    table.rows.push_back({std::to_string(l.position), l.sku, l.description,
                          FormatQuantity(l.quantity, w.language), l.unit});
  }
  doc.tables.push_back(std::move(table));
  return RenderDocument(doc);
}

}  // namespace salesdesk::pdf
