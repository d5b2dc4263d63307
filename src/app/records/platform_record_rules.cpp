#include "app/records/platform_record_rules.h"

#include <date/tz.h>

#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"

namespace salesdesk::app {

void ValidateAccount(const Caller&, const Record& current, Record& fields,
                     core::FieldIssues& issues) {
  // The risk profile chooses the sales method unless one is given explicitly.
  if (fields.count("risk_profile") && !fields.count("sales_method")) {
    std::string risk = TextIn(EffectiveOf(current, fields, "risk_profile"));
    fields["sales_method"] = std::string(risk == "low"    ? "open_account"
                                         : risk == "high" ? "prepayment"
                                                          : "letter_of_credit");
  }
  const FieldValue* limit = EffectiveOf(current, fields, "credit_limit");
  if (limit != nullptr && std::holds_alternative<MoneyValue>(*limit)) {
    std::string currency = TextIn(EffectiveOf(current, fields, "currency"));
    if (std::get<MoneyValue>(*limit).currency != currency) {
      issues.Add("credit_limit.currency",
                 core::Msg("account.credit_limit_currency", {{"currency", currency}}));
    }
  }
}

void ValidateCurrency(const Caller&, const Record&, Record& fields, core::FieldIssues&) {
  if (!fields.count("code")) return;
  auto c = core::ParseCurrency(std::get<std::string>(fields["code"]));
  if (c.ok()) fields["exponent"] = std::int64_t{c->exponent()};
}

void ValidateExchangeRate(const Caller&, const Record& current, Record& fields,
                          core::FieldIssues& issues) {
  if (TextIn(EffectiveOf(current, fields, "from_currency")) ==
      TextIn(EffectiveOf(current, fields, "to_currency"))) {
    issues.Add("to_currency", core::Msg("exchange_rate.same_currency"));
  }
}

void ValidateProduct(const Caller&, const Record& current, Record& fields,
                     core::FieldIssues& issues) {
  const std::string sales_unit = TextIn(EffectiveOf(current, fields, "sales_unit"));
  const FieldValue* factor = EffectiveOf(current, fields, "sales_unit_factor");
  const bool has_factor = factor != nullptr && std::holds_alternative<std::int64_t>(*factor);
  if (sales_unit.empty() != !has_factor) {
    issues.Add(sales_unit.empty() ? "sales_unit" : "sales_unit_factor",
               core::Msg("product.sales_unit_pair"));
  }
  std::string unit = TextIn(EffectiveOf(current, fields, "unit"));
  if (unit.empty()) unit = "pc";
  if (!sales_unit.empty() && sales_unit == unit) {
    issues.Add("sales_unit", core::Msg("product.sales_unit_same", {{"unit", unit}}));
  }
}

void ValidateUser(const Caller& caller, const Record& current, Record& fields,
                  core::FieldIssues& issues) {
  if (!fields.count("role") || caller.is_system() || caller.role == Role::kAdmin) return;
  // Directors manage their people, but the admin role is granted and removed by admins only.
  if (TextIn(&fields["role"]) == "admin" || TextOf(current, "role") == "admin") {
    issues.Add("role", core::Msg("user.admin_role_admin_only"));
  }
}

void ValidateSettings(const Caller&, const Record&, Record& fields, core::FieldIssues& issues) {
  if (!fields.count("time_zone")) return;
  const std::string tz = std::get<std::string>(fields["time_zone"]);
  try {
    (void)date::locate_zone(tz);
  } catch (const std::exception&) {
    issues.Add("time_zone", core::Msg("settings.unknown_time_zone", {{"value", tz}}));
  }
}

core::Result<void> AfterUserWrite(WriteContext& ctx, const Record& before, Record& stored) {
  // A disabled user's sessions and tokens end for good, not only while disabled.
  if (!before.empty() && BoolOf(before, "active", true) && !BoolOf(stored, "active", true)) {
    return ctx.uow.DeleteSessionsOfUser(RecordId(stored));
  }
  return core::Ok();
}

}  // namespace salesdesk::app
