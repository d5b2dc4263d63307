#include "modules/pipeline/app/deal_lines.h"

#include <algorithm>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/catalog_fields.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "app/records/record_service.h"
#include "modules/billing/app/billing_records.h"
#include "modules/pipeline/app/pipeline_module.h"
#include "modules/sales/app/quote_records.h"
#include "modules/sales/app/quote_service.h"

namespace salesdesk::modules::pipeline {
namespace {

using app::Record;

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

}  // namespace

void AddDealLineEntity(std::vector<app::EntitySpec>& c) {
  using namespace app::catalog;
  const app::EntitySpec& deals = DealSpecIn(c);
  c.push_back(
      {.plural = "opportunity-lines",
       .singular = "opportunity_line",
       .title = "Opportunity line",
       .fields = {ReadOnly(Of(Ref("opportunity_id", "opportunities", true), "The deal")),
                  ReadOnly(Int("position", 1, 1000)),
                  ReadOnly(Of(Ref("product_id", "products", true), "The product")),
                  ReadOnly(Of(Text("description", false, 1000), "The product's name")),
                  ReadOnly(Of(Decimal("quantity", 3, 0), "How many, in `unit`")), ReadOnly(Unit()),
                  ReadOnly(Of(Decimal("unit_price", 6, 0),
                              "The engine's price per unit when the lines were saved")),
                  ReadOnly(Of(MoneyField("net"), "quantity × unit_price, rounded once")),
                  ReadOnly(Of(Ref("price_list_id", "price-lists"), "The list it was priced with")),
                  ReadOnly(Of(DateField("priced_on"), "The company's day it was priced"))},
       .ownership = app::Ownership::kViaParent,
       .parent_field = "opportunity_id",
       .parent_entity = "opportunities",
       .policies = deals.policies,
       .custom_writes = true});
}

core::Result<DealLines> DealLineService::Replace(
    const app::Caller& caller, std::int64_t deal_id, std::optional<std::int64_t> expected_version,
    std::optional<std::int64_t> price_list_id,
    const std::vector<app::sales::QuoteLineInput>& lines) {
  const app::EntitySpec& rows = Spec("opportunity-lines");
  const app::EntitySpec& deals = Spec("opportunities");
  SD_TRY(app::CheckMayWrite(caller, rows));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record deal, app::sales::LoadVisible(*uow, caller, deals, deal_id));
  SD_TRY(billing::CheckVersion(deal, expected_version, "opportunity"));
  SD_TRY(CheckDealOpen(deal, "pipeline.lines_closed", "lines"));
  const std::int64_t at = clock_.Now().micros_since_epoch();
  SD_ASSIGN(auto old,
            app::ReadAll(*uow, rows, {{"opportunity_id", app::FilterOp::kEq, {deal_id}}}));
  for (const Record& r : old) {
    SD_TRY(uow->Delete(rows, app::RecordId(r), app::RecordVersion(r)));
    SD_TRY(app::AuditChange(*uow, caller, at, rows, "delete", &r, nullptr));
  }
  std::vector<Record> stored;
  Record changed = deal;
  if (!lines.empty()) {
    app::sales::QuoteService quotes(store_, clock_, pricing_);
    SD_ASSIGN(auto pricing,
              quotes.PriceForAccount(*uow, caller, app::IntOf(deal, "account_id").value_or(0),
                                     price_list_id, lines));
    const auto& priced = pricing.priced;
    std::vector<Record> fresh;
    for (const Record& l : priced.lines) {
      fresh.push_back({{"opportunity_id", deal_id},
                       {"position", l.at("position")},
                       {"product_id", l.at("product_id")},
                       {"description", l.at("description")},
                       {"quantity", l.at("quantity")},
                       {"unit", l.at("unit")},
                       {"unit_price", l.at("unit_price")},
                       {"net", l.at("net")},
                       {"price_list_id", pricing.price_list_id},
                       {"priced_on", pricing.date.ToString()}});
    }
    for (const Record& r : fresh) {
      SD_ASSIGN(Record s, uow->Insert(rows, r, at));
      SD_TRY(app::AuditChange(*uow, caller, at, rows, "create", nullptr, &s));
      stored.push_back(std::move(s));
    }
    const core::Money total = priced.totals.untaxed;
    SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, deals));
    SD_ASSIGN(changed, app::UpdateInTransaction(
                           *uow, caller, deals, visibility, deal,
                           {{"amount", app::MoneyValue{total.minor, total.currency.code()}}}, at));
  }
  SD_TRY(uow->Commit());
  return DealLines{std::move(stored), std::move(changed)};
}

}  // namespace salesdesk::modules::pipeline
