// The body of every PUT …/credit-splits route (orders, invoices, and pipeline's deals): decoding
// the shares into problems that name the member, and answering the stored rows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/access/caller.h"
#include "app/records/field_value.h"
#include "http/route.h"
#include "modules/billing/core/credit_split.h"

namespace salesdesk::http::billing_json {

core::Result<std::vector<core::billing::CreditShare>> DecodeCreditSplits(const std::string& body);
// 200 {"credit_splits": [rows of `plural`]}, or the error's problem.
Response CreditSplitsResponse(const core::Result<std::vector<app::Record>>& rows,
                              std::string_view plural, const app::Caller& caller);

}  // namespace salesdesk::http::billing_json
