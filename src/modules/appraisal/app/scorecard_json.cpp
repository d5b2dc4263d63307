// The scorecard as JSON: the answer of GET /appraisals/scorecard and the figures a signed card
// freezes. Money rows are minor units of the base currency; the unit of each row says so.
#include "core/money/currency.h"
#include "core/money/money.h"
#include "modules/appraisal/app/scorecard.h"

namespace salesdesk::modules::appraisal {
namespace {

namespace json = boost::json;
namespace ca = core::appraisal;
using core::Error;

constexpr NotApplicable kAllReasons[] = {NotApplicable::kNoTarget, NotApplicable::kNoBase,
                                         NotApplicable::kNotBuilt, NotApplicable::kNotRated,
                                         NotApplicable::kNoneDue};

const char* KindName(ca::ItemKind kind) {
  switch (kind) {
    case ca::ItemKind::kHigherBetter:
      return "higher_better";
    case ca::ItemKind::kRate:
      return "rate";
    case ca::ItemKind::kLowerBetter:
      return "lower_better";
    case ca::ItemKind::kRating:
      return "rating";
    case ca::ItemKind::kGrowth:
      return "growth";
  }
  return "higher_better";
}

// What a row's actual and target count: base minor units, a count, basis points or a rating.
const char* UnitOf(ca::Item item) {
  switch (item) {
    case ca::Item::kSalesAttainment:
      return "minor";
    case ca::Item::kGrowth:
    case ca::Item::kReportCompletion:
    case ca::Item::kRequestResponse:
      return "bp";
    case ca::Item::kConduct:
      return "rating";
    default:
      return "count";
  }
}

json::value Opt(const std::optional<std::int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::object Money(std::int64_t minor, const core::Currency& c) {
  return {{"amount", core::FormatAmount(core::Money{minor, c})}, {"currency", c.code()}};
}

Error Bad(const std::string& where) {
  return Error::Make(core::ErrorCode::kInternal,
                     core::Msg("appraisal.figures_corrupt", {{"member", where}}));
}

// Strict readers of the stored figures: the member must be there with its type.
core::Result<std::int64_t> Int(const json::object& o, const char* key) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr || !v->is_int64()) return Bad(key);
  return v->as_int64();
}
core::Result<std::optional<std::int64_t>> OptInt(const json::object& o, const char* key) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr) return Bad(key);
  if (v->is_null()) return std::optional<std::int64_t>();
  if (!v->is_int64()) return Bad(key);
  return std::optional<std::int64_t>(v->as_int64());
}
core::Result<std::string> Str(const json::object& o, const char* key) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr || !v->is_string()) return Bad(key);
  return std::string(v->as_string());
}
core::Result<core::Date> DateOf(const json::object& o, const char* key) {
  SD_ASSIGN(std::string text, Str(o, key));
  auto d = core::ParseDate(text);
  if (!d.ok()) return Bad(key);
  return *d;
}
core::Result<std::optional<std::int64_t>> MoneyOf(const json::object& o, const char* key,
                                                  const std::string& currency) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr) return Bad(key);
  if (v->is_null()) return std::optional<std::int64_t>();
  if (!v->is_object()) return Bad(key);
  SD_ASSIGN(std::string c, Str(v->as_object(), "currency"));
  SD_ASSIGN(std::string amount, Str(v->as_object(), "amount"));
  auto cur = core::ParseCurrency(c);
  if (!cur.ok() || c != currency) return Bad(key);
  auto m = core::ParseMoney(amount, *cur);
  if (!m.ok()) return Bad(key);
  return std::optional<std::int64_t>(m->minor);
}

}  // namespace

const char* NotApplicableName(NotApplicable why) {
  switch (why) {
    case NotApplicable::kNoTarget:
      return "no_target";
    case NotApplicable::kNoBase:
      return "no_base";
    case NotApplicable::kNotBuilt:
      return "not_built";
    case NotApplicable::kNotRated:
      return "not_rated";
    case NotApplicable::kNoneDue:
      return "none_due";
  }
  return "no_target";
}

