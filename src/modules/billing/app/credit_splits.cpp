#include "modules/billing/app/credit_splits.h"

#include <algorithm>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_records.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::billing {
namespace {

using app::FilterOp;
using app::Record;
using core::Error;
using core::ErrorCode;

Error Conflict(core::Message m) {
  Error e = Error::Make(ErrorCode::kConflict, std::move(m));
  e.field = "credit_splits";
  return e;
}

// An invoice's split changes while it is a draft.
core::Result<void> InvoiceEditable(app::UnitOfWork&, const Record& doc) {
  if (app::TextOf(doc, "status") == "draft") return core::Ok();
  return Conflict(
      core::Msg("billing.credit_splits_posted", {{"number", app::TextOf(doc, "number")}}));
}

// An order's split changes until it is invoiced (the invoice holds the copy from then on).
core::Result<void> OrderEditable(app::UnitOfWork& uow, const Record& doc) {
  SD_ASSIGN(auto invoices, app::ReadAll(uow, Spec("invoices"),
                                        {{"sales_order_id", FilterOp::kEq, {app::RecordId(doc)}}}));
  if (invoices.empty()) return core::Ok();
  return Conflict(core::Msg("billing.credit_splits_invoiced",
                            {{"invoice", std::to_string(app::RecordId(invoices.front()))}}));
}

core::Result<std::vector<Record>> RowsOf(app::UnitOfWork& uow, const SplitTarget& k,
                                         std::int64_t id) {
  SD_ASSIGN(auto rows,
            app::ReadAll(uow, Spec(k.rows), {{std::string(k.parent), FilterOp::kEq, {id}}}));
  std::sort(rows.begin(), rows.end(), [](const Record& a, const Record& b) {
    return app::IntOf(a, "position") < app::IntOf(b, "position");
  });
  return rows;
}

core::billing::CreditShare ShareOf(const Record& r) {
  return {app::IntOf(r, "user_id").value_or(0), app::IntOf(r, "share_bp").value_or(0),
          app::TextOf(r, "kind") == "overlay"};
}

}  // namespace

SplitTarget TargetOf(SplitDocument d) {
  return d == SplitDocument::kSalesOrder
             ? SplitTarget{"sales-orders", "sales-order-credit-splits", "sales_order_id",
                           OrderEditable}
             : SplitTarget{"invoices", "invoice-credit-splits", "invoice_id", InvoiceEditable};
}

core::Result<std::vector<Record>> CreditSplitService::Replace(
    const app::Caller& caller, SplitDocument kind, std::int64_t document_id,
    const std::vector<core::billing::CreditShare>& in) {
  return Replace(caller, TargetOf(kind), document_id, in);
}

core::Result<std::vector<Record>> CreditSplitService::Replace(
    const app::Caller& caller, const SplitTarget& k, std::int64_t document_id,
    const std::vector<core::billing::CreditShare>& in) {
  SD_TRY(app::CheckMayWrite(caller, Spec(k.rows)));
  SD_TRY(core::billing::CheckCreditShares(in));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record doc, app::sales::LoadVisible(*uow, caller, Spec(k.document), document_id));
  if (k.check_editable) SD_TRY(k.check_editable(*uow, doc));
  for (std::size_t i = 0; i < in.size(); ++i) {
    SD_ASSIGN(bool exists, uow->Exists(Spec("users"), in[i].user_id));
    if (!exists) {
      const std::string f = "credit_splits/" + std::to_string(i) + "/user_id";
      return Error::Invalid(f, core::Msg("field.not_an_id", {{"field", f}}));
    }
  }
  const std::int64_t at = clock_.Now().micros_since_epoch();
  SD_ASSIGN(auto old, RowsOf(*uow, k, document_id));
  for (const Record& r : old) {
    SD_TRY(uow->Delete(Spec(k.rows), app::RecordId(r), app::RecordVersion(r)));
    SD_TRY(app::AuditChange(*uow, caller, at, Spec(k.rows), "delete", &r, nullptr));
  }
  std::vector<Record> out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    Record row{{std::string(k.parent), document_id},
               {"position", static_cast<std::int64_t>(i + 1)},
               {"user_id", in[i].user_id},
               {"share_bp", in[i].share_bp},
               {"kind", std::string(in[i].overlay ? "overlay" : "revenue")}};
    SD_ASSIGN(Record stored, uow->Insert(Spec(k.rows), row, at));
    SD_TRY(app::AuditChange(*uow, caller, at, Spec(k.rows), "create", nullptr, &stored));
    out.push_back(std::move(stored));
  }
  SD_TRY(uow->Commit());
  return out;
}

namespace {

// Every share row of these invoices (both kinds), in position order.
core::Result<std::map<std::int64_t, Shares>> AllInvoiceShares(
    app::UnitOfWork& uow, const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, Shares> out;
  if (ids.empty()) return out;
  std::vector<app::FieldValue> values(ids.begin(), ids.end());
  SD_ASSIGN(auto rows, app::ReadAll(uow, Spec("invoice-credit-splits"),
                                    {{"invoice_id", FilterOp::kIn, values}}));
  std::sort(rows.begin(), rows.end(), [](const Record& a, const Record& b) {
    return std::pair(app::IntOf(a, "invoice_id"), app::IntOf(a, "position")) <
           std::pair(app::IntOf(b, "invoice_id"), app::IntOf(b, "position"));
  });
  for (const Record& r : rows) out[*app::IntOf(r, "invoice_id")].push_back(ShareOf(r));
  return out;
}

}  // namespace

