// What the billing routes share: decoding body members into problems that name the field, and
// answering a record with its ETag (and, for a creating POST, once per Idempotency-Key).
#pragma once

#include <boost/json.hpp>

#include <string>
#include <string_view>

#include "app/access/access_policy.h"
#include "app/records/record_json.h"
#include "core/money/money.h"
#include "core/result.h"
#include "core/time/date.h"
#include "http/error_response.h"
#include "http/idempotency_header.h"
#include "http/route.h"
#include "modules/billing/app/billing_records.h"

namespace salesdesk::http::billing_json {

core::Result<std::int64_t> IdMember(const boost::json::value& v, const std::string& field);
core::Result<core::Date> DateMember(const boost::json::value& v, const std::string& field);
core::Result<std::string> TextMember(const boost::json::value& v, const std::string& field);
// A positive amount in `currency` written as a string ("12.30"), named `field`.
core::Result<std::int64_t> AmountMember(const boost::json::value& v, const std::string& field,
                                        const core::Currency& currency);
core::Error Unknown(std::string_view key, std::string_view entity);
core::Error Required(const std::string& field);
boost::json::object MoneyJson(std::int64_t minor, const core::Currency& c);

// The record as JSON (cost fields only for those who see cost) with its ETag.
Response RecordOut(int status, const app::EntitySpec& e, const core::Result<app::Record>& r,
                   const app::Caller& caller);

// A creating POST under Idempotency-Key: the record as created, with its Location.
template <typename Run>
Response Created(RouteContext& c, const char* plural, Run run) {
  const app::EntitySpec& e = modules::billing::Spec(plural);
  return CreateOnce<app::Record>(
      c.request, [&](const app::Record& r) { return RecordOut(201, e, r, *c.caller); },
      [&](const app::Record& r) {
        return "/api/v1/" + std::string(plural) + "/" + std::to_string(app::RecordId(r));
      },
      run);
}

}  // namespace salesdesk::http::billing_json
