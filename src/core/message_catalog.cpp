#include "core/message_catalog.h"

#include <algorithm>
#include <cassert>
#include <string>
#include <vector>

#include "core/message.h"

namespace salesdesk::core {
namespace {

// The English text clients and tests read is made here, once per message. Grouped by area;
// MessageCatalog() sorts them.
constexpr MessageTemplate kCatalog[] = {
    // Fields of records and request bodies
    {"field.required", "{field} is required"},
    {"field.empty", "{field} must not be empty"},
    {"field.too_long", "{field} is too long: at most {max} characters"},
    {"field.too_short", "{field} is too short: at least {min} characters"},
    {"field.digits_only", "{field} may contain digits only"},
    {"field.not_email", "{field} '{value}' is not an e-mail address like name@example.com"},
    {"field.not_in_enum", "{field} must be one of: {values}"},
    {"field.unknown_country", "unknown country code '{value}'; use an ISO 3166-1 alpha-2 code such as ES or DE"},
    {"field.out_of_range", "{field} must be between {min} and {max}"},
    {"field.not_text", "{field} cannot be given as text"},
    {"field.money_not_object", "{field} must be an object like {\"amount\":\"12.30\",\"currency\":\"EUR\"}"},
    {"field.money_unknown_member", "unknown member; a money value has only amount and currency"},
    {"field.money_currency_required", "currency is required, e.g. \"EUR\""},
    {"field.money_amount_required", "amount is required as a decimal string, e.g. \"12.30\""},
    {"field.negative", "{field} must not be negative"},
    {"field.not_bool", "{field} must be true or false"},
    {"field.too_large", "{field} is too large"},
    {"field.not_integer", "{field} must be a whole number"},
    {"field.not_an_id", "{field} must be the id of an existing record"},
    {"field.not_json", "{field} must be a JSON array or object"},
    {"field.not_string", "{field} must be a string"},
    {"field.not_decimal_string", "{field} must be a string (a decimal string such as \"12.5\")"},
    {"field.one_line", "{field} is one line of text: remove the line breaks and tabs"},
    {"field.not_filterable", "{field} cannot be used as a filter"},
    {"field.unknown", "unknown field '{field}' for {entity}; remove it or check the spelling"},
    {"field.read_only", "{field} is set by the server and cannot be written"},
    {"field.not_null", "{field} must not be null"},
    {"body.not_json", "the body is not valid JSON ({reason})"},
    {"body.not_object", "the body must be a JSON object"},
    {"body.empty_member_name", "the body has a member with an empty name; remove it"},
    {"body.duplicate_key", "'{key}' is given twice in one object; give each field once"},
    {"field.control_character", "{field} contains the control character {character}; remove it (text may hold tabs and line breaks, no other controls)"},
    // Record rules
    {"account.credit_limit_currency", "the credit limit must be in the account's currency ({currency})"},
    {"exchange_rate.same_currency", "to_currency must differ from from_currency"},
    {"product.sales_unit_pair", "give both a sales unit and how many base units it holds (a box of 10: 10)"},
    {"product.sales_unit_same", "the sales unit must differ from the product's unit {unit}"},
    {"user.admin_role_admin_only", "only an admin may grant or remove the admin role"},
    {"settings.unknown_time_zone", "unknown time zone '{value}'; use an IANA name such as Europe/Madrid"},
    {"reference.not_visible", "no {kind} {id} that you can see; pick one of the {plural} you can see"},
    {"reference.kind_required", "say which kind of record {field} {id} is"},
    {"owner.personal", "personal records belong to whoever creates them"},
    {"owner.outside_team", "you may only assign records to yourself or to people in your team"},
    {"owner.inactive", "user {id} is inactive"},
    {"record.parent_cycle", "a {entity} cannot be placed under itself"},
    {"record.still_referenced", "this {entity} is still referenced by other records; reassign those first"},
    {"record.not_unique", "another {entity} already has this {field}"},
    {"record.conflict", "the change conflicts with existing data: {reason}"},
    {"record.not_found", "no {entity} with id {id}"},
    {"record.stale", "this {entity} was changed by someone else (now version {version}); reload it and apply your change again"},
    {"record.not_deletable", "{plural} cannot be deleted; deactivate instead"},
    {"idempotency.key_reused", "this Idempotency-Key was already used with a different request; use a new key for a new request"},
    {"idempotency.in_progress", "a request with this Idempotency-Key is in progress; retry shortly"},
    // Query strings
    {"query.count_range", "{name} must be a whole number from {min} to {max}"},
    {"query.q_too_long", "q is limited to 200 characters"},
    {"query.not_sortable", "cannot sort {plural} by '{field}'; use a sortable field, e.g. sort=-id"},
    {"query.operator_not_supported", "{name} is not supported for {field}"},
    {"query.unknown_parameter", "unknown query parameter '{name}' for {plural}; filter on a listed field, or use limit, offset, sort or q"},
    {"query.too_many_values", "at most 100 values"},
    {"query.name_not_encoded", "a query parameter name is not valid percent-encoded UTF-8"},
    {"query.value_not_encoded", "the value of {name} is not valid percent-encoded UTF-8"},
    // HTTP requests
    {"precondition.required", "send If-Match with the ETag you read, so a change made meanwhile by someone else is not overwritten"},
    {"precondition.malformed", "If-Match must be an ETag such as \"3\""},
    {"idempotency.key_too_long", "at most 255 characters; send a UUID or a similar unique key"},
    {"body.unknown_field", "unknown field '{field}'; remove it"},
    {"body.nothing_to_change", "nothing to change: send the fields to update"},
    {"http.method_not_allowed", "{method} is not allowed here; use {allowed}"},
    {"http.no_such_resource", "no such resource: {path}; see /api/v1/openapi.json"},
    {"http.cross_site", "cross-site requests may not change anything"},
    {"http.csrf", "missing or wrong X-CSRF-Token header; send the csrf_token you got at sign-in"},
    {"http.content_type", "send the body as application/json"},
    {"server.internal_error", "an unexpected error occurred; it has been logged"},
    {"auth.password_own_only", "you can change only your own password here; an admin resets another user's with POST {reset_path}"},
    {"auth.password_reset_admin_only", "only an admin may reset another user's password"},
    {"contract.sign_no_body", "signing takes no body; send none"},
    {"quote.pdf_variant", "variant must be customer (the document sent, no cost) or internal (with cost and margin)"},
    {"quote.reprice_unknown_field", "unknown field; send only line_keys (or no body for the whole quote)"},
    {"quote.reprice_line_keys", "send an array of line_key strings, e.g. [\"L1\"]"},
    {"quote.reprice_line_key", "every entry must be a line_key string, e.g. \"L1\""},
    {"simulator.quantity", "quantity must be a decimal string above 0, e.g. \"12\""},
    // Sign-in and passwords
    {"auth.sign_in_first", "sign in first: send the session cookie or an Authorization: Bearer token"},
    {"auth.password_length", "the new password must have between {min} and {max} characters"},
    {"auth.wrong_password", "wrong password"},
    {"auth.email_too_long", "an e-mail address has at most 254 characters"},
    {"auth.login_failed", "the e-mail or password is wrong, or the user is disabled"},
    {"auth.token_own_only", "you may create tokens only for yourself"},
    {"auth.token_ttl", "ttl_days must be between 1 and 366"},
    {"auth.no_active_user", "no active user with that id"},
    {"auth.current_password_wrong", "the current password is wrong; give the password you sign in with"},
    {"auth.password_reset_self", "an admin does not reset their own password: change it with PUT {change_path} and the current password"},
    {"auth.no_user", "no user with that id"},
    {"auth.password_system_only", "only the system sets passwords directly"},
    {"auth.password_too_short", "the password must have at least {min} characters"},
    {"auth.password_too_long", "the password must have at most {max} characters"},
    {"server.busy_hashing", "out of memory while hashing"},
    {"auth.too_many_failures", "too many failed sign-ins; wait the seconds Retry-After says before trying again"},
    {"access.may_not_read", "the {role} role may not read {plural}"},
    {"access.may_not_change", "the {role} role may not change {plural}"},
    {"server.failed", "The server failed to process the request. The failure has been logged; please try again later."},
    {"http.body_too_large", "The request body is larger than the limit of {limit} bytes; send a smaller body."},
    {"http.headers_too_large", "The request line and headers are larger than the limit of {limit} bytes; send fewer or shorter headers."},
    {"http.malformed", "The request is not valid HTTP/1.1: {reason}."},
    {"http.bad_path", "The request path must start with '/' and be valid percent-encoded UTF-8 ('%' followed by two hex digits, no control characters)."},
    {"server.busy_signing_in", "Too many sign-ins and password changes are being checked right now; try again in a second."},
    {"http.no_such_page", "no such page: check the address"},
    {"http.no_such_file", "no such file: {path}; the web app's files may have changed, reload the page"},
    // Numbers, money, dates
    {"decimal.empty", "{field} is empty; write a decimal number such as 12.5"},
    {"decimal.malformed", "{field} {value} is not a decimal number; write digits with an optional leading '-' and '.' as decimal point, such as -12.5 (no '+', exponent, spaces or thousands separators)"},
    {"decimal.too_many_decimals", "{field} has at most {scale} decimals"},
    {"decimal.too_large", "{field} {value} is too large; the limit is {limit} in magnitude"},
    {"money.overflow", "{currency} amount is too large to represent; use smaller amounts or quantities"},
    {"money.cannot_add", "cannot add {a} and {b}; convert explicitly"},
    {"money.cannot_subtract", "cannot subtract {a} and {b}; convert explicitly"},
    {"money.no_decimals", "{currency} amounts have no decimals; write a whole number such as 12345"},
    {"money.too_many_decimals", "{currency} amounts have at most {scale} decimals"},
    {"money.too_large", "{currency} amount is too large; the limit is {limit}"},
    {"money.rate_not_positive", "exchange rate must be positive, such as 0.858762"},
    {"money.result_overflow", "the result is too large to represent; use smaller amounts or quantities"},
    {"currency.malformed", "currency code '{value}' must be three uppercase letters, such as EUR"},
    {"currency.unknown", "unknown currency code '{value}'; use an ISO 4217 code such as EUR"},
    {"timestamp.too_short", "timestamp is malformed: too short; timestamps are RFC 3339, such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.no_t", "timestamp is malformed: expected 'T' between date and time; timestamps are RFC 3339, such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.time_shape", "timestamp is malformed: the time must be HH:MM:SS; timestamps are RFC 3339, such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.time_range", "timestamp is malformed: hour or minute out of range; timestamps are RFC 3339, such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.leap_second", "timestamp is malformed: leap seconds (:60) are not supported; timestamps are RFC 3339, such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.second_range", "timestamp is malformed: second out of range; timestamps are RFC 3339, such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.no_fraction", "timestamp is malformed: '.' must be followed by fraction digits; timestamps are RFC 3339, such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.fraction_digits", "timestamp is malformed: at most 6 fraction digits (microseconds) are supported; timestamps are RFC 3339, such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.offset_shape", "timestamp is malformed: the offset must be +HH:MM; timestamps are RFC 3339, such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.offset_range", "timestamp is malformed: offset out of range; timestamps are RFC 3339, such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.no_zone", "timestamp is malformed: expected 'Z' or an offset such as +01:00 after the time; timestamps are RFC 3339, such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.out_of_range", "timestamp is outside the years 0001 to 9999 (UTC)"},
    {"timestamp.bad_date", "{date}; timestamps are RFC 3339, such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.out_of_range_hint", "timestamp is outside the years 0001 to 9999 (UTC); timestamps are RFC 3339, such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"date.out_of_range", "date is outside the years 0001 to 9999"},
    {"date.year_range", "year {year} is outside 0001 to 9999"},
    {"date.month_range", "month {month} is not between 01 and 12"},
    {"date.no_such_day", "{year}-{month} has no day {day}; it has {days} days"},
    {"date.malformed", "date is malformed; dates are written YYYY-MM-DD, such as 2026-11-22"},
    {"date.year_range_hint", "year {year} is outside 0001 to 9999; dates are written YYYY-MM-DD, such as 2026-11-22"},
    {"date.month_range_hint", "month {month} is not between 01 and 12; dates are written YYYY-MM-DD, such as 2026-11-22"},
    {"date.no_such_day_hint", "{year}-{month} has no day {day}; it has {days} days; dates are written YYYY-MM-DD, such as 2026-11-22"},
    // CATALOG-END
};

const std::vector<MessageTemplate>& Sorted() {
  static const std::vector<MessageTemplate> sorted = [] {
    std::vector<MessageTemplate> v(std::begin(kCatalog), std::end(kCatalog));
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.code < b.code; });
    return v;
  }();
  return sorted;
}

}  // namespace

bool IsName(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

std::span<const MessageTemplate> MessageCatalog() { return Sorted(); }

std::string_view EnglishTemplate(std::string_view code) {
  const auto& v = Sorted();
  const auto it = std::lower_bound(
      v.begin(), v.end(), code, [](const MessageTemplate& t, std::string_view c) { return t.code < c; });
  return it != v.end() && it->code == code ? it->english : std::string_view();
}

std::string EnglishText(const Message& message) {
  const std::string_view tmpl = EnglishTemplate(message.code);
  assert(!tmpl.empty() && "a message code without an English template");
  std::string out;
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    const std::size_t close = tmpl[i] == '{' ? tmpl.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos || !IsName(tmpl.substr(i + 1, close - i - 1))) {
      out += tmpl[i];
      continue;
    }
    const std::string_view name = tmpl.substr(i + 1, close - i - 1);
    const auto param = std::find_if(message.params.begin(), message.params.end(),
                                    [&](const auto& p) { return p.first == name; });
    assert(param != message.params.end() && "a message without a parameter its template names");
    if (param != message.params.end()) out += param->second;
    i = close;
  }
  return out;
}

}  // namespace salesdesk::core
