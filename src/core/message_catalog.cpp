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
    {"field.unknown_country",
     "unknown country code '{value}'; use an ISO 3166-1 alpha-2 code such as ES or DE"},
    {"field.out_of_range", "{field} must be between {min} and {max}"},
    {"field.not_text", "{field} cannot be given as text"},
    {"field.money_not_object",
     "{field} must be an object like {\"amount\":\"12.30\",\"currency\":\"EUR\"}"},
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
    {"field.control_character",
     "{field} contains the control character {character}; remove it (text may hold tabs and line "
     "breaks, no other controls)"},
    // Record rules
    {"account.credit_limit_currency",
     "the credit limit must be in the account's currency ({currency})"},
    {"exchange_rate.same_currency", "to_currency must differ from from_currency"},
    // Exports
    {"export.format", "format must be csv or xlsx, not '{format}'"},
    // Imports
    {"import.xlsx_too_large",
     "the XLSX file expands past {limit_mb} MB; split it into smaller files or save it as CSV"},
    {"import.xlsx_broken", "the XLSX file cannot be read ({reason}); save it again as XLSX or CSV"},
    {"import.xlsx_no_sheet", "the XLSX file has no worksheet; put the rows on the first sheet"},
    {"import.csv_unclosed_quote",
     "row {row} opens a quoted field that never closes; close the quote or remove it"},
    {"import.csv_not_utf8", "row {row} is not UTF-8 text; save the file as CSV UTF-8"},
    {"import.empty_file", "the file holds no header row; the first row must name the columns"},
    {"import.format",
     "send the file as text/csv or as {xlsx_type} (or multipart/form-data with a file part)"},
    {"import.entity", "'{entity}' is not an entity you may import into; name one of the lists"},
    {"import.not_found", "there is no import {id} of yours"},
    {"import.unknown_column", "the file has no column '{column}'; map one of its columns"},
    {"import.unknown_field", "{entity} have no writable field '{field}'"},
    {"import.field_twice", "the field '{field}' is mapped from two columns; map it once"},
    {"import.no_mapping", "map at least one column to a field before the dry run or the run"},
    {"import.running",
     "the import is already running or done; upload the file again to import it again"},
    {"product.sales_unit_pair",
     "give both a sales unit and how many base units it holds (a box of 10: 10)"},
    {"product.sales_unit_same", "the sales unit must differ from the product's unit {unit}"},
    {"user.admin_role_admin_only", "only an admin may grant or remove the admin role"},
    {"settings.unknown_time_zone",
     "unknown time zone '{value}'; use an IANA name such as Europe/Madrid"},
    {"reference.not_visible",
     "no {kind} {id} that you can see; pick one of the {plural} you can see"},
    {"reference.kind_required", "say which kind of record {field} {id} is"},
    {"reference.kind_not_installed",
     "{field} '{kind}' names records this installation does not have; choose another kind"},
    {"owner.personal", "personal records belong to whoever creates them"},
    {"owner.outside_team", "you may only assign records to yourself or to people in your team"},
    {"owner.inactive", "user {id} is inactive"},
    {"record.parent_cycle", "a {entity} cannot be placed under itself"},
    {"record.still_referenced",
     "this {entity} is still referenced by other records; reassign those first"},
    {"record.not_unique", "another {entity} already has this {field}"},
    {"record.conflict", "the change conflicts with existing data: {reason}"},
    {"record.not_found", "no {entity} with id {id}"},
    {"record.stale",
     "this {entity} was changed by someone else (now version {version}); reload it and apply your "
     "change again"},
    {"record.not_deletable", "{plural} cannot be deleted; deactivate instead"},
    {"idempotency.key_reused",
     "this Idempotency-Key was already used with a different request; use a new key for a new "
     "request"},
    {"idempotency.in_progress",
     "a request with this Idempotency-Key is in progress; retry shortly"},
    // Query strings
    {"query.count_range", "{name} must be a whole number from {min} to {max}"},
    {"query.q_too_long", "q is limited to 200 characters"},
    {"query.count_value", "count must be exact or none"},
    {"query.after_invalid",
     "after is not a cursor of this list; use the next value of a page, or leave after out"},
    {"query.after_other_sort",
     "after was made for another sort; keep the sort of the page it came from, or start again "
     "without after"},
    {"query.after_and_offset", "give either after or offset, not both"},
    {"query.not_sortable",
     "cannot sort {plural} by '{field}'; use a sortable field, e.g. sort=-id"},
    {"query.operator_not_supported", "{name} is not supported for {field}"},
    {"query.unknown_parameter",
     "unknown query parameter '{name}' for {plural}; filter on a listed field, or use limit, "
     "offset, sort or q"},
    {"query.too_many_values", "at most 100 values"},
    {"query.name_not_encoded", "a query parameter name is not valid percent-encoded UTF-8"},
    {"query.value_not_encoded", "the value of {name} is not valid percent-encoded UTF-8"},
    // HTTP requests
    {"precondition.required",
     "send If-Match with the ETag you read, so a change made meanwhile by someone else is not "
     "overwritten"},
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
    {"auth.password_own_only",
     "you can change only your own password here; an admin resets another user's with POST "
     "{reset_path}"},
    {"auth.password_reset_admin_only", "only an admin may reset another user's password"},
    {"contract.sign_no_body", "signing takes no body; send none"},
    {"quote.pdf_variant",
     "variant must be customer (the document sent, no cost) or internal (with cost and margin)"},
    {"quote.reprice_unknown_field",
     "unknown field; send only line_keys (or no body for the whole quote)"},
    {"quote.reprice_line_keys", "send an array of line_key strings, e.g. [\"L1\"]"},
    {"quote.reprice_line_key", "every entry must be a line_key string, e.g. \"L1\""},
    {"simulator.quantity", "quantity must be a decimal string above 0, e.g. \"12\""},
    // The monthly appraisal (docs/appraisal.md)
    {"appraisal.month_format", "{field} must be a month written YYYY-MM, such as 2026-11"},
    {"appraisal.scorecard_param",
     "unknown parameter; the scorecard takes user_id and month (YYYY-MM)"},
    {"appraisal.card_exists",
     "the card of this rep for {month} exists already (card {id}); rate or sign that one"},
    {"appraisal.card_signed",
     "card {id} is signed and its figures are frozen; it no longer changes"},
    {"appraisal.rating_required",
     "rate the rep's conduct (1 to 5) on card {id} before signing it off"},
    {"appraisal.own_card", "nobody rates or signs their own card; the rep's manager does"},
    {"appraisal.not_own_card", "only the rep appraised acknowledges their card"},
    {"appraisal.not_signed",
     "card {id} is not signed yet; the rep acknowledges it once the manager has signed it off"},
    {"appraisal.figures_corrupt",
     "the frozen figures of this card cannot be read ({member}); tell an administrator"},
    // The director's cockpit (docs/cockpit.md)
    {"cockpit.param",
     "unknown parameter; the cockpit takes period (YYYY-MM) and scope (team or me)"},
    {"cockpit.scope",
     "scope must be team (the people you lead) or me (your own figures), not {value}"},
    {"cockpit.period_future", "{period} has not begun; choose {current} or an earlier month"},
    // Activities and the timeline (docs/activities.md)
    {"activity.call_needs_outcome",
     "a done call needs an outcome: reached, no_answer, voicemail, busy or wrong_number"},
    {"activity.visit_needs_check_in",
     "a done visit needs check_in_at, when you arrived (e.g. 2026-12-03T09:30:00+01:00)"},
    {"activity.direction_calls_only", "only calls have a direction; remove it from this {kind}"},
    {"activity.done_at_needs_done",
     "done_at is for done activities; set status to done or remove done_at (status: {status})"},
    {"activity.place_needs_both", "a place on the map needs both latitude and longitude"},
    {"activity.related_pair", "give related_entity and related_id together"},
    {"activity.contact_other_account",
     "contact {contact_id} belongs to account {contact_account}, not {account_id}; choose one of "
     "that account's contacts or leave account_id out"},
    {"daily_report.create_status",
     "a new daily report is a draft or submitted; its leader marks it reviewed later"},
    {"daily_report.comment_by_leader",
     "the review comment is written by the rep's leader, not by the rep; leave it out"},
    {"daily_report.date_fixed",
     "a report's date cannot change; write a report for the other day instead"},
    {"daily_report.no_way_back", "a {from} report cannot go back to {to}"},
    {"daily_report.review_own", "nobody reviews their own report; the rep's leader does"},
    {"daily_report.submitted_locked",
     "the note of a {status} report is final; add what is missing to today's report"},
    {"daily_report.note_by_owner",
     "the note is the rep's own words; write a review_comment instead"},
    {"daily_report.submit_by_owner", "only the rep submits their report"},
    {"daily_report.not_submitted",
     "the report is still a draft; it can be reviewed once the rep has submitted it"},
    {"daily_report.future_date", "a report is written for today or a past day, not for {date}"},
    {"daily_report.own_only", "a daily report is written by its rep; leave owner_id out"},
    {"timeline.entity", "entity must be one of: {values}"},
    {"timeline.id", "id must be the id of a record, e.g. id=42"},
    {"timeline.before", "before must be the next_before of a previous page, unchanged"},
    {"timeline.limit", "limit must be a whole number between 1 and 100"},
    {"timeline.unknown_parameter", "unknown parameter '{name}'; use entity, id, before and limit"},
    {"today.no_parameters", "today takes no parameters; remove the query string"},
    // Sign-in and passwords
    {"auth.sign_in_first",
     "sign in first: send the session cookie or an Authorization: Bearer token"},
    {"auth.password_length", "the new password must have between {min} and {max} characters"},
    {"auth.wrong_password", "wrong password"},
    {"auth.email_too_long", "an e-mail address has at most 254 characters"},
    {"auth.login_failed", "the e-mail or password is wrong, or the user is disabled"},
    {"auth.token_own_only", "you may create tokens only for yourself"},
    {"auth.token_ttl", "ttl_days must be between 1 and 366"},
    {"auth.no_active_user", "no active user with that id"},
    {"auth.current_password_wrong",
     "the current password is wrong; give the password you sign in with"},
    {"auth.password_reset_self",
     "an admin does not reset their own password: change it with PUT {change_path} and the current "
     "password"},
    {"auth.no_user", "no user with that id"},
    {"auth.password_system_only", "only the system sets passwords directly"},
    {"auth.password_too_short", "the password must have at least {min} characters"},
    {"auth.password_too_long", "the password must have at most {max} characters"},
    {"server.busy_hashing", "out of memory while hashing"},
    {"auth.too_many_failures",
     "too many failed sign-ins; wait the seconds Retry-After says before trying again"},
    {"access.may_not_read", "the {role} role may not read {plural}"},
    {"access.may_not_change", "the {role} role may not change {plural}"},
    {"server.failed",
     "The server failed to process the request. The failure has been logged; please try again "
     "later."},
    {"http.body_too_large",
     "The request body is larger than the limit of {limit} bytes; send a smaller body."},
    {"http.headers_too_large",
     "The request line and headers are larger than the limit of {limit} bytes; send fewer or "
     "shorter headers."},
    {"http.malformed", "The request is not valid HTTP/1.1: {reason}."},
    {"http.bad_path",
     "The request path must start with '/' and be valid percent-encoded UTF-8 ('%' followed by two "
     "hex digits, no control characters)."},
    {"server.busy_signing_in",
     "Too many sign-ins and password changes are being checked right now; try again in a second."},
    {"http.no_such_page", "no such page: check the address"},
    {"http.no_such_file",
     "no such file: {path}; the web app's files may have changed, reload the page"},
    // Numbers, money, dates
    {"decimal.empty", "{field} is empty; write a decimal number such as 12.5"},
    {"decimal.malformed",
     "{field} {value} is not a decimal number; write digits with an optional leading '-' and '.' "
     "as decimal point, such as -12.5 (no '+', exponent, spaces or thousands separators)"},
    {"decimal.too_many_decimals", "{field} has at most {scale} decimals"},
    {"decimal.too_large", "{field} {value} is too large; the limit is {limit} in magnitude"},
    {"money.overflow",
     "{currency} amount is too large to represent; use smaller amounts or quantities"},
    {"money.cannot_add", "cannot add {a} and {b}; convert explicitly"},
    {"money.cannot_subtract", "cannot subtract {a} and {b}; convert explicitly"},
    {"money.no_decimals",
     "{currency} amounts have no decimals; write a whole number such as 12345"},
    {"money.too_many_decimals", "{currency} amounts have at most {scale} decimals"},
    {"money.too_large", "{currency} amount is too large; the limit is {limit}"},
    {"money.rate_not_positive", "exchange rate must be positive, such as 0.858762"},
    {"billing.order_not_confirmed",
     "only confirmed sales orders are invoiced; this one is {status}: confirm it first"},
    {"billing.order_on_credit_hold",
     "order {number} is on credit hold ({reason}, {at_risk} at risk): finance, or someone whose "
     "credit_override_limit covers it, releases it with POST "
     "/api/v1/sales-orders/{id}/credit-release; a prepayment hold also goes when the customer's "
     "payments cover the order"},
    {"billing.order_not_on_credit_hold", "order {number} is not on credit hold"},
    {"billing.credit_release_reason", "reason is required: say why the order may go ahead"},
    {"billing.credit_override_limit",
     "releasing puts {at_risk} at risk, beyond your role's credit_override_limit of {limit}; ask "
     "finance or someone with a higher credit_override_limit"},
    {"billing.order_invoiced",
     "this order is already invoiced (invoice {invoice}); open that invoice instead"},
    {"billing.credit_splits_total",
     "the credit shares sum to {total_bp} bp; they must sum to exactly 10000 bp (100 %), or send "
     "no shares to credit the owner with all of it"},
    {"billing.credit_splits_user_twice", "user {user} is named twice; give each rep one share"},
    {"billing.credit_splits_posted",
     "invoice {number} is posted, so its credit split never changes; correct it with a credit "
     "note and re-invoice"},
    {"billing.credit_splits_invoiced",
     "this order is invoiced (invoice {invoice}); change the split on the draft invoice instead"},
    {"billing.invoice_posted",
     "invoice {number} is posted and never changes; correct it with a credit note"},
    {"billing.invoice_not_posted",
     "invoice {id} is still a draft; post it before recording payments against it"},
    {"billing.payment_account",
     "the invoice belongs to another account; record the payment on the invoice's account or "
     "leave invoice_id out"},
    {"billing.no_rate",
     "no exchange rate from {from} to {to} dated on or before {date}; add one under exchange "
     "rates"},
    {"billing.dso_param", "unknown parameter; the DSO takes as_of (YYYY-MM-DD) and days"},
    {"billing.ageing_param", "unknown parameter; the ageing takes as_of (YYYY-MM-DD) and group"},
    {"billing.ageing_edges",
     "ageing edges must be whole days of 0 or more, each larger than the one before, such as 30, "
     "60, 90"},
    {"billing.settlement_exceeds_outstanding",
     "{field} is more than the {outstanding} still open on the invoice; apply at most that and "
     "leave the rest unapplied"},
    {"billing.settlement_currency",
     "a settlement applied to this invoice must be in the invoice's currency {currency}; convert "
     "it at the payment's dated rate first"},
    {"billing.letter_placeholder",
     "{field} uses the unknown placeholder '{name}'; the placeholders are customer, invoice_no, "
     "due_date, outstanding, interest, fee and total, each written in braces"},
    {"billing.term_lines_shape",
     "lines must be a JSON array of objects like "
     "{\"portion\":1,\"rule\":\"days_after_invoice\",\"days\":30}"},
    {"billing.waiver_reason",
     "a waiver needs a reason: say why the fee or interest is given up (it is audited)"},
    {"billing.waiver_principal",
     "principal cannot be waived; reduce it with a credit note, or waive interest or fees"},
    {"billing.letter_default_text",
     "a dunning level needs a letter text in the company's default language ({language})"},
    {"billing.letter_texts_shape",
     "texts must be a JSON object of letter texts by language, such as {\"en\": \"Dear "
     "{customer}, ...\"}"},
    {"billing.dunning_levels_gap",
     "dunning levels must be numbered 1, 2, 3 ... without gaps; add level {level}"},
    {"billing.dunning_no_levels",
     "no dunning levels are set up; add at least level 1 under dunning levels first"},
    {"billing.dunning_run_approved", "this dunning run is approved already; propose a new one"},
    {"billing.dunning_run_stale",
     "dunning run {run} was approved after this one was proposed; propose a new run"},
    {"billing.claim_settled",
     "nothing of this claim's fee or interest is open any more; there is nothing to waive"},
    {"billing.credit_draft_invoice",
     "only posted invoices are credited; post the invoice first (a draft can simply be left)"},
    {"billing.credit_note_empty",
     "the credit note credits nothing: name invoice lines with an amount above zero, or the "
     "invoice is credited in full already"},
    {"billing.credit_lines_shape",
     "lines must be a JSON array of objects like {\"invoice_line_id\": 12, \"net\": "
     "\"100.00\"}"},
    {"billing.credit_line_not_on_invoice",
     "invoice line {id} is not a line of this invoice; use the invoice's own lines"},
    {"billing.credit_exceeds_line",
     "more than the line has left to credit: at most {left} {currency}"},
    {"billing.credit_exceeds_invoice",
     "the credit note's total is more than the invoice has left to credit: at most {left} "
     "{currency}"},
    {"billing.credit_before_invoice",
     "a credit note cannot be dated before its invoice ({date}); use that date or a later one"},
    {"billing.credit_note_posted",
     "credit note {number} is posted and never changes; issue another credit note instead"},
    {"billing.invoice_basis_delivery",
     "this customer is invoiced by delivery (invoice_basis delivery); invoice the order's "
     "shipped deliveries instead"},
    // Finance: payments to claims, promises to pay, the bank (docs/billing.md, decision 0049)
    {"billing.payment_nothing_unapplied",
     "nothing of this payment is unapplied; it is all on its invoice already"},
    {"billing.payment_nothing_open",
     "the customer has nothing open in the payment's currency (no instalment, interest or fee); "
     "the amount stays unapplied as a credit"},
    {"billing.iban_invalid",
     "'{value}' is not a valid IBAN: check the country code, the two check digits and the account "
     "number (for example DE89 3704 0044 0532 0130 00)"},
    {"billing.bic_invalid",
     "'{value}' is not a BIC: 8 or 11 letters and digits, such as COBADEFFXXX"},
    {"billing.promise_amount", "a promise to pay needs an amount above zero"},
    {"billing.promise_invoice",
     "the promise's invoice must be a posted invoice of the same account; leave it out for the "
     "account as a whole"},
    {"billing.promise_currency",
     "the promised amount must be in the invoice's currency {currency}"},
    {"billing.dunning_run_not_approved",
     "only an approved dunning run's letters are sent; approve the run first"},
    // Deliveries (docs/deliveries.md)
    {"deliveries.order_not_confirmed", "only a confirmed order is delivered; this one is {status}"},
    {"deliveries.lines_shape",
     "lines is a list of objects with the line's id and a quantity as a decimal string"},
    {"deliveries.no_lines", "name at least one line with a quantity"},
    {"deliveries.line_unknown", "line {id} is not a line of this document"},
    {"deliveries.line_twice", "this line is named twice; name each line once"},
    {"deliveries.quantity_positive", "the quantity must be more than 0"},
    {"deliveries.exceeds_open", "more than the order line has open: at most {left} {unit}"},
    {"deliveries.return_exceeds",
     "more than was delivered and not returned yet: at most {left} {unit}"},
    {"deliveries.part_outside_line", "the part is outside the line of {whole}"},
    {"deliveries.shipped", "delivery {number} is shipped and never changes"},
    {"deliveries.not_shipped", "the delivery is not shipped yet; ship it first"},
    {"deliveries.invoiced", "delivery {number} is invoiced already (invoice {invoice})"},
    {"deliveries.order_invoiced",
     "the order is invoiced as ordered (invoice {invoice}); its deliveries are not invoiced again"},
    {"deliveries.nothing_to_invoice",
     "everything this delivery shipped came back; nothing to invoice"},
    {"deliveries.invoice_not_posted",
     "the delivery's invoice is a draft; post it first, its credit note needs a posted invoice"},
    {"deliveries.return_before_shipping", "a return cannot precede the shipment of {date}"},
    // Commissions (RULES.md C, docs/commissions.md)
    {"commissions.first_tier_zero",
     "the first tier must start at 0; later tiers say where they start"},
    {"commissions.tiers_increasing",
     "each tier must start above the one before it (bands start at their threshold)"},
    {"commissions.target_missing",
     "a schedule on attainment needs the period target: give the assignment a target above 0"},
    {"commissions.revenue_splits_total",
     "revenue splits must total 100 % (they total {total_bp} basis points); overlay splits are "
     "apart"},
    {"commissions.settlement_beyond_gross",
     "{field} settles more than the invoice's commissionable amount"},
    {"commissions.margin_no_cost",
     "invoice {invoice} line {position} has no unit cost stored (it was invoiced before costs were "
     "kept, or its product has no cost), so its margin for {component} is unknown; credit and "
     "re-invoice it after giving the product a cost (0 if it costs nothing), or pay that period "
     "on a net component"},
    {"commissions.margin_cost_currency",
     "invoice {invoice} line {position} stores its cost in {cost_currency} but is invoiced in "
     "{currency}; a margin subtracts amounts of one currency only, so {component} cannot be "
     "computed: give the product a cost in {currency} and re-invoice"},
    {"commissions.components_shape",
     "components must be a JSON array of objects such as {\"name\":\"Revenue\",\"base\":\"net\","
     "\"structure\":\"flat\",\"period\":\"month\",\"trigger\":\"invoice\",\"rate\":\"2.5\"}"},
    {"commissions.no_plan",
     "{user} has no commission plan assigned for {period}; assign one under commission "
     "assignments"},
    {"commissions.period", "period must be a month written YYYY-MM, such as 2026-11"},
    {"commissions.statement_approved",
     "the statement for {period} is approved and closed; later changes go into the next statement"},
    {"commissions.approval_role", "this statement waits for the approval of {role}"},
    {"commissions.own_statement", "nobody approves their own commission statement"},
    {"commissions.approved_already", "the statement is already approved by finance"},
    {"commissions.no_rate",
     "no exchange rate from {from} to {to} on or before {date}; add one to pay this line in {to}"},
    {"money.allocation_basis_empty",
     "{field} must hold at least one weight above zero: there is nothing to split the amount by"},
    {"money.result_overflow",
     "the result is too large to represent; use smaller amounts or quantities"},
    {"currency.malformed", "currency code '{value}' must be three uppercase letters, such as EUR"},
    {"currency.unknown", "unknown currency code '{value}'; use an ISO 4217 code such as EUR"},
    {"timestamp.too_short",
     "timestamp is malformed: too short; timestamps are RFC 3339, such as 2026-11-22T10:15:30Z, "
     "2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.no_t",
     "timestamp is malformed: expected 'T' between date and time; timestamps are RFC 3339, such as "
     "2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.time_shape",
     "timestamp is malformed: the time must be HH:MM:SS; timestamps are RFC 3339, such as "
     "2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.time_range",
     "timestamp is malformed: hour or minute out of range; timestamps are RFC 3339, such as "
     "2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.leap_second",
     "timestamp is malformed: leap seconds (:60) are not supported; timestamps are RFC 3339, such "
     "as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.second_range",
     "timestamp is malformed: second out of range; timestamps are RFC 3339, such as "
     "2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.no_fraction",
     "timestamp is malformed: '.' must be followed by fraction digits; timestamps are RFC 3339, "
     "such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.fraction_digits",
     "timestamp is malformed: at most 6 fraction digits (microseconds) are supported; timestamps "
     "are RFC 3339, such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or "
     "2026-11-22T11:15:30+01:00"},
    {"timestamp.offset_shape",
     "timestamp is malformed: the offset must be +HH:MM; timestamps are RFC 3339, such as "
     "2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.offset_range",
     "timestamp is malformed: offset out of range; timestamps are RFC 3339, such as "
     "2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"timestamp.no_zone",
     "timestamp is malformed: expected 'Z' or an offset such as +01:00 after the time; timestamps "
     "are RFC 3339, such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or "
     "2026-11-22T11:15:30+01:00"},
    {"timestamp.out_of_range", "timestamp is outside the years 0001 to 9999 (UTC)"},
    {"timestamp.bad_date",
     "{date}; timestamps are RFC 3339, such as 2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z "
     "or 2026-11-22T11:15:30+01:00"},
    {"timestamp.out_of_range_hint",
     "timestamp is outside the years 0001 to 9999 (UTC); timestamps are RFC 3339, such as "
     "2026-11-22T10:15:30Z, 2026-11-22T10:15:30.123456Z or 2026-11-22T11:15:30+01:00"},
    {"date.out_of_range", "date is outside the years 0001 to 9999"},
    {"date.year_range", "year {year} is outside 0001 to 9999"},
    {"date.month_range", "month {month} is not between 01 and 12"},
    {"date.no_such_day", "{year}-{month} has no day {day}; it has {days} days"},
    {"date.malformed", "date is malformed; dates are written YYYY-MM-DD, such as 2026-11-22"},
    {"date.year_range_hint",
     "year {year} is outside 0001 to 9999; dates are written YYYY-MM-DD, such as 2026-11-22"},
    {"date.month_range_hint",
     "month {month} is not between 01 and 12; dates are written YYYY-MM-DD, such as 2026-11-22"},
    {"date.no_such_day_hint",
     "{year}-{month} has no day {day}; it has {days} days; dates are written YYYY-MM-DD, such as "
     "2026-11-22"},
    // Pricing rules
    {"rule.month_day_shape", "{field} must be MM-DD, e.g. 06-01"},
    {"rule.month_day_invalid", "{field} is not a real month and day"},
    {"rule.band_number_required", "{key} is required as a decimal string, e.g. \"5\""},
    {"rule.bands_price", "bands must be a non-empty array of {min_quantity, price}"},
    {"rule.bands_percent", "bands must be a non-empty array of {min_quantity, percent}"},
    {"rule.band_not_object", "each band must be an object"},
    {"rule.band_unknown_member", "unknown member; a band has min_quantity and price or percent"},
    {"rule.bands_order", "bands must be in ascending order of min_quantity"},
    {"rule.price_list_ids_shape", "price_list_ids must be an array of price list ids, e.g. [3, 7]"},
    {"rule.price_list_twice", "price list {id} is listed twice"},
    {"rule.product_required", "a product rule needs product_id"},
    {"rule.category_required", "a category rule needs category_id"},
    {"rule.season_pair", "a season needs both season_from and season_to"},
    {"rule.rounding_step", "rounding needs a step greater than 0, e.g. 0.05"},
    // Quotes and their lines
    {"line.not_decimal_string", "{field} must be a decimal string such as \"{example}\""},
    {"line.text_too_long", "{field} must be text of at most {max} bytes"},
    {"line.not_object", "each line must be an object with product_id and quantity"},
    {"line.unknown_field", "unknown line field; remove it or check the spelling"},
    {"line.product_required", "product_id is required: the id of a product"},
    {"line.quantity_positive", "quantity must be more than 0"},
    {"line.price_or_discount", "give either a manual price or a manual discount, not both"},
    {"line.price_negative", "a price cannot be negative"},
    {"line.discount_range", "a discount must be between 0 and 100"},
    {"line.tax_rate_range", "a tax rate must be between 0 and 100"},
    {"line.unknown_unit", "unknown unit '{unit}'; use one of pc, box, pack, set, kg, g, l, ml, m"},
    {"quote.lines_required", "lines must be a non-empty array of {product_id, quantity, ...}"},
    {"quote.too_many_lines", "a quote has at most {max} lines"},
    {"line.key_twice", "line_key '{line_key}' is used twice; keys must be unique"},
    // Contracts
    {"price_list.parent_currency",
     "the parent list is in {currency}; a list falls back only on a list in its currency"},
    {"contract.value_required", "a signed contract needs its value"},
    {"contract.no_user", "no user {id}"},
    {"contract.no_rate",
     "no exchange rate from {from} to {to} dated on or before {date} to check the signer's limit; "
     "add one"},
    {"contract.signer_limit",
     "{name} may sign contracts up to {limit}; this one is worth {value}. Choose a signer with "
     "more authority"},
    {"contract.no_quote", "no quote {id}"},
    {"contract.quote_not_accepted", "only an accepted quote becomes a contract"},
    {"contract.signed_field",
     "this contract is signed; its {field} cannot change. Make a new contract for new terms"},
    {"contract.ends_before_start", "the contract cannot end before it starts"},
    {"contract.active_by_signing",
     "a contract becomes active when its signer signs it: name the signer (signed_by_id) and let "
     "them sign (POST {sign_path})"},
    // Leads (modules/leads)
    {"lead.convert_by_action",
     "a lead becomes converted only by converting it (POST {convert_path}), which makes its "
     "account and contact"},
    {"lead.status_backwards",
     "a lead moves forward: it cannot go from {from} back to {to}; disqualify it instead"},
    {"lead.disqualify_reason_required",
     "say why the lead is disqualified: choose a disqualify_reason"},
    {"lead.reason_only_disqualified",
     "a disqualify_reason belongs to a disqualified lead; set status to disqualified too"},
    {"lead.person_or_company", "a lead names a person (last_name) or a company, or both"},
    {"lead.converted_read_only",
     "this lead is converted and kept as it was; change its account or contact instead"},
    {"lead.stale",
     "the lead has changed since you read it (now version {version}); reload it and try again"},
    {"merge.same_record", "a record cannot be merged into itself: choose two different records"},
    {"merge.already_undone", "this merge has been undone already"},
    {"merge.undo_expired",
     "a merge can be undone within a day of it; this one is older: edit the records instead"},
    {"merge.id_taken",
     "the merged record's id is used by a newer record, so it cannot come back: re-create it"},
    {"lead.already_converted", "this lead is already converted (account {account})"},
    {"lead.convert_needs_qualified",
     "only a qualified lead is converted; this one is {status}: qualify it first"},
    {"lead.company_needed_for_account",
     "a company account needs the lead's company; fill it in or convert as a person"},
    {"lead.country_needed_for_account",
     "a new account needs a country; set the lead's country first"},
    {"lead.convert_existing_account_only",
     "kind and currency are for a new account; leave them out when you give account_id"},
    {"lead_rule.country_or_territory",
     "an assignment rule needs a country or a territory (territory_id) to match leads by"},
    // Pipeline (modules/pipeline)
    {"pipeline.stage_won_and_lost", "a stage is won or lost, not both; clear one of them"},
    {"pipeline.stage_won_closed", "a won stage counts as closed: set forecast_category to closed"},
    {"pipeline.stage_lost_omitted",
     "a lost stage counts as omitted: set forecast_category to omitted"},
    {"pipeline.stage_closed_needs_won",
     "only a won stage counts as closed: choose another forecast_category or mark it won"},
    {"pipeline.stage_required", "name the stage (stage_id) or the pipeline (pipeline_id)"},
    {"pipeline.no_stages", "pipeline {id} has no stages yet; add one first"},
    {"pipeline.stage_other_pipeline",
     "stage {stage_id} is not a stage of pipeline {pipeline_id}; choose one of its stages"},
    {"pipeline.category_not_allowed",
     "{category} is not allowed in stage '{stage}' (it counts as {stage_category}); a won stage "
     "is closed, a lost one omitted, an open one anything but closed"},
    {"pipeline.lost_reason_required", "say why the deal was lost: choose a lost_reason"},
    {"pipeline.lost_only", "{field} belongs to a lost deal; move it to a lost stage too"},
    {"pipeline.contact_other_account",
     "contact {contact_id} is not a contact of account {account_id}; choose one of its contacts"},
    {"pipeline.competitor_ids_shape", "competitor_ids is an array of competitor ids, e.g. [3, 7]"},
    {"pipeline.no_competitor", "no competitor {id} that you can see"},
    {"pipeline.board_limit", "limit is a whole number of cards per column from 1 to 200"},
    {"pipeline.board_parameter", "unknown parameter {name}; the board takes limit only"},
    {"quote.no_account", "no account {id} that you can see"},
    {"quote.no_price_list", "no price list with id {id}"},
    {"quote.price_list_inactive", "price list '{name}' is inactive; choose an active list"},
    {"quote.price_list_currency",
     "price list '{name}' is in {list_currency}; choose a list in {currency} or quote in "
     "{list_currency}"},
    {"quote.contact_not_of_account", "contact {id} is not a contact of this account"},
    {"quote.owner_outside_team", "you may only give quotes to yourself or to people in your team"},
    {"quote.not_editable",
     "a quote that is {status} cannot be edited; revise it to make a new revision"},
    {"quote.no_such_line",
     "the quote has no line {line_key}; send the line_key of one of its lines"},
    {"quote.wrong_state", "only {want} quotes can be {action}; this one is {status}"},
    {"quote.no_approver",
     "nobody above the quote's owner can approve it ({reason}); ask a director to set up the team"},
    {"approval.reason_required", "say why the request is rejected, so it can be fixed"},
    {"approval.already_decided", "this request is already {status}"},
    {"approval.own_request", "nobody approves their own request"},
    {"approval.other_approver",
     "this request waits for another approver; only they or a director may decide it"},
    {"quote.account_gone", "the quote's account is gone"},
    // Tax
    {"tax.seller_country_missing",
     "the organisation's country is not set; set it in the settings so tax rates can default, or "
     "give each line's tax_rate_pct"},
    {"tax.no_table",
     "no tax table for the organisation's country '{country}' (only EU VAT is modelled); give each "
     "line's tax_rate_pct"},
    {"tax.customer_country_missing",
     "the customer's country is not set; set it on the account so its tax rate can default"},
    {"tax.line_seller_country_missing",
     "no default tax rate ({field}): the organisation's country is not set; set it in the settings "
     "so tax rates can default, or give each line's tax_rate_pct"},
    {"tax.line_no_table",
     "no default tax rate ({field}): no tax table for the organisation's country '{country}' (only "
     "EU VAT is modelled); give each line's tax_rate_pct"},
    {"tax.line_customer_country_missing",
     "no default tax rate ({field}): the customer's country is not set; set it on the account so "
     "its tax rate can default"},
    // Pricing requests
    {"pricing.error.no_list", "no such price list"},
    {"pricing.error.list_currency",
     "the price list is in {list_currency}; price in that currency or choose a list in {currency}"},
    {"pricing.error.list_inactive", "price list {id} is inactive; choose an active list"},
    {"pricing.error.list_not_valid", "the price list is not valid on {date}"},
    {"pricing.error.unknown_group", "unknown customer group"},
    {"pricing.error.unknown_territory", "unknown territory"},
    {"pricing.error.quantity_range", "quantity must be above 0 and at most 1000000000"},
    {"pricing.error.quantity_factor",
     "quantity times the unit's factor ({factor}) must be at most 1000000000"},
    {"pricing.error.price_negative", "a manual price cannot be negative"},
    {"pricing.error.discount_range", "a discount must be between 0 and 100 %"},
    {"line.no_product", "no product with id {id}"},
    {"line.no_price",
     "no price for {sku} in this price list (no price: no list price for product {product_id} in "
     "unit {unit} and no rule gives one); add it to the list or give a manual price"},
    {"quote.lines_currency",
     "the quote's lines are priced in {lines_currency}, not {currency}; re-price them"},
    {"quote.no_rate",
     "no exchange rate from {from} to {to} dated on or before {date} to check the quote against "
     "authority limits; add one or choose a later pricing date"},
    {"contract.stale",
     "this contract was changed by someone else (now version {version}); reload it, read it again "
     "and sign"},
    {"contract.already_signed", "this contract was already signed on {date}"},
    {"contract.not_draft", "only draft contracts can be signed; this one is {status}"},
    {"contract.no_signer",
     "this contract names no signer; name one (signed_by_id), who then signs"},
    {"contract.not_signer", "only {name}, the named signer, may sign this contract"},
    {"order.quote_not_accepted", "only accepted quotes become orders; this one is {status}"},
    {"order.already_ordered", "quote {quote} is already order {order}"},
    {"order.not_open", "only open orders can be confirmed; this one is {status}"},
    {"order.already_cancelled", "this order is already cancelled"},
    {"quote.stale",
     "quote {number} was changed by someone else (now version {version}); reload it and decide "
     "again on what it says now"},
    {"quote.pdf_internal_forbidden",
     "the internal version shows cost and margin, which your role does not see; download the "
     "customer version instead"},
    {"pricing.error.price_or_discount", "give a manual unit price or a manual discount, not both"},
    // Pricing rule checks
    {"rule.bands_required", "a rule needs at least one band"},
    {"rule.bands_ascending", "band min quantities must be >= 0 and strictly ascending"},
    {"rule.band_price_negative",
     "band prices and amounts must be >= 0; use surcharge to add an amount"},
    {"rule.discount_range", "a discount must be between -1000 % (a markup) and 100 %"},
    {"rule.graduated_start", "graduated bands must start at quantity 0"},
    {"rule.currency_required", "a rule with prices or amounts needs their currency, e.g. EUR"},
    {"rule.max_margin_range", "a maximum margin must be from 0 to below 100 %"},
    {"rule.max_below_min_margin", "the maximum margin must not be below the minimum margin"},
    {"rule.no_source_list", "the source price list does not exist"},
    {"rule.max_quantity", "max_quantity must exceed min_quantity"},
    {"rule.valid_to_before_from", "valid_to is before valid_from"},
    {"rule.season_ends", "season ends must be real month-days such as 11-15"},
    {"rule.rolling_days", "rolling_days must be positive"},
    {"rule.rounding", "rounding needs step > 0 and 0 <= ending < step"},
    {"rule.not_stackable",
     "only single-band percentage discounts without rounding or maximum margin can stack"},
    {"rule.no_price_list", "price list {id} does not exist"},
    {"rule.unknown_category", "unknown category {id}"},
    {"quote.nothing_to_approve",
     "nothing to approve: the quote is within the requester's authority"},
    {"quote.no_approver_above",
     "nobody above the requester can approve this quote; assign the requester a manager in the "
     "team hierarchy"},
    {"quote.engine_price_negative", "engine price must not be negative"},
    {"quote.unit_price_negative", "unit price must not be negative"},
    {"quote.discount_range", "discount must be between 0 and 100 %"},
    {"quote.unit_cost_negative", "unit cost must not be negative"},
    {"quote.line_tax_rate_range", "a tax rate must be between 0 and 100 %"},
    {"quote.max_discount_range", "maximum discount must be between 0 and 100 %"},
    {"quote.min_margin_range", "minimum margin must be at most 100 %"},
    {"quote.payment_term_days_negative", "payment-term days must not be negative"},
    {"quote.contract_value_negative", "contract value must not be negative"},
    {"quote.quantity_positive", "quantity must be greater than 0"},
    {"quote.tax_rate_range", "tax rate must be between 0 and 100 %"},
    {"price_list.negative_entry", "list prices and break quantities must be >= 0"},
    {"price_list.no_parent", "parent price list does not exist"},
    {"price_list.parent_same_currency", "a parent price list must be in the same currency"},
    {"price_list.parent_cycle", "price list parents form a cycle"},
    {"pricing.error.rule_twice", "rule id is used twice"},
    {"quote.rate_to_base",
     "the quote is in {currency} and limits are in {base}; give the exchange rate to {base}"},
    {"quote.overflow", "{currency} amount is too large to represent; use smaller amounts"},
    {"quote.line_currency_convert",
     "line is in {line_currency} but the quote is in {currency}; convert the price before adding "
     "the line"},
    {"quote.line_currency", "line is in {line_currency} but the quote is in {currency}"},
    {"price_list.two_prices",
     "product {product_id} has two prices for the same unit and min quantity"},
    {"price_list.id_twice", "price list id {id} is used twice"},
    {"pricing.error.unit_factor",
     "a sales unit needs a whole factor from 2 to {max} and a unit of its own"},
    {"pricing.error.product_twice", "product {id} is listed twice"},
    {"catalog.id_twice", "{field} lists id {id} twice"},
    {"catalog.unknown_parent", "{field} {id} has unknown parent {parent}"},
    {"catalog.cycle", "{field} {id} is part of a cycle of parent links"},
    {"http.web_app_not_built", "the web app was not built; run make web"},
    {"pricing.error.overflow", "amounts are too large"},
    // Explanation: why a rule did not apply
    {"pricing.detail.floor_no_cost",
     "rule {rule_id} has a margin floor and the product has no cost in {currency}"},
    {"pricing.detail.below_floor",
     "margin {margin} % would be below the floor of {floor} % set by rule {rule_id}"},
    {"pricing.detail.no_base_price", "no list price to discount in list {list_id} or its parents"},
    {"pricing.detail.no_cost", "no cost for unit {unit} in {currency}"},
    {"pricing.detail.no_source_price", "list {list_id} has no price for it"},
    {"pricing.detail.cap_no_cost",
     "rule {rule_id} has a maximum margin and the product has no cost in {currency}"},
    // Targets: plans, decomposition, re-planning, progress (RULES.md A)
    {"targets.seasonality_profile_empty",
     "the seasonality profile has no weight above zero: give at least one month a weight, or use "
     "the equal profile"},
    {"targets.no_working_days",
     "{month} has a target but no working day for the person: give that month weight 0, or "
     "correct the person's schedule"},
    {"targets.closed_through_range",
     "closed_through must be a month from January to November of the plan's year"},
    {"targets.replan_no_basis",
     "the months left all have target 0, so there is no shape to spread the rest over; use "
     "policy catch_up_next_month"},
    {"targets.weights_shape",
     "weights must be twelve whole numbers of 0 or more, January first, e.g. "
     "[3,3,2,1,1,1,1,1,2,2,3,3]"},
    {"targets.month_of_year", "{field} must be a month of {year} written YYYY-MM, e.g. {year}-03"},
    {"targets.plan_not_draft",
     "the plan is {status} and no longer changes; re-plan it to make a new version"},
    {"targets.currency_required", "a {measure} target needs the currency it is counted in"},
    {"targets.currency_with_count", "a {measure} target is a count and takes no currency"},
    {"targets.subject_required", "a {kind} target needs subject_id, the {kind} it is for"},
    {"targets.plan_status", "the plan is {status}; this needs a {needed} plan"},
    {"targets.last_year_rep_only",
     "last year's actuals are read for a rep's plan only; use a weight table for this subject"},
    {"targets.no_actuals",
     "there are no recorded actuals for {measure} yet; use a weight table or equal months"},
    {"targets.replan_rep_only", "re-planning reads a rep's actuals; this plan is not a rep's"},
    {"targets.month_already_closed",
     "the plan was already re-planned through {month}; a closed month never changes"},
    {"targets.not_bool", "{field} must be true or false"},
    {"targets.progress_param",
     "unknown parameter; the progress takes user_id and date (YYYY-MM-DD)"},
    // Schedules: working days, rota, leave, attendance
    {"schedules.easter_year", "the Gregorian Easter date is computed for the years 1583 to 9999"},
    {"schedules.holiday_country",
     "no holiday rules for this country (known: DE, ES, FR, GB, IT, PT, US); enter its holidays as "
     "records"},
    {"schedules.weekdays",
     "use ISO weekday digits, 1 (Monday) to 7 (Sunday), each at most once, e.g. 12345"},
    {"schedules.half_weekday_not_worked", "a half weekday must also be one of the weekdays worked"},
    {"schedules.range", "to must be on or after from and at most {max} days later"},
    {"schedules.clock_time", "use a 24-hour time HH:MM, e.g. 08:30"},
    {"schedules.check_out_before_in", "check_out must not be before check_in"},
    {"schedules.rota_shift_or_off",
     "a rota entry has either a shift_id or day_off true, not both and not neither"},
    {"schedules.rota_duplicate",
     "the person already has a rota entry on {date}; change that entry"},
    {"schedules.attendance_duplicate",
     "the person already has an attendance record on {date}; change it (check out) instead"},
    {"schedules.person_outside_scope",
     "you may see your own schedule and your team's; user {id} is outside them"},
    {"schedules.no_user", "no user {id}"},
    {"schedules.working_days_param", "unknown parameter; use user_id, from and to"},
    {"schedules.param_required", "{name} is required, e.g. {example}"},
    {"schedules.month", "month must be YYYY-MM, e.g. 2026-12"},
    {"schedules.pattern", "pattern is a list of 1 to 31 steps, each a shift id or \"off\""},
    {"schedules.pattern_shift", "no shift {id}; the pattern names shifts by their id"},
    {"schedules.rota_member", "unknown member; the body has team_id, month and pattern"},
    {"schedules.team", "no team {id}"},
    {"schedules.team_empty", "team {id} has no active member"},
    {"schedules.team_outside",
     "{name} has people outside the teams you lead; a leader generates the rota of their own team"},
    {"leave.ends_before_start", "date_to must be on or after date_from"},
    {"leave.half_same_day", "both halves of one day are the whole day: unset from_half or to_half"},
    {"leave.owner_fixed", "a leave request stays with its person; make a new one for someone else"},
    {"leave.decide_by_leader",
     "only the person's leader approves or rejects leave, never the person"},
    {"leave.status_change", "a leave request cannot go from {from} to {to}"},
    {"leave.decided",
     "this leave request is {status}: its dates and kind no longer change; cancel it and ask "
     "again"},
    {"leave.overlaps",
     "overlaps the {status} leave from {from} to {to}; change the dates or cancel that request"},
    // Forecasts: roll-up with adjustments, statistical forecast (RULES.md D)
    {"forecasts.person_twice", "person {person} is listed twice in the forecast hierarchy"},
    {"forecasts.manager_unknown",
     "person {person} reports to {manager}, who is not in the forecast hierarchy; add them or "
     "correct the manager"},
    {"forecasts.reporting_loop",
     "the reporting lines loop through person {person}; every chain of managers must end at "
     "someone without a manager"},
    {"forecasts.adjustment_subject_unknown",
     "person {person} is not in the forecast hierarchy; adjust someone on your team"},
    {"forecasts.adjuster_not_allowed",
     "{author} cannot adjust the forecast of {person}: only the person and their direct manager "
     "can"},
    {"forecasts.closed_not_adjustable",
     "Closed is what was won and cannot be adjusted; adjust Commit, Best Case or Open Pipeline"},
    {"forecasts.withdrawer_not_allowed",
     "{caller} cannot withdraw an adjustment made by {author}: only its author and the author's "
     "direct manager can"},
    {"forecasts.adjustment_not_active",
     "this adjustment is {status} already; only an adjustment in force can be withdrawn"},
    {"forecasts.adjustment_twice",
     "the forecast of {person} already has this adjustment for this category; change that one"},
    {"forecasts.period", "period '{value}' is not a month like 2026-12 or a quarter like 2026-Q4"},
    {"forecasts.param", "unknown query parameter '{name}'; use {allowed}"},
    {"forecasts.scope", "scope must be one of: rep, territory, product_group, product"},
    {"forecasts.source",
     "source won_deals is for a rep's or a territory's revenue; use orders for products"},
    {"forecasts.history_too_short",
     "a statistical forecast needs at least {min} months of history to back-test; this series "
     "has {months}"},
    // Mail: the outbox, quote e-mail and calendar feeds (docs/mail.md)
    {"mail.address", "'{address}' is not an e-mail address; write it as name@example.com"},
    {"mail.to_required",
     "the quote has no contact with an e-mail address; give the recipient in to"},
    {"mail.cc", "cc is a list of at most 10 addresses (or one comma-separated string)"},
    {"mail.quote_state",
     "this quote is {status}: a quote is e-mailed once it is approved (or sent or accepted)"},
    {"mail.document_state",
     "this document is {status}: only posted invoices and credit notes go to the customer; post "
     "it first"},
    {"mail.document_to_required",
     "the customer has no contact or account e-mail address; give the recipient in to"},
    {"calendar.no_feed",
     "no calendar feed has this address; make a new one under your profile (it may have been "
     "replaced)"},
    {"calendar.no_team", "no team {id}"},
    {"calendar.no_user", "no user {id}"},
    {"calendar.person_outside_scope",
     "{name} is outside the people whose calendar you see (your own, and your team's if you lead "
     "it)"},
    {"calendar.week_param", "use user_id or team_id (not both) and date, e.g. date=2026-12-03"},
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

// A placeholder name: {lower_snake_case}; other braces are literal text.
bool IsName(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

}  // namespace

std::span<const MessageTemplate> MessageCatalog() { return Sorted(); }

std::string_view EnglishTemplate(std::string_view code) {
  const auto& v = Sorted();
  const auto it =
      std::lower_bound(v.begin(), v.end(), code,
                       [](const MessageTemplate& t, std::string_view c) { return t.code < c; });
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
