// Steps the deliveries use cases share: specs, reading what was delivered, returned and invoiced
// of a set of orders, and the 422 of a line asking more than it has left.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/entity_spec.h"
#include "core/result.h"
#include "modules/deliveries/app/delivery_service.h"
#include "modules/deliveries/core/open_quantity.h"
#include "modules/deliveries/core/part_net.h"

namespace salesdesk::modules::deliveries {

const app::EntitySpec& Spec(std::string_view plural);

// The progress of every line of the given orders (internal read: the caller checked visibility).
core::Result<std::map<std::int64_t, LineProgress>> ProgressOf(app::UnitOfWork& uow,
                                                              std::vector<app::FieldValue> orders);

// A draft delivery the caller may see, at the version they read (412 otherwise); a shipped one
// never changes (409 deliveries.shipped).
core::Result<app::Record> LoadDraft(app::UnitOfWork& uow, const app::Caller& caller,
                                    std::int64_t id, std::optional<std::int64_t> expected_version);

// Serialises the writes that count an order's delivered or returned quantities: held until the
// transaction ends, so a second delivery of the same order waits for the first and then reads
// what it wrote. PostgreSQL runs writes at read committed, where two drafts reading the same open
// quantity could both pass; the lock is the row lock the ledger's counter upsert takes (decision
// 0051). SQLite has one writer, so it only bumps a counter there.
core::Result<void> LockOrderDeliveries(app::UnitOfWork& uow, std::int64_t order_id);

// The requested lines: at least one, each a known line (of the order or the delivery: 422 on
// lines[i].<id_field>), none twice, each quantity > 0.
core::Result<void> CheckRequestedLines(const std::vector<LineRequest>& lines,
                                       const std::set<std::int64_t>& known, const char* id_field);

// 422 on lines[i].quantity: more than the line has left, saying how much that is.
// `returning`: of a delivery line (delivered - returned), else of an order line (open).
core::Error ExceedsLeft(const core::deliveries::Excess& excess, const std::string& unit,
                        bool returning);

// Checks `lines` against the order's open quantities (`progress`, less `own`: the quantities of
// the draft being edited, which the new lines replace).
core::Result<void> CheckDeliverable(const std::vector<LineRequest>& lines,
                                    const std::map<std::int64_t, LineProgress>& progress,
                                    const std::map<std::int64_t, std::int64_t>& own = {});

// The delivery lines of `lines` for delivery `delivery_id`, copying each order line's product,
// description and unit.
std::vector<app::Record> DeliveryLineRecords(std::int64_t delivery_id,
                                             const std::vector<LineRequest>& lines,
                                             const std::map<std::int64_t, LineProgress>& progress);

// Returned so far per delivery line of one delivery (`credited_only`: by returns that came with
// a credit note, i.e. after the delivery was invoiced).
core::Result<std::map<std::int64_t, std::int64_t>> ReturnedOf(app::UnitOfWork& uow,
                                                              std::int64_t delivery_id,
                                                              bool credited_only = false);

// A priced line (order line or invoice line: quantity, net, unit price, discount) for PartNet.
core::Result<core::deliveries::PricedLine> PricedOf(const app::Record& line,
                                                    const core::Currency& c);

}  // namespace salesdesk::modules::deliveries
