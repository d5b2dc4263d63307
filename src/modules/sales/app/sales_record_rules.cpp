#include "modules/sales/app/sales_record_rules.h"

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "modules/sales/app/pricing_records.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/sales/app/quote_authority.h"
#include "modules/sales/app/quote_records.h"
#include "modules/sales/core/pricing/catalog_tree.h"

namespace salesdesk::app::sales {

namespace pricing = core::pricing;
using core::Error;
using core::ErrorCode;

core::Result<void> PreparePricingRule(WriteContext& ctx, const Record& current, Record& fields) {
  UnitOfWork& uow = ctx.uow;
  Record merged = Merged(current, fields);
  if (!merged.count("created_at")) merged["created_at"] = std::int64_t{0};
  SD_ASSIGN(auto rule, RuleFromRecord(merged));
  // The engine's own validation, against the lists and trees as stored now.
  SD_ASSIGN(auto lists, ReadAll(uow, Spec("price-lists")));
  std::vector<pricing::PriceList> plain;
  for (const auto& l : lists) {
    SD_ASSIGN(auto list, ListFromRecords(l, {}));
    plain.push_back(std::move(list));
  }
  SD_ASSIGN(auto list_index, pricing::PriceListIndex::Build(std::move(plain)));
  SD_ASSIGN(auto categories, ReadAll(uow, Spec("product-categories")));
  SD_ASSIGN(auto groups, ReadAll(uow, Spec("customer-groups")));
  SD_ASSIGN(auto territories, ReadAll(uow, Spec("territories")));
  SD_ASSIGN(auto c, pricing::TreeIndex::Build(TreeNodes(categories), "category_id"));
  SD_ASSIGN(auto g, pricing::TreeIndex::Build(TreeNodes(groups), "customer_group_id"));
  SD_ASSIGN(auto t, pricing::TreeIndex::Build(TreeNodes(territories), "territory_id"));
  auto valid = pricing::ValidateRule(rule, list_index, c, g, t, "rule");
  if (!valid.ok()) {
    Error e = std::move(valid).error();
    if (e.field.rfind("rule.", 0) == 0) e.field = e.field.substr(5);
    if (e.field == "scope_id")
      e.field = rule.scope == pricing::RuleScope::kProduct ? "product_id" : "category_id";
    if (e.field == "season") e.field = "season_from";
    if (e.field == "max_margin") e.field = "max_margin_pct";
    return e;
  }
  return core::Ok();
}

core::Result<void> PreparePriceListItem(WriteContext& ctx, const Record& current, Record& fields) {
  UnitOfWork& uow = ctx.uow;
  if (!current.empty() || fields.count("unit")) return core::Ok();
  auto product_id = IntOf(fields, "product_id");
  if (!product_id) return core::Ok();
  SD_ASSIGN(auto product, uow.Get(Spec("products"), *product_id, Visibility::All()));
  std::string unit = product ? TextOf(*product, "unit") : "";
  fields["unit"] = unit.empty() ? std::string("pc") : unit;
  return core::Ok();
}

core::Result<void> PreparePriceList(WriteContext& ctx, const Record& current, Record& fields) {
  UnitOfWork& uow = ctx.uow;
  Record merged = Merged(current, fields);
  auto parent_id = IntOf(merged, "parent_id");
  if (!parent_id) return core::Ok();
  SD_ASSIGN(auto parent, uow.Get(Spec("price-lists"), *parent_id, Visibility::All()));
  if (parent && TextOf(*parent, "currency") != TextOf(merged, "currency")) {
    return Error::Invalid("parent_id", core::Msg("price_list.parent_currency",
                                                 {{"currency", TextOf(*parent, "currency")}}));
  }
  return core::Ok();
}

// The signer's limit against the value in the base currency (one rounding in Convert), at the
// rate of the signing day (else the start, else today).
core::Result<void> CheckSigner(UnitOfWork& uow, const Record& contract, std::int64_t now) {
  auto signer_id = IntOf(contract, "signed_by_id");
  if (!signer_id) return core::Ok();
  auto value = MoneyOf(contract, "value");
  if (!value) return Error::Invalid("value", core::Msg("contract.value_required"));
  SD_ASSIGN(auto signer, uow.Get(Spec("users"), *signer_id, Visibility::All()));
  if (!signer) {
    return Error::Invalid("signed_by_id",
                          core::Msg("contract.no_user", {{"id", std::to_string(*signer_id)}}));
  }
  SD_ASSIGN(auto rates, LoadExchangeRates(uow));
  SD_ASSIGN(auto limits, LimitsOfRole(uow, TextOf(*signer, "role"), rates.base_currency));
  SD_ASSIGN(auto currency, core::ParseCurrency(value->currency));
  core::Money amount{value->minor, currency};
  if (value->currency != limits.max_contract_value.currency.code()) {
    std::string day = TextOf(contract, "signed_on");
    if (day.empty()) day = TextOf(contract, "start_date");
    SD_ASSIGN(core::Date on, day.empty() ? app::CompanyToday(uow, now) : core::ParseDate(day));
    auto rate = rates.ToBase(value->currency, on);
    if (!rate) {
      return Error::Invalid("value", core::Msg("contract.no_rate", {{"from", value->currency},
                                                                    {"to", rates.base_currency},
                                                                    {"date", on.ToString()}}));
    }
    SD_ASSIGN(amount, core::Convert(amount, *rate, limits.max_contract_value.currency));
  }
  if (amount.minor > limits.max_contract_value.minor) {
    return Error::Invalid(
        "signed_by_id",
        core::Msg("contract.signer_limit",
                  {{"name", TextOf(*signer, "name")},
                   {"limit", core::FormatAmount(limits.max_contract_value) + " " +
                                 limits.max_contract_value.currency.code()},
                   {"value", core::FormatAmount(amount) + " " + amount.currency.code()}}));
  }
  return core::Ok();
}

namespace {

// What the parties signed: fixed once the signer has signed (a change is a new contract).
constexpr const char* kSignedTerms[] = {
    "title",      "account_id",         "quote_id",          "value",
    "incoterm",   "payment_terms_days", "quality_standards", "terms",
    "start_date", "end_date",           "signed_by_id",      "customer_signed_on"};

}  // namespace

core::Result<void> PrepareContract(WriteContext& ctx, const Record& current, Record& fields) {
  UnitOfWork& uow = ctx.uow;
  const Caller& caller = ctx.caller;
  const std::int64_t now = ctx.now;
  if (current.empty()) {
    SD_ASSIGN(const core::Date today, app::CompanyToday(uow, now));
    SD_ASSIGN(std::string number, NextDocumentNumber(uow, "C", today));
    fields["number"] = number;
    if (auto quote_id = IntOf(fields, "quote_id")) {
      auto quote = LoadVisible(uow, caller, Spec("quotes"), *quote_id);
      if (!quote.ok()) {
        return Error::Invalid("quote_id",
                              core::Msg("contract.no_quote", {{"id", std::to_string(*quote_id)}}));
      }
      if (TextOf(*quote, "status") != "accepted") {
        return Error::Invalid("quote_id", core::Msg("contract.quote_not_accepted"));
      }
      for (const char* k : {"account_id", "incoterm", "payment_terms_days"}) {
        if (!fields.count(k) && quote->count(k)) fields[k] = quote->at(k);
      }
      if (!fields.count("value") && quote->count("untaxed")) fields["value"] = quote->at("untaxed");
    }
  }
  const bool signed_already = IntOf(current, "signed_at").has_value();
  if (signed_already) {
    for (const char* k : kSignedTerms) {
      if (fields.count(k)) {
        return Error::Invalid(k, core::Msg("contract.signed_field", {{"field", k}}));
      }
    }
  }
  Record merged = Merged(current, fields);
  if (!IntOf(merged, "account_id")) {
    return Error::Invalid("account_id", core::Msg("field.required", {{"field", "account_id"}}));
  }
  const std::string start = TextOf(merged, "start_date"), end = TextOf(merged, "end_date");
  if (!start.empty() && !end.empty() && end < start) {
    return Error::Invalid("end_date", core::Msg("contract.ends_before_start"));
  }
  // Naming a signer signs nothing: a contract becomes active by the signer's own signature.
  if (fields.count("status") && TextOf(merged, "status") == "active" && !signed_already) {
    return Error::Invalid("status", core::Msg("contract.active_by_signing",
                                              {{"sign_path", "/api/v1/contracts/{id}/sign"}}));
  }
  if (!signed_already && (fields.count("signed_by_id") || fields.count("value"))) {
    SD_TRY(CheckSigner(uow, merged, now));
  }
  return core::Ok();
}

core::Result<void> AfterContractWrite(WriteContext& ctx, const Record&, Record& contract) {
  UnitOfWork& uow = ctx.uow;
  const Caller& caller = ctx.caller;
  const std::int64_t now = ctx.now;
  auto notice = IntOf(contract, "renewal_notice_days");
  const std::string end = TextOf(contract, "end_date");
  auto owner = IntOf(contract, "owner_id");
  if (TextOf(contract, "status") != "active" || !notice || end.empty() || !owner) {
    return core::Ok();
  }
  SD_ASSIGN(auto end_date, core::ParseDate(end));
  SD_ASSIGN(auto due, end_date.AddDays(-*notice));
  Record task{
      {"title", "Renew contract " + TextOf(contract, "number") + " – " + TextOf(contract, "title")},
      {"due_on", due.ToString()},
      {"related_entity", std::string("contracts")},
      {"related_id", RecordId(contract)},
      {"owner_id", *owner}};
  if (auto task_id = IntOf(contract, "renewal_task_id")) {
    SD_ASSIGN(auto existing, uow.Get(Spec("tasks"), *task_id, Visibility::All()));
    if (existing && !BoolOf(*existing, "done")) {
      if (TextOf(*existing, "due_on") == due.ToString()) return core::Ok();
      SD_ASSIGN(Record updated,
                uow.Update(Spec("tasks"), *task_id, task, RecordVersion(*existing), now));
      return AuditChange(uow, caller, now, Spec("tasks"), "update", &*existing, &updated);
    }
  }
  SD_ASSIGN(Record inserted, uow.Insert(Spec("tasks"), task, now));
  SD_TRY(AuditChange(uow, caller, now, Spec("tasks"), "create", nullptr, &inserted));
  SD_ASSIGN(contract,
            uow.Update(Spec("contracts"), RecordId(contract),
                       {{"renewal_task_id", RecordId(inserted)}}, RecordVersion(contract), now));
  return core::Ok();
}

}  // namespace salesdesk::app::sales
