// Editing a draft delivery note (docs/deliveries.md): its lines, planned day, carrier and
// tracking, with the version the caller read (If-Match). New lines are checked like a new draft's
// against what the order has open, the draft's own lines not counted (they are replaced). A
// shipped note never changes: 409, as a second ship.
#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/deliveries/app/delivery_records.h"
#include "modules/deliveries/app/delivery_service.h"

namespace salesdesk::modules::deliveries {
namespace {

using app::Record;

app::FieldValue TextOrNull(const std::string& text) {
  return text.empty() ? app::FieldValue{} : app::FieldValue{text};
}

// Replaces the draft's lines: the old ones go, the new ones are numbered from 1.
core::Result<void> ReplaceLines(app::UnitOfWork& uow, std::int64_t delivery_id,
                                const std::vector<Record>& old_lines,
                                const std::vector<LineRequest>& lines,
                                const std::map<std::int64_t, LineProgress>& progress,
                                std::int64_t at) {
  for (const Record& l : old_lines) {
    SD_TRY(uow.Delete(Spec("delivery-lines"), app::RecordId(l), app::RecordVersion(l)));
  }
  SD_TRY(uow.InsertMany(Spec("delivery-lines"), DeliveryLineRecords(delivery_id, lines, progress),
                        at));
  return core::Ok();
}

}  // namespace

core::Result<Record> DeliveryService::Edit(const app::Caller& caller, std::int64_t id,
                                           const DeliveryEdit& in,
                                           std::optional<std::int64_t> expected_version) {
  SD_TRY(app::CheckMayWrite(caller, Spec("deliveries")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record note, LoadDraft(*uow, caller, id, expected_version));
  const std::int64_t at = clock_.Now().micros_since_epoch();
  if (in.lines) {
    const std::int64_t order_id = *app::IntOf(note, "sales_order_id");
    SD_TRY(LockOrderDeliveries(*uow, order_id));
    SD_ASSIGN(auto progress, ProgressOf(*uow, {order_id}));
    SD_ASSIGN(auto old_lines, app::ReadAll(*uow, Spec("delivery-lines"),
                                           {{"delivery_id", app::FilterOp::kEq, {id}}}));
    std::map<std::int64_t, std::int64_t> own;
    for (const Record& l : old_lines) {
      own[*app::IntOf(l, "sales_order_line_id")] += app::IntOf(l, "quantity").value_or(0);
    }
    SD_TRY(CheckDeliverable(*in.lines, progress, own));
    SD_TRY(ReplaceLines(*uow, id, old_lines, *in.lines, progress, at));
  }
  // The note's version moves with every edit, its lines' too: the ETag read before is stale.
  Record changes;
  if (in.shipped_on) {
    changes["shipped_on"] =
        *in.shipped_on ? app::FieldValue{(*in.shipped_on)->ToString()} : app::FieldValue{};
  }
  if (in.carrier) changes["carrier"] = TextOrNull(*in.carrier);
  if (in.tracking) changes["tracking"] = TextOrNull(*in.tracking);
  SD_ASSIGN(Record edited,
            uow->Update(Spec("deliveries"), id, changes, app::RecordVersion(note), at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("deliveries"), "update", &note, &edited));
  SD_TRY(uow->Commit());
  return edited;
}

}  // namespace salesdesk::modules::deliveries
