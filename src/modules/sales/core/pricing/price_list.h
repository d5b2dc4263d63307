// Price lists: list prices per (product, unit), optionally with quantity breaks, and a parent list
// to fall back on. A child list that has no entry for a product hides nothing: the parent's
// entries, breaks included, apply (Odoo priced such lines at the parent's single-unit price).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::core::pricing {

// One list price. Several entries for the same product and unit are quantity breaks: the entry
// with the largest min_quantity not above the line quantity applies.
struct ListPriceEntry {
  std::int64_t product_id = 0;
  std::string unit;
  Quantity min_quantity;  // 0 for the plain list price
  UnitPrice price;
};

struct PriceList {
  std::int64_t id = 0;
  Currency currency;
  std::optional<Date> valid_from;  // inclusive
  std::optional<Date> valid_to;    // inclusive
  std::optional<std::int64_t> parent_id;
  std::vector<ListPriceEntry> entries;
  // An inactive list prices nothing: it cannot be asked for, and a child list does not fall back
  // on it (its own parents are still walked).
  bool active = true;
};

// Active, and valid on `date`.
bool ListValidOn(const PriceList& list, Date date);

// Where a line's base price came from.
struct BasePrice {
  bool found = false;
  std::int64_t list_id = 0;     // the list whose entry applied
  bool inherited = false;       // true when that is a parent of the list asked for
  Quantity break_min_quantity;  // min_quantity of the entry that applied (> 0: a break applied)
  UnitPrice price;
};

class PriceListIndex {
 public:
  // kInvalidArgument for duplicate ids, unknown parents, cycles, a parent in another currency,
  // negative prices or quantities, or two entries for the same product, unit and min quantity.
  static Result<PriceListIndex> Build(std::vector<PriceList> lists);

  const PriceList* Find(std::int64_t list_id) const;

  // Walks from `list_id` up its parents, skipping lists inactive or not valid on `date`; the
  // first list with an entry for (product, unit) at or below `quantity` gives the price.
  BasePrice Lookup(std::int64_t list_id, std::int64_t product_id, std::string_view unit,
                   Quantity quantity, Date date) const;

  // Every break min_quantity for (product, unit) along the chain from `list_id`: the quantities
  // at which the base price may change, for the next-break search.
  void AppendBreaks(std::int64_t list_id, std::int64_t product_id, std::string_view unit,
                    std::vector<Quantity>& out) const;

 private:
  struct Entry {
    std::string unit;
    Quantity min_quantity;
    UnitPrice price;
  };
  struct ListData {
    PriceList list;  // entries moved out into `by_product`
    std::unordered_map<std::int64_t, std::vector<Entry>> by_product;  // sorted by unit, min qty
  };
  std::unordered_map<std::int64_t, ListData> lists_;
};

}  // namespace salesdesk::core::pricing
