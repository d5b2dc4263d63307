// The consignee's delivery and return notes as A4 PDFs in the customer's language (en, de, es,
// zh), on billing's document layout. Each only lays out its model (core/delivery_print.h), which
// has no place for a price, cost, margin or note.
#pragma once

#include <string>

#include "core/result.h"
#include "modules/deliveries/core/delivery_print.h"

namespace salesdesk::pdf {

// kInvalidArgument on "lang" for a language other than en, de, es, zh.
core::Result<std::string> RenderDeliveryNotePdf(const core::deliveries::DeliveryNotePrint& note);
core::Result<std::string> RenderReturnNotePdf(const core::deliveries::ReturnNotePrint& note);

}  // namespace salesdesk::pdf
