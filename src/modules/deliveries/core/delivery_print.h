// What a printed delivery note and return note show, as plain values. The reader is the
// consignee, who is often not the payer: the models have no place for a price, a cost, a margin
// or an internal note, so no builder can put them on the page, whoever downloads the file
// (decision 0051). Built by app/delivery_print_data.cpp from records the caller may see, laid out
// by pdf/ with billing's document layout.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/money/decimal.h"
#include "core/time/date.h"
#include "modules/billing/core/document_print.h"

namespace salesdesk::core::deliveries {

using DocumentHead = core::billing::DocumentHead;

struct DeliveryPrintLine {
  int position = 0;
  std::string sku;  // empty: a line without a product
  std::string description;
  Quantity ordered;     // the order line's quantity
  Quantity quantity;    // in this note
  Quantity back_order;  // still to come after this note (ordered - this and earlier notes)
  std::string unit;
};

struct DeliveryNotePrint {
  DocumentHead head;  // number: DN-…, empty on a draft; date: shipped on (planned on a draft)
  std::string order_number;
  std::string carrier;  // empty: not printed (likewise tracking)
  std::string tracking;
  std::vector<DeliveryPrintLine> lines;
};

struct ReturnPrintLine {
  int position = 0;
  std::string sku;
  std::string description;
  Quantity quantity;  // returned
  std::string unit;
};

struct ReturnNotePrint {
  DocumentHead head;  // number: RN-…; date: returned on
  std::string delivery_number;
  std::optional<Date> shipped_on;
  std::string order_number;
  std::string reason;
  std::vector<ReturnPrintLine> lines;
};

}  // namespace salesdesk::core::deliveries
