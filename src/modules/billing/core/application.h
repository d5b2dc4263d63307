// E-R2 and E-R11: how a payment or credit note is applied to a customer's open items.
// Principal goes to open instalments oldest due date first (ties: the order given, i.e. the
// earlier invoice and instalment); what no open item takes stays on the customer, unapplied.
// Fees and interest are claims of their own (E-R10): by default a payment clears principal,
// then interest, then fees; the "§ 367 BGB" option clears fees, then interest, then principal.
// A credit note reduces principal only.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/time/date.h"

namespace salesdesk::core::billing {

struct OpenItem {
  Date due;
  std::int64_t principal = 0;  // open principal, >= 0
  std::int64_t interest = 0;   // open interest claim, >= 0
  std::int64_t fees = 0;       // open fee claim, >= 0
};

enum class Claim : std::uint8_t { kPrincipal, kInterest, kFees };

enum class ApplicationOrder : std::uint8_t {
  kPrincipalFirst,  // principal → interest → fees (the default)
  kFeesFirst,       // fees → interest → principal (§ 367 BGB)
};

struct Applied {
  std::size_t item = 0;  // index into the items given
  Claim claim = Claim::kPrincipal;
  std::int64_t amount = 0;  // > 0
};

struct Application {
  std::vector<Applied> applied;  // in the order applied
  std::int64_t unapplied = 0;    // left on the customer (a credit), >= 0
};

// Applies `amount` (>= 0, same currency as the items) from a payment.
Application ApplyPayment(std::int64_t amount, std::span<const OpenItem> items,
                         ApplicationOrder order = ApplicationOrder::kPrincipalFirst);

// Applies `amount` (>= 0) from a credit note: principal only, oldest due first.
Application ApplyCreditNote(std::int64_t amount, std::span<const OpenItem> items);

}  // namespace salesdesk::core::billing
