#include "modules/sales/core/pricing/pricing_engine.h"

#include <array>
#include <limits>
#include <span>

#include "modules/sales/core/pricing/indexed_candidates.h"
#include "modules/sales/core/pricing/line_resolution.h"
#include "modules/sales/core/pricing/price_math.h"

namespace salesdesk::core::pricing {
namespace {

using internal::Candidate;
using internal::LineInputs;
using internal::LineScratch;
using internal::RequestFacts;
using internal::Resolution;

constexpr std::int64_t kMaxQuantityUnits = 1'000'000'000LL * 1'000;  // 1e9, keeps __int128 safe

Result<void> ValidateRequest(const PricingContext& ctx, const PricingRequest& req) {
  const PriceList* list = ctx.lists().Find(req.price_list_id);
  if (list == nullptr) return Error::Invalid("price_list_id", Msg("pricing.error.no_list"));
  if (!(list->currency == req.currency)) {
    return Error::Invalid(
        "currency", Msg("pricing.error.list_currency", {{"list_currency", list->currency.code()},
                                                        {"currency", req.currency.code()}}));
  }
  if (!list->active) {
    return Error::Invalid("price_list_id",
                          Msg("pricing.error.list_inactive", {{"id", std::to_string(list->id)}}));
  }
  if (!ListValidOn(*list, req.date)) {
    return Error::Invalid("date",
                          Msg("pricing.error.list_not_valid", {{"date", req.date.ToString()}}));
  }
  const PricingAccount& a = req.account;
  if (a.customer_group_id.has_value() && !ctx.customer_groups().Has(*a.customer_group_id)) {
    return Error::Invalid("account.customer_group_id", Msg("pricing.error.unknown_group"));
  }
  if (a.territory_id.has_value() && !ctx.territories().Has(*a.territory_id)) {
    return Error::Invalid("account.territory_id", Msg("pricing.error.unknown_territory"));
  }
  for (std::size_t i = 0; i < req.lines.size(); ++i) {
    const PricingLine& line = req.lines[i];
    const std::string field = "lines[" + std::to_string(i) + "]";
    if (line.quantity.units() <= 0 || line.quantity.units() > kMaxQuantityUnits) {
      return Error::Invalid(field + ".quantity", Msg("pricing.error.quantity_range"));
    }
    if (const UnitConversion* c = ctx.ConversionOf(line.product_id, line.unit);
        c != nullptr && line.quantity.units() > kMaxQuantityUnits / c->factor) {
      return Error::Invalid(field + ".quantity", Msg("pricing.error.quantity_factor",
                                                     {{"factor", std::to_string(c->factor)}}));
    }
    if (line.manual_unit_price.has_value() && line.manual_discount.has_value()) {
      return Error::Invalid(field, Msg("pricing.error.price_or_discount"));
    }
    if (line.manual_unit_price.has_value() && line.manual_unit_price->units() < 0) {
      return Error::Invalid(field + ".manual_unit_price", Msg("pricing.error.price_negative"));
    }
    if (line.manual_discount.has_value() &&
        (line.manual_discount->units() < 0 || line.manual_discount->units() > kPercentOne)) {
      return Error::Invalid(field + ".manual_discount", Msg("pricing.error.discount_range"));
    }
  }
  return Ok();
}

// Fills the money fields from the exact amount at `scale` (15, or 21 with a manual discount):
// the unit price is amount / quantity and the line amount is rounded once.
Result<void> SetAmounts(LinePricing& out, __int128 amount, int scale, Quantity quantity,
                        const PricingRequest& req) {
  const __int128 divisor = static_cast<__int128>(quantity.units()) * Pow10(scale - 9);
  out.unit_price = UnitPrice::FromUnits(
      static_cast<std::int64_t>(RoundDivide(amount, divisor, req.rounding_mode)));
  SD_ASSIGN(std::int64_t minor, Rescale(amount, scale, req.currency.exponent(), req.rounding_mode));
  out.extended = Money{minor, req.currency};
  return Ok();
}

// Every in-scope rule with its outcome, in id order: the sources merged by id. Only the eligible
// ones were resolved; res.outcomes follows Eligible(), the sources' eligible rules in turn.
void ExplainCandidates(LineScratch& s, Resolution& res, LinePricing& out) {
  // Past any id, so an exhausted source is never picked.
  constexpr __int128 kDone = static_cast<__int128>(std::numeric_limits<std::int64_t>::max()) + 1;
  constexpr std::size_t kMax = internal::kMaxSources;
  std::array<std::size_t, kMax> next{};      // in each source's `all`
  std::array<std::size_t, kMax> eligible{};  // Eligible() index of each source's next eligible
  std::array<__int128, kMax> head;           // id of each source's next rule, kDone at the end
  head.fill(kDone);
  std::size_t total = 0;
  std::size_t eligible_total = 0;
  for (std::size_t k = 0; k < s.source_count; ++k) {
    total += s.sources[k].all.size();
    eligible[k] = eligible_total;
    eligible_total += s.sources[k].eligible.size();
    if (!s.sources[k].all.empty()) head[k] = s.sources[k].all.front().id;
  }
  s.eligible_at.resize(eligible_total);
  out.candidates.resize(total);
  for (CandidateResult& result : out.candidates) {
    std::size_t k = head[1] < head[0] ? 1 : 0;
    if (head[2] < head[k]) k = 2;
    const std::span<const internal::SeenRule> all = s.sources[k].all;
    const internal::SeenRule& r = all[next[k]++];
    head[k] = next[k] < all.size() ? all[next[k]].id : kDone;
    result.rule_id = r.id;
    result.outcome = r.static_outcome;
    if (r.static_outcome == CandidateOutcome::kApplied) {
      const std::size_t j = eligible[k]++;
      result.outcome = res.outcomes[j];
      s.eligible_at[j] = static_cast<std::size_t>(&result - out.candidates.data());
    }
  }
  out.details.reserve(res.details.size());
  for (auto& [at, detail] : res.details) {
    out.candidates[s.eligible_at[at]].detail = static_cast<std::int32_t>(out.details.size());
    out.details.push_back(EnglishText(detail));
    out.detail_messages.push_back(std::move(detail));
  }
}

Note MakeNote(std::string code, std::vector<std::pair<std::string, std::string>> params,
              std::string text) {
  return Note{std::move(code), std::move(params), std::move(text), false};
}

// The unit a line is priced in: its own, or its product's base unit when the product packs the
// line's unit and the list chain has no price for that unit itself (UnitConversion).
struct PricedUnit {
  std::string_view unit;
  Quantity quantity;
  const UnitConversion* conversion = nullptr;
  std::int64_t factor() const { return conversion != nullptr ? conversion->factor : 1; }
};

PricedUnit PricedUnitOf(const PricingContext& ctx, const PricingRequest& req,
                        const PricingLine& line) {
  const UnitConversion* c = ctx.ConversionOf(line.product_id, line.unit);
  if (c == nullptr || ctx.lists()
                          .Lookup(req.price_list_id, line.product_id, line.unit,
                                  Quantity::FromUnits(kMaxQuantityUnits), req.date)
                          .found) {
    return {line.unit, line.quantity, nullptr};
  }
  return {c->base_unit, Quantity::FromUnits(line.quantity.units() * c->factor), c};
}

Result<LinePricing> PriceLine(const PricingContext& ctx, const RequestFacts& facts,
                              std::size_t index, const PricedUnit& unit, LineScratch& scratch) {
  const internal::CandidateList candidates = scratch.Eligible();
  const PricingRequest& req = *facts.request;
  const PricingLine& line = req.lines[index];
  const Quantity quantity = unit.quantity;  // in the priced unit; amounts are per line unit
  LineInputs in{&facts, line.product_id, unit.unit,
                ctx.CostOf(line.product_id, unit.unit, req.currency, req.cost_rates)};
  LinePricing out{.line_index = index, .extended = Money{0, req.currency}};
  out.base = ctx.lists().Lookup(req.price_list_id, line.product_id, unit.unit, quantity, req.date);
  Resolution res = internal::Resolve(candidates, in, out.base, quantity, true);
  const std::string field = "lines[" + std::to_string(index) + "]";
  if (res.overflow) {
    Error e = Error::Make(ErrorCode::kOverflow, Msg("pricing.error.overflow"));
    e.field = field;
    return e;
  }
  out.notes.reserve(4);  // base, winner, next break, and room for one more without regrowing
  if (unit.conversion != nullptr) {
    out.unit_factor = unit.conversion->factor;
    out.base_unit = unit.conversion->base_unit;
    internal::AddConversionNote(*unit.conversion, out.notes);
  }
  internal::AddBaseNotes(out.base, req, out.notes);
  ExplainCandidates(scratch, res, out);
  if (res.winner >= 0) {
    const PricingRule& w = *candidates[res.winner].rule;
    out.winner_rule_id = w.id;
    out.tier_mode = w.tier_mode;
    out.cost_based = res.price.cost_based;
    internal::AddRuleNotes(w, quantity, res.price, req.currency, out.notes);
  } else if (res.priced) {
    out.notes.push_back(MakeNote("pricing.no_rule", {}, "no rule applied; the list price stands"));
  }
  for (int i : res.stacked) {
    const std::string id = std::to_string(candidates[i].rule->id);
    out.stacked_rule_ids.push_back(candidates[i].rule->id);
    out.notes.push_back(
        MakeNote("pricing.rule_stacked", {{"rule_id", id}}, "rule " + id + " stacked on top"));
  }
  out.bands = std::move(res.price.slices);
  out.roundings = std::move(res.price.roundings);
  out.caps = std::move(res.price.caps);
  const std::string currency = req.currency.code();
  if (line.manual_unit_price.has_value()) {
    out.priced = true;
    out.manual_price_kept = true;
    if (res.priced) SD_TRY(SetAmounts(out, res.price.revenue15, kAmountScale, line.quantity, req));
    out.engine_unit_price = out.unit_price;
    const __int128 amount =
        static_cast<__int128>(line.manual_unit_price->units()) * line.quantity.units() * 1'000'000;
    SD_TRY(SetAmounts(out, amount, kAmountScale, line.quantity, req));
    const std::string manual = FormatPrice(*line.manual_unit_price, req.currency);
    if (res.priced) {
      const std::string engine = FormatPrice(out.engine_unit_price, req.currency);
      out.notes.push_back(
          MakeNote("pricing.manual_price_kept",
                   {{"price", manual}, {"engine_price", engine}, {"currency", currency}},
                   "manual price kept: " + manual + " (rules give " + engine + ")"));
    } else {
      out.notes.push_back(MakeNote("pricing.manual_price_kept_no_rules",
                                   {{"price", manual}, {"currency", currency}},
                                   "manual price kept: " + manual));
    }
    return out;
  }
  if (!res.priced) {
    out.error = "no price: no list price for product " + std::to_string(line.product_id) +
                " in unit " + line.unit + " and no rule gives one";
    return out;
  }
  out.priced = true;
  SD_TRY(SetAmounts(out, res.price.revenue15, kAmountScale, line.quantity, req));
  out.engine_unit_price = out.unit_price;
  if (line.manual_discount.has_value()) {
    out.manual_discount = line.manual_discount;
    const __int128 amount = res.price.revenue15 * (kPercentOne - line.manual_discount->units());
    SD_TRY(SetAmounts(out, amount, kAmountScale + 6, line.quantity, req));
    const std::string pct = line.manual_discount->ToString();
    const std::string engine = FormatPrice(out.engine_unit_price, req.currency);
    out.notes.push_back(
        MakeNote("pricing.manual_discount",
                 {{"percent", pct}, {"engine_price", engine}, {"currency", currency}},
                 "manual discount " + pct + " % off the engine price " + engine));
  }
  out.next_break =
      internal::FindNextBreak(candidates, scratch.thresholds_known ? &scratch.thresholds : nullptr,
                              in, quantity, res, {unit.factor(), line.manual_discount});
  if (out.next_break.has_value()) out.notes.push_back(out.next_break->note);
  return out;
}

Result<PricingResult> PriceImpl(const PricingContext& ctx, const PricingRequest& req, bool naive) {
  SD_TRY(ValidateRequest(ctx, req));
  RequestFacts facts;
  facts.context = &ctx;
  facts.request = &req;
  if (req.account.customer_group_id.has_value()) {
    facts.group_ancestors = ctx.customer_groups().Ancestors(*req.account.customer_group_id);
  }
  if (req.account.territory_id.has_value()) {
    facts.territory_ancestors = ctx.territories().Ancestors(*req.account.territory_id);
  }
  facts.civil = req.date.Civil();
  for (const PurchasedVolume& p : req.purchased) facts.purchased[p.rule_id] = p.quantity;
  PricingResult result;
  result.rounding_mode = req.rounding_mode;
  result.lines.reserve(req.lines.size());
  LineScratch s;
  // The indexed engine checks each rule once per request; the naive one scans and checks every
  // rule on every line.
  std::optional<internal::IndexedCandidates> indexed;
  if (!naive) indexed.emplace(facts);
  for (std::size_t i = 0; i < req.lines.size(); ++i) {
    const PricingLine& line = req.lines[i];
    const PricedUnit unit = PricedUnitOf(ctx, req, line);
    if (naive) {
      ctx.NaiveCandidatesFor(line.product_id, s.indices);
      s.Clear();
      for (std::uint32_t k : s.indices) {
        s.Add(internal::MakeCandidate(k, facts, unit.unit, /*memo=*/nullptr));
      }
      s.AddSource({s.all, s.eligible});
    } else {
      indexed->Fill(line.product_id, unit.unit, s);
    }
    SD_ASSIGN(LinePricing priced, PriceLine(ctx, facts, i, unit, s));
    result.lines.push_back(std::move(priced));
  }
  return result;
}

}  // namespace

Result<PricingResult> Price(const PricingContext& context, const PricingRequest& request) {
  return PriceImpl(context, request, /*naive=*/false);
}

Result<PricingResult> NaivePrice(const PricingContext& context, const PricingRequest& request) {
  return PriceImpl(context, request, /*naive=*/true);
}

}  // namespace salesdesk::core::pricing
