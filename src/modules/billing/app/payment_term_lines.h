// A payment terms record's lines, stored as JSON:
// [{"portion":1,"rule":"days_after_invoice","days":30}, ...]; portions are weights (E-R1).
#pragma once

#include <string_view>
#include <vector>

#include "app/records/entity_spec.h"
#include "core/result.h"
#include "modules/billing/core/instalments.h"

namespace salesdesk::modules::billing {

// Errors name the member: "lines", "lines/<i>/portion", "lines/<i>/rule", "lines/<i>/days".
core::Result<std::vector<core::billing::TermLine>> ParseTermLines(std::string_view json);

// The payment-terms entity's validate hook: the lines parse and their portions split something.
void ValidatePaymentTerms(const app::Caller& caller, const app::Record& current,
                          app::Record& fields, core::FieldIssues& issues);

}  // namespace salesdesk::modules::billing
