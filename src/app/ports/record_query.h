// What a list request asks for, in storage-neutral terms, and the visibility that the access
// layer attaches to every read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "app/records/field_value.h"

namespace salesdesk::app {

enum class FilterOp { kEq, kNe, kLt, kLe, kGt, kGe, kIn, kIsNull, kNotNull };

struct Filter {
  std::string field;  // a filterable field or a meta field (id, created_at, updated_at)
  FilterOp op = FilterOp::kEq;
  std::vector<FieldValue> values;  // one value, or several for kIn
};

// A place in a sorted list (keyset paging): the sort key of a row, as stored (the folded key
// for folded fields, the minor units for money; null when the row has none) and its id, which
// breaks ties so equal keys page stably.
struct ListPosition {
  std::variant<std::monostate, std::int64_t, std::string> key;
  std::int64_t id = 0;
  bool operator==(const ListPosition&) const = default;
};

struct ListQuery {
  std::vector<Filter> filters;
  std::string search;  // ?q=: case-insensitive substring over search_fields
  std::string sort_field = "id";
  bool sort_descending = false;
  std::int64_t limit = 50;
  std::int64_t offset = 0;
  std::optional<ListPosition> after;  // keyset: the rows after this one in the sort order
  bool with_total = true;  // false: skip the count (internal full reads); total = items returned
};

// For rows that describe other records (audit events): the records of one entity whose rows
// the caller may see: all of them, or those whose owner (through the parent for kViaParent
// entities) is one of owner_ids.
struct DescribedScope {
  std::string entity;  // plural
  bool all = false;
  std::vector<std::int64_t> owner_ids;
};

// Who the caller may see. For owned entities: all, or the records whose owner is one of
// owner_ids (own, or the team sub-tree). Shared entities ignore owner_ids. Entities whose rows
// describe other records (Ownership::kDescribed) see rows of the entities in `described` only.
struct Visibility {
  bool all = false;
  std::vector<std::int64_t> owner_ids;
  std::vector<DescribedScope> described;

  static Visibility All() { return {true, {}, {}}; }
};

struct Page {
  std::vector<Record> items;
  std::int64_t total = 0;
  bool has_more = false;             // rows follow this page
  std::optional<ListPosition> next;  // where the next page starts (after the last item)
};

}  // namespace salesdesk::app
