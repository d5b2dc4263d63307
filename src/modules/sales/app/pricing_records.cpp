#include "modules/sales/app/pricing_records.h"

#include <algorithm>
#include <boost/json.hpp>
#include <string>

#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "core/time/date.h"
#include "core/time/timestamp.h"

namespace salesdesk::app::sales {
namespace {

namespace json = boost::json;
namespace pricing = core::pricing;
using core::Error;

std::optional<core::Quantity> QuantityOf(const Record& r, std::string_view name) {
  auto v = IntOf(r, name);
  if (!v) return std::nullopt;
  return core::Quantity::FromUnits(*v);
}

core::Result<std::optional<core::Date>> DateOf(const Record& r, std::string_view name) {
  std::string text = TextOf(r, name);
  if (text.empty()) return std::optional<core::Date>{};
  auto d = core::ParseDate(text);
  if (!d.ok()) return Error::Invalid(std::string(name), d.error());
  return std::optional<core::Date>{*d};
}

// "MM-DD" into month and day; the day is checked against a leap year (Feb 29 allowed).
core::Result<std::pair<int, int>> MonthDay(const std::string& text, const char* field) {
  if (text.size() != 5 || text[2] != '-' || !std::isdigit(static_cast<unsigned char>(text[0])) ||
      !std::isdigit(static_cast<unsigned char>(text[1])) ||
      !std::isdigit(static_cast<unsigned char>(text[3])) ||
      !std::isdigit(static_cast<unsigned char>(text[4]))) {
    return Error::Invalid(field, core::Msg("rule.month_day_shape", {{"field", field}}));
  }
  const int month = (text[0] - '0') * 10 + (text[1] - '0');
  const int day = (text[3] - '0') * 10 + (text[4] - '0');
  if (month < 1 || month > 12 || day < 1 || day > core::DaysInMonth(2000, month)) {
    return Error::Invalid(field, core::Msg("rule.month_day_invalid", {{"field", field}}));
  }
  return std::pair{month, day};
}

template <typename T>
core::Result<T> BandNumber(const json::object& band, const char* key, const std::string& field) {
  const json::value* v = band.if_contains(key);
  if (v == nullptr || !v->is_string()) {
    return Error::Invalid(field + "." + key,
                          core::Msg("rule.band_number_required", {{"key", key}}));
  }
  auto parsed = T::Parse(v->get_string());
  if (!parsed.ok()) return Error::Invalid(field + "." + key, parsed.error());
  return *parsed;
}

core::Result<std::vector<pricing::RuleBand>> Bands(const std::string& text,
                                                   pricing::RuleAction action) {
  boost::system::error_code ec;
  json::value doc = json::parse(text, ec);
  if (ec || !doc.is_array() || doc.get_array().empty()) {
    return Error::Invalid("bands", core::Msg(pricing::UsesAmount(action) ? "rule.bands_price"
                                                                         : "rule.bands_percent"));
  }
  std::vector<pricing::RuleBand> out;
  for (std::size_t i = 0; i < doc.get_array().size(); ++i) {
    const std::string field = "bands[" + std::to_string(i) + "]";
    const json::object* band = doc.get_array()[i].if_object();
    if (band == nullptr) return Error::Invalid(field, core::Msg("rule.band_not_object"));
    for (const auto& kv : *band) {
      if (kv.key() != "min_quantity" && kv.key() != "price" && kv.key() != "percent") {
        return Error::Invalid(field + "." + std::string(kv.key()),
                              core::Msg("rule.band_unknown_member"));
      }
    }
    pricing::RuleBand b;
    SD_ASSIGN(b.min_quantity, BandNumber<core::Quantity>(*band, "min_quantity", field));
    if (pricing::UsesAmount(action)) {
      SD_ASSIGN(b.price, BandNumber<core::UnitPrice>(*band, "price", field));
    } else {
      SD_ASSIGN(b.percent, BandNumber<core::Percent>(*band, "percent", field));
    }
    if (i > 0 && b.min_quantity <= out.back().min_quantity) {
      return Error::Invalid(field + ".min_quantity", core::Msg("rule.bands_order"));
    }
    out.push_back(b);
  }
  return out;
}

pricing::RuleAction ActionOf(const std::string& name) {
  if (name == "fixed_price") return pricing::RuleAction::kFixedPrice;
  if (name == "cost_plus") return pricing::RuleAction::kCostPlus;
  if (name == "from_list") return pricing::RuleAction::kFromList;
  if (name == "amount_off") return pricing::RuleAction::kAmountOff;
  if (name == "surcharge") return pricing::RuleAction::kSurcharge;
  return pricing::RuleAction::kPercentDiscount;
}

// price_list_ids: a JSON array of list ids, [3, 7]; empty or absent = any list.
core::Result<std::vector<std::int64_t>> ListIds(const std::string& text) {
  if (text.empty()) return std::vector<std::int64_t>{};
  boost::system::error_code ec;
  json::value doc = json::parse(text, ec);
  if (ec || !doc.is_array()) {
    return Error::Invalid("price_list_ids", core::Msg("rule.price_list_ids_shape"));
  }
  std::vector<std::int64_t> out;
  for (std::size_t i = 0; i < doc.get_array().size(); ++i) {
    const json::value& v = doc.get_array()[i];
    if (!v.is_int64() || v.get_int64() <= 0) {
      return Error::Invalid("price_list_ids[" + std::to_string(i) + "]",
                            core::Msg("rule.price_list_ids_shape"));
    }
    if (std::find(out.begin(), out.end(), v.get_int64()) != out.end()) {
      return Error::Invalid(
          "price_list_ids[" + std::to_string(i) + "]",
          core::Msg("rule.price_list_twice", {{"id", std::to_string(v.get_int64())}}));
    }
    out.push_back(v.get_int64());
  }
  return out;
}

}  // namespace

core::Result<pricing::PricingRule> RuleFromRecord(const Record& r) {
  pricing::PricingRule rule;
  rule.id = RecordId(r);
  rule.name = TextOf(r, "name");
  rule.priority = static_cast<int>(IntOf(r, "priority").value_or(0));
  rule.created_at = core::Timestamp::FromMicros(IntOf(r, "created_at").value_or(0)).value();
  const std::string scope = TextOf(r, "scope");
  if (scope == "product") {
    rule.scope = pricing::RuleScope::kProduct;
    auto id = IntOf(r, "product_id");
    if (!id) return Error::Invalid("product_id", core::Msg("rule.product_required"));
    rule.scope_id = *id;
  } else if (scope == "category") {
    rule.scope = pricing::RuleScope::kCategory;
    auto id = IntOf(r, "category_id");
    if (!id) return Error::Invalid("category_id", core::Msg("rule.category_required"));
    rule.scope_id = *id;
  }
  if (auto unit = TextOf(r, "unit"); !unit.empty()) rule.unit = unit;
  rule.condition.account_id = IntOf(r, "account_id");
  rule.condition.customer_group_id = IntOf(r, "customer_group_id");
  rule.condition.territory_id = IntOf(r, "territory_id");
  if (auto channel = TextOf(r, "channel"); !channel.empty()) rule.condition.channel = channel;
  SD_ASSIGN(rule.price_list_ids, ListIds(TextOf(r, "price_list_ids")));
  rule.min_quantity = QuantityOf(r, "min_quantity");
  rule.max_quantity = QuantityOf(r, "max_quantity");
  SD_ASSIGN(rule.valid_from, DateOf(r, "valid_from"));
  SD_ASSIGN(rule.valid_to, DateOf(r, "valid_to"));
  const std::string from = TextOf(r, "season_from"), to = TextOf(r, "season_to");
  if (from.empty() != to.empty()) {
    return Error::Invalid(from.empty() ? "season_from" : "season_to",
                          core::Msg("rule.season_pair"));
  }
  if (!from.empty()) {
    SD_ASSIGN(auto f, MonthDay(from, "season_from"));
    SD_ASSIGN(auto t, MonthDay(to, "season_to"));
    rule.season = pricing::SeasonWindow{f.first, f.second, t.first, t.second};
  }
  if (auto min = QuantityOf(r, "cumulative_min_quantity")) {
    pricing::CumulativeVolume volume{*min};
    if (TextOf(r, "cumulative_period") == "rolling_days") {
      volume.period = pricing::VolumePeriod::kRollingDays;
      volume.rolling_days = static_cast<int>(IntOf(r, "cumulative_days").value_or(365));
    }
    rule.cumulative = volume;
  }
  rule.action = ActionOf(TextOf(r, "action"));
  if (auto currency = TextOf(r, "currency"); !currency.empty()) {
    auto c = core::ParseCurrency(currency);
    if (!c.ok()) return Error::Invalid("currency", c.error());
    rule.currency = *c;
  }
  rule.source_list_id = IntOf(r, "source_list_id");
  rule.tier_mode = TextOf(r, "tier_mode") == "graduated" ? pricing::TierMode::kGraduated
                                                         : pricing::TierMode::kVolume;
  SD_ASSIGN(rule.bands, Bands(TextOf(r, "bands"), rule.action));
  const std::string rounding = TextOf(r, "rounding");
  if (rounding == "step" || rounding == "ending") {
    rule.rounding.kind =
        rounding == "step" ? pricing::RoundingKind::kStep : pricing::RoundingKind::kEnding;
    auto step = IntOf(r, "rounding_step");
    if (!step || *step <= 0)
      return Error::Invalid("rounding_step", core::Msg("rule.rounding_step"));
    rule.rounding.step = core::UnitPrice::FromUnits(*step);
    rule.rounding.ending = core::UnitPrice::FromUnits(IntOf(r, "rounding_ending").value_or(0));
  }
  if (auto margin = IntOf(r, "min_margin_pct")) rule.min_margin = core::Percent::FromUnits(*margin);
  if (auto margin = IntOf(r, "max_margin_pct")) rule.max_margin = core::Percent::FromUnits(*margin);
  rule.stackable = BoolOf(r, "stackable");
  return rule;
}

core::Result<pricing::PriceList> ListFromRecords(const Record& list,
                                                 const std::vector<const Record*>& items) {
  SD_ASSIGN(auto currency, core::ParseCurrency(TextOf(list, "currency")));
  pricing::PriceList out{.id = RecordId(list), .currency = currency};
  SD_ASSIGN(out.valid_from, DateOf(list, "valid_from"));
  SD_ASSIGN(out.valid_to, DateOf(list, "valid_to"));
  out.parent_id = IntOf(list, "parent_id");
  out.active = BoolOf(list, "active", true);
  out.entries.reserve(items.size());
  for (const Record* item : items) {
    out.entries.push_back(
        pricing::ListPriceEntry{IntOf(*item, "product_id").value_or(0), TextOf(*item, "unit"),
                                core::Quantity::FromUnits(IntOf(*item, "min_quantity").value_or(0)),
                                core::UnitPrice::FromUnits(IntOf(*item, "price").value_or(0))});
  }
  return out;
}

std::vector<pricing::TreeNode> TreeNodes(const std::vector<Record>& records) {
  std::vector<pricing::TreeNode> out;
  out.reserve(records.size());
  for (const auto& r : records) out.push_back({RecordId(r), IntOf(r, "parent_id")});
  return out;
}

}  // namespace salesdesk::app::sales
