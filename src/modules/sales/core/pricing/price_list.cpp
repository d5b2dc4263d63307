#include "modules/sales/core/pricing/price_list.h"

#include <algorithm>

namespace salesdesk::core::pricing {

bool ListValidOn(const PriceList& list, Date date) {
  if (!list.active) return false;
  if (list.valid_from.has_value() && date < *list.valid_from) return false;
  if (list.valid_to.has_value() && date > *list.valid_to) return false;
  return true;
}

Result<PriceListIndex> PriceListIndex::Build(std::vector<PriceList> lists) {
  PriceListIndex index;
  for (std::size_t i = 0; i < lists.size(); ++i) {
    const std::string field = "price_lists[" + std::to_string(i) + "]";
    PriceList& list = lists[i];
    ListData data{.list = list, .by_product = {}};
    data.list.entries.clear();
    for (ListPriceEntry& e : list.entries) {
      if (e.price.units() < 0 || e.min_quantity.units() < 0) {
        return Error::Invalid(field + ".entries", Msg("price_list.negative_entry"));
      }
      data.by_product[e.product_id].push_back(Entry{std::move(e.unit), e.min_quantity, e.price});
    }
    for (auto& [product, entries] : data.by_product) {
      std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.unit != b.unit ? a.unit < b.unit : a.min_quantity < b.min_quantity;
      });
      for (std::size_t k = 1; k < entries.size(); ++k) {
        if (entries[k].unit == entries[k - 1].unit &&
            entries[k].min_quantity == entries[k - 1].min_quantity) {
          return Error::Invalid(field + ".entries", Msg("price_list.two_prices",
                                                        {{"product_id", std::to_string(product)}}));
        }
      }
    }
    if (!index.lists_.emplace(list.id, std::move(data)).second) {
      return Error::Invalid(field + ".id",
                            Msg("price_list.id_twice", {{"id", std::to_string(list.id)}}));
    }
  }
  for (const auto& [id, data] : index.lists_) {
    std::size_t steps = 0;
    for (const PriceList* l = &data.list; l->parent_id.has_value(); ++steps) {
      const PriceList* parent = index.Find(*l->parent_id);
      const std::string field = "price_lists[id=" + std::to_string(l->id) + "].parent_id";
      if (parent == nullptr) return Error::Invalid(field, Msg("price_list.no_parent"));
      if (!(parent->currency == l->currency)) {
        return Error::Invalid(field, Msg("price_list.parent_same_currency"));
      }
      if (steps > index.lists_.size()) {
        return Error::Invalid(field, Msg("price_list.parent_cycle"));
      }
      l = parent;
    }
  }
  return index;
}

const PriceList* PriceListIndex::Find(std::int64_t list_id) const {
  auto it = lists_.find(list_id);
  return it == lists_.end() ? nullptr : &it->second.list;
}

BasePrice PriceListIndex::Lookup(std::int64_t list_id, std::int64_t product_id,
                                 std::string_view unit, Quantity quantity, Date date) const {
  BasePrice base;
  std::optional<std::int64_t> current = list_id;
  while (current.has_value()) {
    auto it = lists_.find(*current);
    if (it == lists_.end()) break;
    const ListData& data = it->second;
    current = data.list.parent_id;
    if (!ListValidOn(data.list, date)) continue;
    auto product = data.by_product.find(product_id);
    if (product == data.by_product.end()) continue;
    const Entry* best = nullptr;
    for (const Entry& e : product->second) {
      if (e.unit == unit && e.min_quantity <= quantity) best = &e;  // sorted: last fit wins
    }
    if (best == nullptr) continue;
    base.found = true;
    base.list_id = data.list.id;
    base.inherited = data.list.id != list_id;
    base.break_min_quantity = best->min_quantity;
    base.price = best->price;
    return base;
  }
  return base;
}

void PriceListIndex::AppendBreaks(std::int64_t list_id, std::int64_t product_id,
                                  std::string_view unit, std::vector<Quantity>& out) const {
  std::optional<std::int64_t> current = list_id;
  for (std::size_t steps = 0; current.has_value() && steps <= lists_.size(); ++steps) {
    auto it = lists_.find(*current);
    if (it == lists_.end()) return;
    current = it->second.list.parent_id;
    auto product = it->second.by_product.find(product_id);
    if (product == it->second.by_product.end()) continue;
    for (const Entry& e : product->second) {
      if (e.unit == unit) out.push_back(e.min_quantity);
    }
  }
}

}  // namespace salesdesk::core::pricing
