#include "modules/billing/http/billing_route_helpers.h"

#include "core/money/currency.h"
#include "http/if_match.h"
#include "http/json_response.h"

namespace salesdesk::http::billing_json {

namespace json = boost::json;
using core::Error;

core::Result<std::int64_t> IdMember(const json::value& v, const std::string& field) {
  if (!v.is_int64() || v.as_int64() <= 0) {
    return Error::Invalid(field, core::Msg("field.not_an_id", {{"field", field}}));
  }
  return v.as_int64();
}

core::Result<core::Date> DateMember(const json::value& v, const std::string& field) {
  if (!v.is_string())
    return Error::Invalid(field, core::Msg("field.not_string", {{"field", field}}));
  auto d = core::ParseDate(std::string(v.as_string()));
  if (!d.ok()) return Error::Invalid(field, d.error());
  return *d;
}

core::Result<std::string> TextMember(const json::value& v, const std::string& field) {
  if (!v.is_string())
    return Error::Invalid(field, core::Msg("field.not_string", {{"field", field}}));
  return std::string(v.as_string());
}

core::Result<std::int64_t> AmountMember(const json::value& v, const std::string& field,
                                        const core::Currency& currency) {
  if (!v.is_string())
    return Error::Invalid(field, core::Msg("field.not_string", {{"field", field}}));
  auto money = core::ParseMoney(std::string(v.as_string()), currency);
  if (!money.ok()) return Error::Invalid(field, money.error());
  if (money->minor <= 0) {
    return Error::Invalid(field, core::Msg("field.out_of_range",
                                           {{"field", field}, {"min", "0.01"}, {"max", "any"}}));
  }
  return money->minor;
}

Error Unknown(std::string_view key, std::string_view entity) {
  return Error::Invalid(
      std::string(key),
      core::Msg("field.unknown", {{"field", std::string(key)}, {"entity", std::string(entity)}}));
}

Error Required(const std::string& field) {
  return Error::Invalid(field, core::Msg("field.required", {{"field", field}}));
}

json::object MoneyJson(std::int64_t minor, const core::Currency& c) {
  return {{"amount", core::FormatAmount(core::Money{minor, c})}, {"currency", c.code()}};
}

Response RecordOut(int status, const app::EntitySpec& e, const core::Result<app::Record>& r,
                   const app::Caller& caller) {
  if (!r.ok()) return ErrorToResponse(r.error());
  Response out = JsonResponse(status, app::RecordToJson(e, *r, app::SeesCost(caller)));
  out.headers.emplace_back("ETag", ETagFor(app::RecordVersion(*r)));
  return out;
}

}  // namespace salesdesk::http::billing_json
