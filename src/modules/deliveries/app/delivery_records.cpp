#include "modules/deliveries/app/delivery_records.h"

#include <set>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_records.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::deliveries {
namespace {

using app::FilterOp;
using app::Record;

std::vector<app::FieldValue> IdsOf(const std::vector<Record>& records) {
  std::vector<app::FieldValue> ids;
  for (const auto& r : records) ids.emplace_back(app::RecordId(r));
  return ids;
}

}  // namespace

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

std::int64_t LineProgress::Open() const {
  return app::IntOf(line, "quantity").value_or(0) - delivered;
}

core::Result<std::map<std::int64_t, LineProgress>> ProgressOf(app::UnitOfWork& uow,
                                                              std::vector<app::FieldValue> orders) {
  std::map<std::int64_t, LineProgress> out;
  if (orders.empty()) return out;
  SD_ASSIGN(auto lines, app::ReadAll(uow, Spec("sales-order-lines"),
                                     {{"sales_order_id", FilterOp::kIn, orders}}));
  for (auto& l : lines) out[app::RecordId(l)].line = std::move(l);
  SD_ASSIGN(auto notes, app::ReadAll(uow, Spec("deliveries"),
                                     {{"sales_order_id", FilterOp::kIn, std::move(orders)}}));
  if (notes.empty()) return out;
  std::map<std::int64_t, const Record*> note_by_id;
  for (const auto& n : notes) note_by_id[app::RecordId(n)] = &n;
  SD_ASSIGN(auto delivered, app::ReadAll(uow, Spec("delivery-lines"),
                                         {{"delivery_id", FilterOp::kIn, IdsOf(notes)}}));
  std::map<std::int64_t, std::int64_t> order_line_of;  // delivery line -> order line
  for (const auto& d : delivered) {
    const std::int64_t order_line = *app::IntOf(d, "sales_order_line_id");
    const std::int64_t q = app::IntOf(d, "quantity").value_or(0);
    const Record& note = *note_by_id.at(*app::IntOf(d, "delivery_id"));
    order_line_of[app::RecordId(d)] = order_line;
    LineProgress& p = out[order_line];
    p.delivered += q;
    if (app::TextOf(note, "status") == "shipped") p.shipped += q;
    if (app::IntOf(note, "invoice_id")) p.invoiced += q;
  }
  SD_ASSIGN(auto returns, app::ReadAll(uow, Spec("delivery-returns"),
                                       {{"delivery_id", FilterOp::kIn, IdsOf(notes)}}));
  if (returns.empty()) return out;
  SD_ASSIGN(auto returned, app::ReadAll(uow, Spec("delivery-return-lines"),
                                        {{"return_id", FilterOp::kIn, IdsOf(returns)}}));
  for (const auto& r : returned) {
    out[order_line_of[*app::IntOf(r, "delivery_line_id")]].returned +=
        app::IntOf(r, "quantity").value_or(0);
  }
  return out;
}

core::Result<Record> LoadDraft(app::UnitOfWork& uow, const app::Caller& caller, std::int64_t id,
                               std::optional<std::int64_t> expected_version) {
  SD_ASSIGN(Record note, app::sales::LoadVisible(uow, caller, Spec("deliveries"), id));
  SD_TRY(billing::CheckVersion(note, expected_version, "delivery"));
  if (app::TextOf(note, "status") == "shipped") {
    return core::Error::Make(
        core::ErrorCode::kConflict,
        core::Msg("deliveries.shipped", {{"number", app::TextOf(note, "number")}}));
  }
  return note;
}

core::Result<void> LockOrderDeliveries(app::UnitOfWork& uow, std::int64_t order_id) {
  SD_TRY(uow.NextNumber("deliveries-of-order-" + std::to_string(order_id)));
  return core::Ok();
}

core::Result<void> CheckDeliverable(const std::vector<LineRequest>& lines,
                                    const std::map<std::int64_t, LineProgress>& progress,
                                    const std::map<std::int64_t, std::int64_t>& own) {
  std::set<std::int64_t> known;
  std::map<std::int64_t, core::Quantity> open;
  for (const auto& [id, p] : progress) {
    known.insert(id);
    const auto mine = own.find(id);
    open.emplace(id, core::Quantity::FromUnits(p.Open() + (mine == own.end() ? 0 : mine->second)));
  }
  SD_TRY(CheckRequestedLines(lines, known, "sales_order_line_id"));
  std::vector<core::deliveries::Wanted> wanted;
  for (const auto& l : lines) wanted.push_back({l.line_id, l.quantity});
  if (auto excess = core::deliveries::FirstExcess(wanted, open)) {
    return ExceedsLeft(*excess,
                       app::TextOf(progress.at(wanted[excess->index].line_id).line, "unit"), false);
  }
  return core::Ok();
}

