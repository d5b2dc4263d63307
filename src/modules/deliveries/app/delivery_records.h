// Steps the deliveries use cases share: specs, reading what was delivered, returned and invoiced
// of a set of orders, and the 422 of a line asking more than it has left.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

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

// 422 on lines[i].quantity: more than the line has left, saying how much that is.
// The requested lines: at least one, each a known line (of the order or the delivery: 422 on
// lines[i].<id_field>), none twice, each quantity > 0.
core::Result<void> CheckRequestedLines(const std::vector<LineRequest>& lines,
                                       const std::set<std::int64_t>& known, const char* id_field);

// `returning`: of a delivery line (delivered - returned), else of an order line (open).
core::Error ExceedsLeft(const core::deliveries::Excess& excess, const std::string& unit,
                        bool returning);

// Returned so far per delivery line of one delivery (`credited_only`: by returns that came with
// a credit note, i.e. after the delivery was invoiced).
core::Result<std::map<std::int64_t, std::int64_t>> ReturnedOf(app::UnitOfWork& uow,
                                                              std::int64_t delivery_id,
                                                              bool credited_only = false);

// A priced line (order line or invoice line: quantity, net, unit price, discount) for PartNet.
core::Result<core::deliveries::PricedLine> PricedOf(const app::Record& line,
                                                    const core::Currency& c);

}  // namespace salesdesk::modules::deliveries
