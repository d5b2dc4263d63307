// The words on delivery and return notes that the quote does not already have (those come from
// the quote's labels: table heads, page numbers, DRAFT).
#pragma once

#include "pdf/pdf_language.h"

namespace salesdesk::pdf {

struct DeliveryLabels {
  const char* delivery_note;  // the title
  const char* return_note;    // the title
  const char* consignee;      // who the goods go to (or come from), in place of "Customer"
  const char* delivery_note_number;
  const char* return_note_number;
  const char* shipped_on;
  const char* returned_on;
  const char* order;
  const char* carrier;
  const char* tracking;
  const char* delivery;  // the delivery a return came from
  const char* reason;
  const char* ordered;     // column: the order line's quantity
  const char* delivered;   // column: in this note
  const char* back_order;  // column: still to come
  const char* returned;    // column: returned
  const char* check;       // the closing paragraph of a delivery note: heading and text
  const char* check_text;
};

const DeliveryLabels& DeliveryLabelsFor(Language language);

}  // namespace salesdesk::pdf
