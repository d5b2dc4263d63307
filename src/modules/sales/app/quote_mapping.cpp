#include "modules/sales/app/quote_mapping.h"

#include "app/records/record_fields.h"

namespace salesdesk::app::sales {
namespace {

using core::quotes::Quote;
using core::quotes::SavedQuoteLine;

template <typename Decimal>
std::optional<Decimal> DecimalOf(const Record& r, std::string_view name) {
  if (auto units = IntOf(r, name)) return Decimal::FromUnits(*units);
  return std::nullopt;
}

// Money stored in another currency than the document's is a broken record, not a value to print.
core::Result<std::optional<core::Money>> MoneyIn(const Record& r, std::string_view name,
                                                 const core::Currency& currency) {
  auto m = MoneyOf(r, name);
  if (!m) return std::optional<core::Money>();
  if (m->currency != currency.code()) {
    return core::Error::Make(core::ErrorCode::kInternal, "stored " + std::string(name) + " is in " +
                                                             m->currency + ", not the document's " +
                                                             currency.code());
  }
  return std::optional<core::Money>(core::Money{m->minor, currency});
}

core::Result<std::optional<core::Date>> DateOf(const Record& r, std::string_view name) {
  const std::string text = TextOf(r, name);
  if (text.empty()) return std::optional<core::Date>();
  SD_ASSIGN(core::Date d, core::ParseDate(text));
  return std::optional<core::Date>(d);
}

void Put(Record& r, std::string_view name, FieldValue v) { r[std::string(name)] = std::move(v); }
void PutText(Record& r, std::string_view name, const std::string& text) {
  Put(r, name, text.empty() ? FieldValue() : FieldValue(text));
}
template <typename T>
void PutInt(Record& r, std::string_view name, const std::optional<T>& v) {
  Put(r, name, v ? FieldValue(static_cast<std::int64_t>(*v)) : FieldValue());
}
template <typename Decimal>
void PutDecimal(Record& r, std::string_view name, const std::optional<Decimal>& v) {
  Put(r, name, v ? FieldValue(v->units()) : FieldValue());
}
void PutMoney(Record& r, std::string_view name, const std::optional<core::Money>& m) {
  Put(r, name, m ? FieldValue(MoneyValue{m->minor, m->currency.code()}) : FieldValue());
}
void PutDate(Record& r, std::string_view name, const std::optional<core::Date>& d) {
  Put(r, name, d ? FieldValue(d->ToString()) : FieldValue());
}

}  // namespace

core::Result<Quote> QuoteFromRecord(const Record& r) {
  SD_ASSIGN(const core::Currency currency, core::ParseCurrency(TextOf(r, "currency")));
  Quote q{.currency = currency};
  q.id = IntOf(r, "id").value_or(0);
  q.version = IntOf(r, "version").value_or(0);
  q.created_at_us = IntOf(r, "created_at").value_or(0);
  q.number = TextOf(r, "number");
  q.account_id = IntOf(r, "account_id").value_or(0);
  q.contact_id = IntOf(r, "contact_id");
  q.price_list_id = IntOf(r, "price_list_id").value_or(0);
  q.channel = TextOf(r, "channel");
  q.language = TextOf(r, "language");
  SD_ASSIGN(q.pricing_date, DateOf(r, "pricing_date"));
  SD_ASSIGN(q.valid_until, DateOf(r, "valid_until"));
  if (auto days = IntOf(r, "payment_terms_days")) q.payment_terms_days = static_cast<int>(*days);
  q.incoterm = TextOf(r, "incoterm");
  q.notes = TextOf(r, "notes");
  SD_ASSIGN(q.status, core::quotes::ParseQuoteStatus(
                          TextOf(r, "status").empty() ? "draft" : TextOf(r, "status")));
  q.revision = static_cast<int>(IntOf(r, "revision").value_or(1));
  SD_ASSIGN(q.untaxed, MoneyIn(r, "untaxed", q.currency));
  SD_ASSIGN(q.tax, MoneyIn(r, "tax", q.currency));
  SD_ASSIGN(q.total, MoneyIn(r, "total", q.currency));
  SD_ASSIGN(q.margin, MoneyIn(r, "margin", q.currency));
  q.rules_as_of_us = IntOf(r, "rules_as_of");
  q.sent_at_us = IntOf(r, "sent_at");
  q.decided_at_us = IntOf(r, "decided_at");
  q.owner_id = IntOf(r, "owner_id");
  return q;
}

core::Result<SavedQuoteLine> QuoteLineFromRecord(const Record& r, const core::Currency& currency) {
  SavedQuoteLine l;
  l.id = IntOf(r, "id").value_or(0);
  l.quote_id = IntOf(r, "quote_id").value_or(0);
  l.position = static_cast<int>(IntOf(r, "position").value_or(0));
  l.line_key = TextOf(r, "line_key");
  l.product_id = IntOf(r, "product_id").value_or(0);
  l.description = TextOf(r, "description");
  l.quantity = core::Quantity::FromUnits(IntOf(r, "quantity").value_or(0));
  l.unit = TextOf(r, "unit");
  l.manual_unit_price = DecimalOf<core::UnitPrice>(r, "manual_unit_price");
  l.manual_discount_pct = DecimalOf<core::Percent>(r, "manual_discount_pct");
  l.tax_rate_pct = DecimalOf<core::Percent>(r, "tax_rate_pct");
  l.tax_regime = TextOf(r, "tax_regime");
  l.tax_rate_source = TextOf(r, "tax_rate_source");
  l.tax_default_pct = DecimalOf<core::Percent>(r, "tax_default_pct");
  l.tax_note = TextOf(r, "tax_note");
  l.engine_unit_price = DecimalOf<core::UnitPrice>(r, "engine_unit_price");
  l.unit_price = DecimalOf<core::UnitPrice>(r, "unit_price");
  SD_ASSIGN(l.net, MoneyIn(r, "net", currency));
  l.unit_cost = DecimalOf<core::UnitPrice>(r, "unit_cost");
  l.margin_pct = DecimalOf<core::Percent>(r, "margin_pct");
  l.explanation = TextOf(r, "explanation");
  l.cost_explanation = TextOf(r, "cost_explanation");
  l.priced_as_of_us = IntOf(r, "priced_as_of");
  return l;
}

Record QuoteExtensionFields(const Record& r) {
  // The names the typed quote maps are those QuoteToRecord writes.
  static const Record kTyped = QuoteToRecord(Quote{.currency = core::KnownCurrencies().front()});
  Record out;
  for (const auto& [name, value] : r) {
    if (!kTyped.count(name)) out[name] = value;
  }
  return out;
}

Record QuoteToRecord(const Quote& q, const Record& extensions) {
  Record r = extensions;
  Put(r, "id", q.id);
  Put(r, "version", q.version);
  Put(r, "created_at", q.created_at_us);
  PutText(r, "number", q.number);
  Put(r, "account_id", q.account_id);
  PutInt(r, "contact_id", q.contact_id);
  Put(r, "price_list_id", q.price_list_id);
  Put(r, "currency", q.currency.code());
  PutText(r, "channel", q.channel);
  PutText(r, "language", q.language);
  PutDate(r, "pricing_date", q.pricing_date);
  PutDate(r, "valid_until", q.valid_until);
  PutInt(r, "payment_terms_days", q.payment_terms_days);
  PutText(r, "incoterm", q.incoterm);
  PutText(r, "notes", q.notes);
  Put(r, "status", std::string(core::quotes::QuoteStatusName(q.status)));
  Put(r, "revision", std::int64_t{q.revision});
  PutMoney(r, "untaxed", q.untaxed);
  PutMoney(r, "tax", q.tax);
  PutMoney(r, "total", q.total);
  PutMoney(r, "margin", q.margin);
  PutInt(r, "rules_as_of", q.rules_as_of_us);
  PutInt(r, "sent_at", q.sent_at_us);
  PutInt(r, "decided_at", q.decided_at_us);
  PutInt(r, "owner_id", q.owner_id);
  return r;
}

Record QuoteLineToRecord(const SavedQuoteLine& l) {
  Record r;
  Put(r, "id", l.id);
  Put(r, "quote_id", l.quote_id);
  Put(r, "position", std::int64_t{l.position});
  PutText(r, "line_key", l.line_key);
  Put(r, "product_id", l.product_id);
  PutText(r, "description", l.description);
  Put(r, "quantity", l.quantity.units());
  PutText(r, "unit", l.unit);
  PutDecimal(r, "manual_unit_price", l.manual_unit_price);
  PutDecimal(r, "manual_discount_pct", l.manual_discount_pct);
  PutDecimal(r, "tax_rate_pct", l.tax_rate_pct);
  PutText(r, "tax_regime", l.tax_regime);
  PutText(r, "tax_rate_source", l.tax_rate_source);
  PutDecimal(r, "tax_default_pct", l.tax_default_pct);
  PutText(r, "tax_note", l.tax_note);
  PutDecimal(r, "engine_unit_price", l.engine_unit_price);
  PutDecimal(r, "unit_price", l.unit_price);
  PutMoney(r, "net", l.net);
  PutDecimal(r, "unit_cost", l.unit_cost);
  PutDecimal(r, "margin_pct", l.margin_pct);
  PutText(r, "explanation", l.explanation);
  PutText(r, "cost_explanation", l.cost_explanation);
  PutInt(r, "priced_as_of", l.priced_as_of_us);
  return r;
}

}  // namespace salesdesk::app::sales