std::vector<Record> DeliveryLineRecords(std::int64_t delivery_id,
                                        const std::vector<LineRequest>& lines,
                                        const std::map<std::int64_t, LineProgress>& progress) {
  std::vector<Record> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Record& ordered = progress.at(lines[i].line_id).line;
    Record line{{"delivery_id", delivery_id},
                {"sales_order_line_id", lines[i].line_id},
                {"position", static_cast<std::int64_t>(i + 1)},
                {"quantity", lines[i].quantity.units()}};
    for (const char* k : {"product_id", "description", "unit"}) {
      if (auto it = ordered.find(k); it != ordered.end()) line[k] = it->second;
    }
    out.push_back(std::move(line));
  }
  return out;
}

core::Error ExceedsLeft(const core::deliveries::Excess& excess, const std::string& unit,
                        bool returning) {
  return core::Error::Invalid(
      "lines[" + std::to_string(excess.index) + "].quantity",
      core::Msg(returning ? "deliveries.return_exceeds" : "deliveries.exceeds_open",
                {{"left", excess.left.ToString()}, {"unit", unit}}));
}

core::Result<void> CheckRequestedLines(const std::vector<LineRequest>& lines,
                                       const std::set<std::int64_t>& known, const char* id_field) {
  if (lines.empty()) return core::Error::Invalid("lines", core::Msg("deliveries.no_lines"));
  std::set<std::int64_t> seen;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string at = "lines[" + std::to_string(i) + "]";
    if (!known.contains(lines[i].line_id)) {
      return core::Error::Invalid(
          at + "." + id_field,
          core::Msg("deliveries.line_unknown", {{"id", std::to_string(lines[i].line_id)}}));
    }
    if (!seen.insert(lines[i].line_id).second) {
      return core::Error::Invalid(at + "." + id_field, core::Msg("deliveries.line_twice"));
    }
    if (lines[i].quantity.units() <= 0) {
      return core::Error::Invalid(at + ".quantity", core::Msg("deliveries.quantity_positive"));
    }
  }
  return core::Ok();
}

core::Result<std::map<std::int64_t, std::int64_t>> ReturnedOf(app::UnitOfWork& uow,
                                                              std::int64_t delivery_id,
                                                              bool credited_only) {
  std::map<std::int64_t, std::int64_t> out;
  std::vector<app::Filter> filters{{"delivery_id", FilterOp::kEq, {delivery_id}}};
  if (credited_only) filters.push_back({"credit_note_id", FilterOp::kNotNull, {}});
  SD_ASSIGN(auto returns, app::ReadAll(uow, Spec("delivery-returns"), std::move(filters)));
  if (returns.empty()) return out;
  std::vector<app::FieldValue> ids;
  for (const auto& r : returns) ids.emplace_back(app::RecordId(r));
  SD_ASSIGN(auto lines,
            app::ReadAll(uow, Spec("delivery-return-lines"), {{"return_id", FilterOp::kIn, ids}}));
  for (const auto& l : lines) {
    out[*app::IntOf(l, "delivery_line_id")] += app::IntOf(l, "quantity").value_or(0);
  }
  return out;
}

core::Result<core::deliveries::PricedLine> PricedOf(const app::Record& line,
                                                    const core::Currency& c) {
  core::deliveries::PricedLine p{
      .whole = core::Quantity::FromUnits(app::IntOf(line, "quantity").value_or(0)),
      .whole_net = core::Money{app::MoneyOf(line, "net").value_or(app::MoneyValue{}).minor, c},
      .unit_price = core::UnitPrice::FromUnits(app::IntOf(line, "unit_price").value_or(0))};
  if (auto d = app::IntOf(line, "discount_pct")) p.discount = core::Percent::FromUnits(*d);
  return p;
}

}  // namespace salesdesk::modules::deliveries
