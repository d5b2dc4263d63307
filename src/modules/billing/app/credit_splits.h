// Split credit on sales orders and invoices (decision 0045): the whole set of a document's
// shares replaced at once, checked to sum to 10,000 bp; an invoice made from an order copies the
// order's shares (InvoiceService::Create), a posted invoice's never change. And the reads every
// consumer of credit shares makes: commission statements (C-R2), target actuals (A-R7), the
// appraisal's sales and the DSO per rep (E-R7).
#pragma once

#include <map>
#include <string_view>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/entity_spec.h"
#include "core/time/clock.h"
#include "modules/billing/core/credit_split.h"

namespace salesdesk::modules::billing {

enum class SplitDocument { kSalesOrder, kInvoice };

// A document kind whose credit is split (another module's too: pipeline's deals, decision 0071):
// its entity, its share rows' entity and their reference to it, and whether its split may still
// change (an error refuses the change and is answered as it is).
struct SplitTarget {
  std::string_view document;  // plural
  std::string_view rows;      // plural
  std::string_view parent;    // the rows' field naming the document
  core::Result<void> (*check_editable)(app::UnitOfWork& uow, const app::Record& document) = nullptr;
};

// The fields of a share-row entity whose `parent_field` references `parent` (read-only: the rows
// are written by Replace only).
std::vector<app::FieldSpec> CreditSplitFields(std::string_view parent_field,
                                              std::string_view parent);

class CreditSplitService {
 public:
  CreditSplitService(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // Replaces the document's shares (none: 100 % to its owner) and answers the stored rows in
  // order. The caller must see the document and may write its split rows; every user named must
  // exist. An order already invoiced: 409 billing.credit_splits_invoiced; a posted invoice: 409
  // billing.credit_splits_posted.
  core::Result<std::vector<app::Record>> Replace(const app::Caller& caller, SplitDocument kind,
                                                 std::int64_t document_id,
                                                 const std::vector<core::billing::CreditShare>& in);
  // The same for any document kind: the caller must see the document and may write its rows.
  core::Result<std::vector<app::Record>> Replace(const app::Caller& caller,
                                                 const SplitTarget& target,
                                                 std::int64_t document_id,
                                                 const std::vector<core::billing::CreditShare>& in);

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

using Shares = std::vector<core::billing::CreditShare>;

// The revenue shares of these invoices, in position order; an invoice without any is absent (its
// owner's 100 %). Overlay shares are commissions' only (CreditedDocument::overlays).
core::Result<std::map<std::int64_t, Shares>> InvoiceShares(app::UnitOfWork& uow,
                                                           const std::vector<std::int64_t>& ids);
// The ids of the invoices whose split names `user` (whoever owns them; either kind).
core::Result<std::vector<std::int64_t>> InvoicesSharedWith(app::UnitOfWork& uow, std::int64_t user);
// The split rows of a sales order or an invoice.
SplitTarget TargetOf(SplitDocument kind);
// The shares of document `from_id` (of `from`) as rows of the document `to_id` whose rows name it
// in `to_parent` (position, user_id, share_bp, kind): an order's for its new invoice, a deal's for
// its order.
core::Result<std::vector<app::Record>> SharesFor(app::UnitOfWork& uow, const SplitTarget& from,
                                                 std::int64_t from_id, std::string_view to_parent,
                                                 std::int64_t to_id);

// An invoice or credit note credited to a user, with its invoice's shares (empty: the owner's
// 100 %; a credit note is owned by its invoice's owner and follows its invoice's split).
struct CreditedDocument {
  app::Record record;
  Shares shares;    // revenue: they sum to 100 %
  Shares overlays;  // on top of the revenue split (C-R2)
  // `user`'s credited part of an amount of this document (Allocate by the revenue shares, any
  // sign).
  core::Result<std::int64_t> Part(std::int64_t amount, std::int64_t user) const;
  // `user`'s overlay part of an amount (0 without an overlay share naming them).
  std::int64_t OverlayPart(std::int64_t amount, std::int64_t user) const;
};
// The invoices credited to `user` among those matching `filters`: the user's own without a
// revenue split naming others only, and any invoice whose split names them (either kind: an
// overlay rep's Part is 0, their OverlayPart is not).
core::Result<std::vector<CreditedDocument>> InvoicesCreditedTo(app::UnitOfWork& uow,
                                                               std::int64_t user,
                                                               std::vector<app::Filter> filters);
// The same for credit notes (their invoice's split decides).
core::Result<std::vector<CreditedDocument>> CreditNotesCreditedTo(app::UnitOfWork& uow,
                                                                  std::int64_t user,
                                                                  std::vector<app::Filter> filters);

}  // namespace salesdesk::modules::billing
