// An invoice's maintained `settled_on` (decision 0081): the first day from which it adds nothing
// to the ageing — nothing open, nothing overpaid on it — as the core replays its settlements
// (invoice_replay.h); null while it still does. The ageing then reads only the invoices open at
// its as-of date instead of a history that is mostly paid. A null is always safe (the invoice is
// read); a date must be exact, so every writer of a settlement refreshes it in its transaction:
// the payment, apply, credit-note and write-off services and the demo's history.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "app/ports/store.h"
#include "core/time/clock.h"
#include "core/time/date.h"

namespace salesdesk::modules::billing {

// kTouch stores the value even unchanged, moving the invoice's version. The invoice is read before
// its settlements, so of two transactions settling one invoice at once (PostgreSQL, read
// committed) the later either read it after the first committed, and so reads the first's
// settlements too, or before, and its update finds the version moved and fails as stale: no date
// is stored from settlements read without the other's. kChanged: a single writer (the demo, the
// upgrade) stores only what differs.
enum class SettledWrite : bool { kChanged, kTouch };

// Recomputes and stores `settled_on` of the given invoices; drafts and unknown ids are skipped.
core::Result<void> RefreshSettledOn(app::UnitOfWork& uow, const std::vector<std::int64_t>& ids,
                                    std::int64_t now_us, SettledWrite write);

// What the records give for the given invoices, by id (posted ones only), without storing it.
core::Result<std::map<std::int64_t, std::optional<core::Date>>> SettledOnOf(
    app::UnitOfWork& uow, const std::vector<std::int64_t>& ids);

// The invoices still open at `as_of` are those matching either of these (never settled, settled
// after the day): a reader runs its query once with each, and skips the rest of the history.
std::array<app::Filter, 2> OpenAt(core::Date as_of);

// The module's upgrade: on the first start with this column (a counter row marks it done),
// computes every posted invoice's value; later starts cost one counter statement.
core::Result<void> UpgradeSettledOn(app::Store& store, const core::Clock& clock);

}  // namespace salesdesk::modules::billing