core::Result<std::map<std::int64_t, Shares>> InvoiceShares(app::UnitOfWork& uow,
                                                           const std::vector<std::int64_t>& ids) {
  SD_ASSIGN(auto all, AllInvoiceShares(uow, ids));
  std::map<std::int64_t, Shares> out;
  for (const auto& [id, shares] : all) {
    if (auto revenue = core::billing::RevenueShares(shares); !revenue.empty()) {
      out[id] = std::move(revenue);
    }
  }
  return out;
}

core::Result<std::vector<std::int64_t>> InvoicesSharedWith(app::UnitOfWork& uow,
                                                           std::int64_t user) {
  SD_ASSIGN(auto rows,
            app::ReadAll(uow, Spec("invoice-credit-splits"), {{"user_id", FilterOp::kEq, {user}}}));
  std::vector<std::int64_t> out;
  for (const Record& r : rows) out.push_back(*app::IntOf(r, "invoice_id"));
  return out;
}

core::Result<std::vector<Record>> SharesFor(app::UnitOfWork& uow, const SplitTarget& from,
                                            std::int64_t from_id, std::string_view to_parent,
                                            std::int64_t to_id) {
  SD_ASSIGN(auto rows, RowsOf(uow, from, from_id));
  std::vector<Record> out;
  for (const Record& r : rows) {
    out.push_back({{std::string(to_parent), to_id},
                   {"position", r.at("position")},
                   {"user_id", r.at("user_id")},
                   {"share_bp", r.at("share_bp")},
                   {"kind", r.at("kind")}});
  }
  return out;
}

core::Result<std::int64_t> CreditedDocument::Part(std::int64_t amount, std::int64_t user) const {
  return core::billing::CreditedPart(amount, app::IntOf(record, "owner_id").value_or(0), shares,
                                     user);
}

std::int64_t CreditedDocument::OverlayPart(std::int64_t amount, std::int64_t user) const {
  return core::billing::OverlayPart(amount, overlays, user);
}

namespace {

// Documents of `plural` credited to `user`: their own (some may be split away from them) and
// those whose invoice's split names them; `invoice_field` names the invoice ("id" for invoices).
core::Result<std::vector<CreditedDocument>> CreditedTo(app::UnitOfWork& uow, std::int64_t user,
                                                       std::vector<app::Filter> filters,
                                                       const char* plural,
                                                       const char* invoice_field) {
  std::vector<app::Filter> owned = filters;
  owned.push_back({"owner_id", FilterOp::kEq, {user}});
  SD_ASSIGN(auto docs, app::ReadAll(uow, Spec(plural), owned));
  SD_ASSIGN(auto shared, InvoicesSharedWith(uow, user));
  if (!shared.empty()) {
    filters.push_back({invoice_field, FilterOp::kIn, {shared.begin(), shared.end()}});
    SD_ASSIGN(auto more, app::ReadAll(uow, Spec(plural), filters));
    for (auto& r : more) {
      const bool seen = std::any_of(docs.begin(), docs.end(), [&](const Record& d) {
        return app::RecordId(d) == app::RecordId(r);
      });
      if (!seen) docs.push_back(std::move(r));
    }
  }
  auto invoice_of = [&](const Record& r) {
    return std::string_view(invoice_field) == "id" ? app::RecordId(r)
                                                   : app::IntOf(r, invoice_field).value_or(0);
  };
  std::vector<std::int64_t> ids;
  for (const Record& r : docs) ids.push_back(invoice_of(r));
  SD_ASSIGN(auto shares, AllInvoiceShares(uow, ids));
  std::vector<CreditedDocument> out;
  for (auto& r : docs) {
    CreditedDocument c{.record = std::move(r)};
    if (auto it = shares.find(invoice_of(c.record)); it != shares.end()) {
      for (const auto& s : it->second) (s.overlay ? c.overlays : c.shares).push_back(s);
    }
    // An owner whose invoice's revenue is split away entirely is not credited with it; an
    // overlay names its rep on top.
    auto names = [&](const Shares& list) {
      return std::any_of(list.begin(), list.end(),
                         [&](const auto& s) { return s.user_id == user; });
    };
    const bool owned = app::IntOf(c.record, "owner_id") == user;
    const bool credited = (c.shares.empty() && owned) || names(c.shares) || names(c.overlays);
    if (credited) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

core::Result<std::vector<CreditedDocument>> InvoicesCreditedTo(app::UnitOfWork& uow,
                                                               std::int64_t user,
                                                               std::vector<app::Filter> filters) {
  return CreditedTo(uow, user, std::move(filters), "invoices", "id");
}

core::Result<std::vector<CreditedDocument>> CreditNotesCreditedTo(
    app::UnitOfWork& uow, std::int64_t user, std::vector<app::Filter> filters) {
  return CreditedTo(uow, user, std::move(filters), "credit-notes", "invoice_id");
}

}  // namespace salesdesk::modules::billing