json::object ScorecardToJson(const Scorecard& card) {
  const core::Currency base = *core::ParseCurrency(card.base_currency);
  json::array rows;
  for (const ScorecardRow& r : card.rows) {
    rows.push_back(json::object{
        {"row", ca::RowOf(r.item)},
        {"item", ca::ItemName(r.item)},
        {"kind", KindName(ca::KindOf(r.item))},
        {"unit", UnitOf(r.item)},
        {"weight", r.weight},
        {"cap_bp", r.cap_bp},
        {"actual", Opt(r.actual)},
        {"target", Opt(r.target)},
        {"attainment_bp", Opt(r.attainment_bp)},
        {"not_applicable", r.not_applicable ? json::value(NotApplicableName(*r.not_applicable))
                                            : json::value(nullptr)}});
  }
  return {{"user_id", card.user_id},
          {"month", card.month.ToString()},
          {"evaluated_on", card.evaluated_on},
          {"base_currency", card.base_currency},
          {"planned_target",
           card.planned_target ? json::value(Money(*card.planned_target, base)) : nullptr},
          {"actual_sales", Money(card.actual_sales, base)},
          {"late_adjustment",
           card.late_adjustment ? json::value(Money(*card.late_adjustment, base)) : nullptr},
          {"last_year_sales", Money(card.last_year_sales, base)},
          {"growth_bp", Opt(card.growth_bp)},
          {"weeks", json::object{{"from", card.weeks_from.ToString()},
                                 {"to", card.weeks_to.ToString()},
                                 {"count", card.weeks}}},
          {"rows", std::move(rows)},
          {"score_bp", Opt(card.score_bp)}};
}

core::Result<Scorecard> ScorecardFromJson(const json::value& v) {
  if (!v.is_object()) return Bad("/");
  const json::object& o = v.as_object();
  Scorecard card;
  SD_ASSIGN(card.user_id, Int(o, "user_id"));
  SD_ASSIGN(std::string month, Str(o, "month"));
  auto m = ca::ParseMonth(month, "month");
  if (!m.ok()) return Bad("month");
  card.month = *m;
  SD_ASSIGN(card.evaluated_on, Str(o, "evaluated_on"));
  SD_ASSIGN(card.base_currency, Str(o, "base_currency"));
  if (!core::ParseCurrency(card.base_currency).ok()) return Bad("base_currency");
  SD_ASSIGN(card.planned_target, MoneyOf(o, "planned_target", card.base_currency));
  SD_ASSIGN(auto sales, MoneyOf(o, "actual_sales", card.base_currency));
  SD_ASSIGN(auto last_year, MoneyOf(o, "last_year_sales", card.base_currency));
  if (!sales || !last_year) return Bad("actual_sales");
  card.actual_sales = *sales;
  SD_ASSIGN(card.late_adjustment, MoneyOf(o, "late_adjustment", card.base_currency));
  card.last_year_sales = *last_year;
  SD_ASSIGN(card.growth_bp, OptInt(o, "growth_bp"));
  const json::value* weeks = o.if_contains("weeks");
  if (weeks == nullptr || !weeks->is_object()) return Bad("weeks");
  SD_ASSIGN(card.weeks_from, DateOf(weeks->as_object(), "from"));
  SD_ASSIGN(card.weeks_to, DateOf(weeks->as_object(), "to"));
  SD_ASSIGN(std::int64_t count, Int(weeks->as_object(), "count"));
  card.weeks = static_cast<int>(count);
  const json::value* rows = o.if_contains("rows");
  if (rows == nullptr || !rows->is_array()) return Bad("rows");
  for (const json::value& rv : rows->as_array()) {
    if (!rv.is_object()) return Bad("rows[]");
    const json::object& r = rv.as_object();
    ScorecardRow row;
    SD_ASSIGN(std::string item, Str(r, "item"));
    auto parsed = ca::ParseItem(item);
    if (!parsed) return Bad("rows[].item");
    row.item = *parsed;
    SD_ASSIGN(row.weight, Int(r, "weight"));
    SD_ASSIGN(row.cap_bp, Int(r, "cap_bp"));
    SD_ASSIGN(row.actual, OptInt(r, "actual"));
    SD_ASSIGN(row.target, OptInt(r, "target"));
    SD_ASSIGN(row.attainment_bp, OptInt(r, "attainment_bp"));
    const json::value* na = r.if_contains("not_applicable");
    if (na == nullptr) return Bad("rows[].not_applicable");
    if (!na->is_null()) {
      if (!na->is_string()) return Bad("rows[].not_applicable");
      for (NotApplicable why : kAllReasons) {
        if (na->as_string() == NotApplicableName(why)) row.not_applicable = why;
      }
      if (!row.not_applicable) return Bad("rows[].not_applicable");
    }
    card.rows.push_back(row);
  }
  SD_ASSIGN(card.score_bp, OptInt(o, "score_bp"));
  return card;
}

}  // namespace salesdesk::modules::appraisal
