#include "modules/billing/app/payment_term_lines.h"

#include <boost/json.hpp>
#include <string>

#include "modules/billing/app/billing_records.h"

namespace salesdesk::modules::billing {
namespace {

using core::Error;
using core::Msg;
using core::billing::DueRule;
using core::billing::TermLine;

constexpr std::int64_t kMaxPortion = 1'000'000;
constexpr std::int64_t kMaxDays = 3660;

Error Shape() { return Error::Invalid("lines", Msg("billing.term_lines_shape")); }

core::Result<std::int64_t> IntMember(const boost::json::object& o, std::string_view name,
                                     const std::string& at, std::int64_t max) {
  const std::string field = at + "/" + std::string(name);
  const boost::json::value* v = o.if_contains(name);
  if (v == nullptr) return Error::Invalid(field, Msg("field.required", {{"field", field}}));
  if (!v->is_int64() && !v->is_uint64()) {
    return Error::Invalid(field, Msg("field.not_integer", {{"field", field}}));
  }
  const std::int64_t n = v->is_int64() ? v->as_int64() : -1;
  if (n < 0 || n > max) {
    return Error::Invalid(
        field,
        Msg("field.out_of_range", {{"field", field}, {"min", "0"}, {"max", std::to_string(max)}}));
  }
  return n;
}

}  // namespace

core::Result<std::vector<TermLine>> ParseTermLines(std::string_view json) {
  boost::system::error_code ec;
  const boost::json::value doc = boost::json::parse(json, ec);
  if (ec || !doc.is_array()) return Shape();
  std::vector<TermLine> lines;
  const boost::json::array& items = doc.as_array();
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string at = "lines/" + std::to_string(i);
    if (!items[i].is_object()) return Shape();
    const boost::json::object& o = items[i].as_object();
    for (const auto& member : o) {
      const std::string_view key = member.key();
      if (key != "portion" && key != "rule" && key != "days") {
        return Error::Invalid(at + "/" + std::string(key),
                              Msg("field.unknown", {{"field", std::string(key)},
                                                    {"entity", "a payment terms line"}}));
      }
    }
    TermLine line;
    SD_ASSIGN(const std::int64_t portion, IntMember(o, "portion", at, kMaxPortion));
    line.portion = core::Weight{portion, 1};
    SD_ASSIGN(const std::int64_t days, IntMember(o, "days", at, kMaxDays));
    line.days = static_cast<int>(days);
    const boost::json::value* rule = o.if_contains("rule");
    const std::string rule_field = at + "/rule";
    if (rule == nullptr || !rule->is_string() ||
        (rule->as_string() != "days_after_invoice" && rule->as_string() != "end_of_month_plus")) {
      return Error::Invalid(rule_field, Msg("field.not_in_enum", {{"field", rule_field},
                                                                  {"values",
                                                                   "days_after_invoice, "
                                                                   "end_of_month_plus"}}));
    }
    line.rule = rule->as_string() == "days_after_invoice" ? DueRule::kDaysAfterInvoice
                                                          : DueRule::kEndOfMonthPlus;
    lines.push_back(line);
  }
  // The portions must split something (RULES 0.4: Σw > 0).
  SD_TRY(core::billing::PlanInstalments(0, core::Date(), lines));
  return lines;
}

void ValidatePaymentTerms(const app::Caller& /*caller*/, const app::Record& current,
                          app::Record& fields, core::FieldIssues& issues) {
  const std::string* text = WrittenOrStoredText(current, fields, "lines");
  if (text == nullptr) return;  // the generic checks report a missing or null field
  auto parsed = ParseTermLines(*text);
  if (!parsed.ok()) issues.Add(parsed.error().field, parsed.error());
}

}  // namespace salesdesk::modules::billing
