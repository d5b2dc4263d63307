// E-R6: realised FX on the settlements of a foreign-currency invoice. The invoice's base is
// B0 = round(amount × r_invoice); a settlement of p relieves round(p × r_invoice) of carrying
// base, except the one that brings the document-currency outstanding to zero, which relieves
// exactly what is left, so no base residue survives full payment. The payment's base is
// round(p × r_payment); realised FX = payment base − relieved base. A credit note relieves at
// the invoice's rate and has no FX. The document-currency outstanding never moves with FX.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/result.h"

namespace salesdesk::core::billing {

struct FxSettlement {
  std::int64_t amount = 0;  // applied to the invoice, document currency, > 0
  // The payment's dated rate (base units per document unit); none for a credit note.
  std::optional<Rate> payment_rate;
};

struct FxOutcome {
  std::int64_t relieved_base = 0;    // carrying base this settlement takes off the invoice
  std::int64_t settlement_base = 0;  // the payment's base (credit note: = relieved)
  std::int64_t realised = 0;         // settlement_base − relieved_base (gain > 0, loss < 0)
  std::int64_t outstanding = 0;      // document-currency outstanding after it
  std::int64_t carrying = 0;         // carrying base after it
};

// B0 = round(amount × rate) in `base`, half-up.
Result<std::int64_t> InvoiceBase(Money amount, Rate rate, Currency base);

// The settlements in the order they apply. Errors name "settlements/<i>/amount" when an amount
// is not positive or exceeds what is outstanding (the excess belongs to unapplied).
Result<std::vector<FxOutcome>> SettleFx(Money invoice, Rate invoice_rate, Currency base,
                                        std::span<const FxSettlement> settlements);

// Carrying base relieved by applying `applied` of `outstanding` (both document currency) with
// `carrying` left: the remaining carrying base when it clears the invoice, else
// round(applied × rate).
Result<std::int64_t> RelievedBase(std::int64_t applied, std::int64_t outstanding,
                                  std::int64_t carrying, Currency document, Rate invoice_rate,
                                  Currency base);

}  // namespace salesdesk::core::billing
