// Creating and shipping delivery notes; the order's progress and the back order.
#include "modules/deliveries/app/delivery_service.h"

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/credit_hold.h"
#include "modules/deliveries/app/delivery_records.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::deliveries {
namespace {

using app::Record;
using core::Error;
using core::ErrorCode;
using core::Msg;
namespace cd = core::deliveries;

core::Result<void> CheckConfirmed(const Record& order) {
  const std::string status = app::TextOf(order, "status");
  if (status == "confirmed") return core::Ok();
  return Error::Invalid("sales_order_id",
                        Msg("deliveries.order_not_confirmed", {{"status", status}}));
}

}  // namespace

core::Result<app::CreateResult<Record>> DeliveryService::Create(
    const app::Caller& caller, const DeliveryRequest& in,
    const app::IdempotencyRequest* idempotency, const app::Renderer<Record>& render) {
  SD_TRY(app::CheckMayWrite(caller, Spec("deliveries")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<Record>{std::nullopt, std::move(seen)};
  SD_ASSIGN(Record order,
            app::sales::LoadVisible(*uow, caller, Spec("sales-orders"), in.sales_order_id));
  SD_TRY(CheckConfirmed(order));
  SD_TRY(billing::CheckNotOnHold(order, "sales_order_id"));
  SD_TRY(LockOrderDeliveries(*uow, in.sales_order_id));
  SD_ASSIGN(auto progress, ProgressOf(*uow, {in.sales_order_id}));
  SD_TRY(CheckDeliverable(in.lines, progress));
  const std::int64_t at = clock_.Now().micros_since_epoch();
  Record note{{"sales_order_id", in.sales_order_id},
              {"account_id", order.at("account_id")},
              {"status", std::string("draft")},
              {"owner_id", order.at("owner_id")}};
  if (in.shipped_on) note["shipped_on"] = in.shipped_on->ToString();
  if (!in.carrier.empty()) note["carrier"] = in.carrier;
  if (!in.tracking.empty()) note["tracking"] = in.tracking;
  SD_ASSIGN(Record inserted, uow->Insert(Spec("deliveries"), note, at));
  SD_TRY(uow->InsertMany(Spec("delivery-lines"),
                         DeliveryLineRecords(app::RecordId(inserted), in.lines, progress), at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("deliveries"), "create", nullptr, &inserted));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(inserted), at));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(inserted), std::nullopt};
}

core::Result<Record> DeliveryService::Ship(const app::Caller& caller, std::int64_t id,
                                           std::optional<std::int64_t> expected_version) {
  SD_TRY(app::CheckMayWrite(caller, Spec("deliveries")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record note, LoadDraft(*uow, caller, id, expected_version));
  const core::Timestamp now = clock_.Now();
  SD_ASSIGN(core::Date shipped_on, app::CompanyToday(*uow, now.micros_since_epoch()));
  if (auto* day = app::FieldOf(note, "shipped_on");
      day && std::holds_alternative<std::string>(*day)) {
    SD_ASSIGN(shipped_on, core::ParseDate(std::get<std::string>(*day)));
  }
  const std::int64_t at = now.micros_since_epoch();
  // Drawn inside the shipping transaction, like billing's numbers: no gaps per series and year.
  SD_ASSIGN(std::string number, billing::NextDocumentNumber(*uow, "DN", shipped_on.Civil().year));
  Record changes{{"status", std::string("shipped")},
                 {"number", number},
                 {"shipped_on", shipped_on.ToString()},
                 {"shipped_at", at}};
  SD_ASSIGN(Record shipped,
            uow->Update(Spec("deliveries"), id, changes, app::RecordVersion(note), at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("deliveries"), "update", &note, &shipped));
  SD_TRY(uow->Commit());
  return shipped;
}

core::Result<std::vector<LineProgress>> DeliveryService::Progress(const app::Caller& caller,
                                                                  std::int64_t order_id) {
  SD_ASSIGN(auto uow, store_.Read());
  SD_TRY(app::VisibilityFor(*uow, caller, Spec("deliveries")));
  SD_TRY(app::sales::LoadVisible(*uow, caller, Spec("sales-orders"), order_id));
  SD_ASSIGN(auto progress, ProgressOf(*uow, {order_id}));
  std::vector<LineProgress> out;
  for (auto& [id, p] : progress) out.push_back(std::move(p));
  std::ranges::sort(
      out, {}, [](const LineProgress& p) { return app::IntOf(p.line, "position").value_or(0); });
  return out;
}

core::Result<std::vector<BackOrderLine>> DeliveryService::BackOrders(const app::Caller& caller) {
  SD_ASSIGN(auto uow, store_.Read());
  SD_TRY(app::VisibilityFor(*uow, caller, Spec("deliveries")));
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, Spec("sales-orders")));
  app::ListQuery q{.filters = {{"status", app::FilterOp::kEq, {std::string("confirmed")}}},
                   .sort_field = "ordered_on",
                   .limit = 5000,
                   .with_total = false};
  SD_ASSIGN(auto page, uow->List(Spec("sales-orders"), q, visibility));
  std::vector<app::FieldValue> ids;
  std::map<std::int64_t, std::size_t> rank;
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    ids.emplace_back(app::RecordId(page.items[i]));
    rank[app::RecordId(page.items[i])] = i;
  }
  SD_ASSIGN(auto progress, ProgressOf(*uow, std::move(ids)));
  std::vector<BackOrderLine> out;
  for (auto& [id, p] : progress) {
    if (p.Open() <= 0) continue;
    const std::size_t i = rank.at(*app::IntOf(p.line, "sales_order_id"));
    out.push_back({page.items[i], std::move(p)});
  }
  // Oldest order first (the list's order), then by line position.
  std::ranges::sort(out, {}, [&](const BackOrderLine& b) {
    return std::pair{rank.at(app::RecordId(b.order)),
                     app::IntOf(b.progress.line, "position").value_or(0)};
  });
  return out;
}

}  // namespace salesdesk::modules::deliveries
