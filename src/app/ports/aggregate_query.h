// A grouped read (counts, sums, minima, maxima per group), in storage-neutral terms. It takes
// the same filters, search and visibility as a list, so a report never reads what its caller's
// list would not show (decision 0019).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/ports/record_query.h"

namespace salesdesk::app {

// Date and timestamp keys are truncated to a calendar part, in UTC: "2026-03-14", "2026-03",
// "2026". kNone: the stored value itself.
enum class DatePart { kNone, kDay, kMonth, kYear };

struct GroupBy {
  std::string field;  // a groupable field, or created_at / updated_at
  DatePart part = DatePart::kNone;
};

enum class MeasureKind { kSum, kMin, kMax };

struct Measure {
  MeasureKind kind = MeasureKind::kSum;
  std::string field;  // an integer, decimal or money field
};

struct AggregateQuery {
  std::vector<Filter> filters;     // as ListQuery
  std::string search;              // as ListQuery
  std::vector<GroupBy> group_by;   // 0 to 2 keys; none: one group of everything visible
  std::vector<Measure> measures;   // count is always given
  std::int64_t max_groups = 1000;  // more are dropped and the result says truncated
};

// One measure of one group. Money measures come once per currency present in the group (never
// two currencies added); `currency` is empty for other fields. `value` is null when every value
// of the group is null; integers and decimals (scaled) are int64, money its minor units.
struct MeasureValue {
  std::size_t measure = 0;  // index into AggregateQuery::measures
  std::string currency;
  FieldValue value;
};

struct AggregateRow {
  std::vector<FieldValue> key;  // one per group_by: the value, or the truncated date as text
  std::int64_t count = 0;
  std::vector<MeasureValue> values;  // by measure, then currency
};

struct AggregateResult {
  std::vector<AggregateRow> rows;  // ordered by key, nulls last; at most max_groups
  std::int64_t total_count = 0;    // records matched, in all groups (also those dropped)
  bool truncated = false;          // more than max_groups groups existed
};

}  // namespace salesdesk::app
