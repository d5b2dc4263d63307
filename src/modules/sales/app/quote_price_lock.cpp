#include "modules/sales/app/quote_price_lock.h"

#include <map>
#include <unordered_map>

#include "app/records/record_fields.h"
#include "modules/sales/app/quote_tax.h"

namespace salesdesk::app::sales {
namespace {

// Whether the input asks for the same price as the stored line: same product, quantity, unit
// and manual price or discount.
bool SamePricing(const Record& stored, const QuoteLineInput& in) {
  const std::string unit = in.unit.empty() ? TextOf(stored, "unit") : in.unit;
  auto manual = [&](const char* field, const auto& value) {
    const auto kept = IntOf(stored, field);
    return value ? kept && *kept == value->units() : !kept;
  };
  return IntOf(stored, "product_id") == in.product_id &&
         IntOf(stored, "quantity") == in.quantity.units() && TextOf(stored, "unit") == unit &&
         manual("manual_unit_price", in.manual_unit_price) &&
         manual("manual_discount_pct", in.manual_discount);
}

// A stored line kept as it was priced; what does not touch the price (position, tax,
// description) follows the input.
Record Kept(const Record& stored, const QuoteLineInput& in, const LineTax& tax,
            std::size_t position) {
  Record line;
  for (const auto& [k, v] : stored) {
    if (k == "id" || k == "version" || k == "created_at" || k == "updated_at" || k == "quote_id")
      continue;
    line[k] = v;
  }
  line["position"] = static_cast<std::int64_t>(position + 1);
  SetTaxFields(line, tax);
  if (!in.description.empty()) line["description"] = in.description;
  return line;
}

// "lines[k].field" of a group's pricing, renamed to the line's place in the whole quote.
core::Error Renumbered(core::Error e, const std::vector<std::size_t>& positions) {
  auto rename = [&](std::string& field) {
    if (field.rfind("lines[", 0) != 0) return;
    const std::size_t close = field.find(']');
    const std::size_t k = std::stoul(field.substr(6, close - 6));
    if (k < positions.size()) {
      field = "lines[" + std::to_string(positions[k]) + "]" + field.substr(close + 1);
    }
  };
  rename(e.field);
  for (auto& issue : e.issues) rename(issue.field);
  return e;
}

}  // namespace

bool PricingBasisChanged(const Record& before, const Record& after) {
  for (const char* f : {"account_id", "price_list_id", "currency", "pricing_date", "channel"}) {
    auto a = before.find(f);
    auto b = after.find(f);
    const bool has_a = a != before.end() && !IsNull(a->second);
    const bool has_b = b != after.end() && !IsNull(b->second);
    if (has_a != has_b || (has_a && a->second != b->second)) return true;
  }
  return false;
}

core::Result<PricedQuote> PriceForSave(UnitOfWork& uow, PricingSource& source,
                                       const PricingTerms& terms, const std::vector<Record>& stored,
                                       const std::vector<QuoteLineInput>& input,
                                       const RepriceRequest& reprice, bool basis_changed,
                                       core::Timestamp now) {
  // The tax of every line as the input says now (a kept line's rate may change).
  SD_ASSIGN(const auto taxes, LineTaxes(uow, *terms.account, input));
  std::unordered_map<std::string, const Record*> by_key;
  for (const auto& l : stored) by_key[TextOf(l, "line_key")] = &l;
  std::vector<Record> lines(input.size());
  // Lines to price, by the instant whose conditions apply.
  std::map<std::int64_t, std::vector<std::size_t>> to_price;
  for (std::size_t i = 0; i < input.size(); ++i) {
    auto found = by_key.find(input[i].line_key);
    const Record* old = found == by_key.end() ? nullptr : found->second;
    if (reprice.Wants(input[i].line_key)) {
      to_price[now.micros_since_epoch()].push_back(i);
    } else if (old != nullptr && !basis_changed && SamePricing(*old, input[i])) {
      lines[i] = Kept(*old, input[i], taxes[i], i);
    } else {
      std::int64_t as_of = terms.rules_as_of.micros_since_epoch();
      if (old != nullptr) as_of = IntOf(*old, "priced_as_of").value_or(as_of);
      to_price[as_of].push_back(i);
    }
  }
  for (const auto& [instant, positions] : to_price) {
    SD_ASSIGN(auto when, core::Timestamp::FromMicros(instant));
    SD_ASSIGN(auto snapshot, source.AsOf(uow, when));
    PricingTerms at = terms;
    at.rules_as_of = when;
    std::vector<QuoteLineInput> group;
    for (std::size_t i : positions) group.push_back(input[i]);
    auto priced = PriceQuote(uow, *snapshot, at, group);
    if (!priced.ok()) return Renumbered(std::move(priced).error(), positions);
    for (std::size_t k = 0; k < positions.size(); ++k) {
      Record& line = priced->lines[k];
      line["position"] = static_cast<std::int64_t>(positions[k] + 1);
      lines[positions[k]] = std::move(line);
    }
  }
  return TotalsOf(std::move(lines), terms.currency);
}

}  // namespace salesdesk::app::sales
