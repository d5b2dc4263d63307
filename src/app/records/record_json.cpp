#include "app/records/record_json.h"

#include <boost/json.hpp>
#include <string>

#include "app/records/country_codes.h"
#include "app/records/json_body_checks.h"
#include "app/records/stored_record_filter.h"
#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/time/date.h"
#include "core/time/timestamp.h"

namespace salesdesk::app {
namespace json = boost::json;
using core::Error;
using core::Result;

namespace {

std::string EnumList(const FieldSpec& f) {
  std::string out;
  for (auto v : f.enum_values) out += (out.empty() ? "" : ", ") + std::string(v);
  return out;
}

bool LooksLikeEmail(std::string_view s) {
  auto at = s.find('@');
  if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos)
    return false;
  auto dot = s.find('.', at);
  if (dot == std::string_view::npos || dot == at + 1 || dot + 1 >= s.size()) return false;
  for (char c : s) {
    if (static_cast<unsigned char>(c) <= ' ') return false;
  }
  return true;
}

// UTF-8 length in code points (Boost.JSON has already validated the encoding).
size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Long texts (notes, descriptions, terms, addresses: more than 200 characters) may span lines;
// names, codes and other short texts are one line. Other control characters never reach here
// (CheckJsonBody).
bool AllowsLineBreaks(const FieldSpec& f) { return f.max_length > 200; }

Result<FieldValue> ParseTextLike(const FieldSpec& f, std::string_view s) {
  std::string field(f.name);
  switch (f.type) {
    case FieldType::kText: {
      size_t n = CodePoints(s);
      if (f.required && n == 0)
        return Error::Invalid(field, core::Msg("field.empty", {{"field", field}}));
      if (n > static_cast<size_t>(f.max_length))
        return Error::Invalid(
            field,
            core::Msg("field.too_long", {{"field", field}, {"max", std::to_string(f.max_length)}}));
      if (n < static_cast<size_t>(f.min_length))
        return Error::Invalid(field,
                              core::Msg("field.too_short",
                                        {{"field", field}, {"min", std::to_string(f.min_length)}}));
      if (f.digits_only && s.find_first_not_of("0123456789") != std::string_view::npos)
        return Error::Invalid(field, core::Msg("field.digits_only", {{"field", field}}));
      return std::string(s);
    }
    case FieldType::kEmail: {
      if (!LooksLikeEmail(s) || s.size() > 254)
        return Error::Invalid(
            field, core::Msg("field.not_email", {{"field", field}, {"value", std::string(s)}}));
      std::string lower(s);
      for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return lower;
    }
    case FieldType::kEnum:
      for (auto v : f.enum_values) {
        if (v == s) return std::string(s);
      }
      return Error::Invalid(
          field, core::Msg("field.not_in_enum", {{"field", field}, {"values", EnumList(f)}}));
    case FieldType::kCurrency: {
      auto c = core::ParseCurrency(s);
      if (!c.ok()) return Error::Invalid(field, c.error());
      return std::string(s);
    }
    case FieldType::kCountry:
      if (!IsCountryCode(s))
        return Error::Invalid(field,
                              core::Msg("field.unknown_country", {{"value", std::string(s)}}));
      return std::string(s);
    case FieldType::kDate: {
      auto d = core::ParseDate(s);
      if (!d.ok()) return Error::Invalid(field, d.error());
      return d->ToString();
    }
    case FieldType::kTimestamp: {  // a writable instant (an activity's planned_at)
      auto t = core::ParseTimestamp(s);
      if (!t.ok()) return Error::Invalid(field, t.error());
      return t->micros_since_epoch();
    }
    case FieldType::kDecimal: {
      auto units = core::ParseScaledDecimal(s, f.scale, f.name);
      if (!units.ok()) return Error::Invalid(field, units.error());
      if (*units < f.min || *units > f.max)
        return Error::Invalid(
            field,
            core::Msg("field.out_of_range", {{"field", field},
                                             {"min", core::FormatScaled(f.min, f.scale, true)},
                                             {"max", core::FormatScaled(f.max, f.scale, true)}}));
      return *units;
    }
    default:
      return Error::Invalid(field, core::Msg("field.not_text", {{"field", field}}));
  }
}

Result<FieldValue> DecodeMoney(const FieldSpec& f, const json::value& v) {
  std::string field(f.name);
  const json::object* o = v.if_object();
  if (o == nullptr)
    return Error::Invalid(field, core::Msg("field.money_not_object", {{"field", field}}));
  for (const auto& kv : *o) {
    if (kv.key() != "amount" && kv.key() != "currency")
      return Error::Invalid(field + "." + std::string(kv.key()),
                            core::Msg("field.money_unknown_member"));
  }
  const json::value* cur = o->if_contains("currency");
  if (cur == nullptr || !cur->is_string())
    return Error::Invalid(field + ".currency", core::Msg("field.money_currency_required"));
  auto currency = core::ParseCurrency(cur->get_string());
  if (!currency.ok()) return Error::Invalid(field + ".currency", currency.error());
  const json::value* amt = o->if_contains("amount");
  if (amt == nullptr || !amt->is_string())
    return Error::Invalid(field + ".amount", core::Msg("field.money_amount_required"));
  auto money = core::ParseMoney(amt->get_string(), *currency);
  if (!money.ok()) return Error::Invalid(field + ".amount", money.error());
  if (money->minor < f.min)
    return Error::Invalid(field + ".amount", core::Msg("field.negative", {{"field", field}}));
  return MoneyValue{money->minor, currency->code()};
}

Result<FieldValue> DecodeValue(const FieldSpec& f, const json::value& v) {
  std::string field(f.name);
  switch (f.type) {
    case FieldType::kBool:
      if (!v.is_bool())
        return Error::Invalid(field, core::Msg("field.not_bool", {{"field", field}}));
      return v.get_bool();
    case FieldType::kInteger:
    case FieldType::kRef: {
      std::int64_t n = 0;
      if (v.is_int64()) {
        n = v.get_int64();
      } else if (v.is_uint64()) {
        return Error::Invalid(field, core::Msg("field.too_large", {{"field", field}}));
      } else {
        return Error::Invalid(field, core::Msg("field.not_integer", {{"field", field}}));
      }
      if (f.type == FieldType::kRef && n <= 0)
        return Error::Invalid(field, core::Msg("field.not_an_id", {{"field", field}}));
      if (n < f.min || n > f.max)
        return Error::Invalid(field,
                              core::Msg("field.out_of_range", {{"field", field},
                                                               {"min", std::to_string(f.min)},
                                                               {"max", std::to_string(f.max)}}));
      return n;
    }
    case FieldType::kMoney:
      return DecodeMoney(f, v);
    case FieldType::kJson:
      if (!v.is_array() && !v.is_object())
        return Error::Invalid(field, core::Msg("field.not_json", {{"field", field}}));
      return json::serialize(v);
    default:
      if (!v.is_string()) {
        return Error::Invalid(field,
                              core::Msg(f.type == FieldType::kDecimal ? "field.not_decimal_string"
                                                                      : "field.not_string",
                                        {{"field", field}}));
      }
      if (f.type == FieldType::kText && !AllowsLineBreaks(f) &&
          std::string_view(v.get_string()).find_first_of("\t\n\r") != std::string_view::npos) {
        return Error::Invalid(field, core::Msg("field.one_line", {{"field", field}}));
      }
      return ParseTextLike(f, v.get_string());
  }
}

}  // namespace

Result<FieldValue> ParseFieldText(const FieldSpec& f, std::string_view text) {
  std::string field(f.name);
  switch (f.type) {
    case FieldType::kBool:
      if (text == "true") return true;
      if (text == "false") return false;
      return Error::Invalid(field, core::Msg("field.not_bool", {{"field", field}}));
    case FieldType::kInteger:
    case FieldType::kRef:
    case FieldType::kTimestamp: {
      if (f.type == FieldType::kTimestamp) {
        auto t = core::ParseTimestamp(text);
        if (!t.ok()) return Error::Invalid(field, t.error());
        return t->micros_since_epoch();
      }
      auto units = core::ParseScaledDecimal(text, 0, f.name);
      if (!units.ok())
        return Error::Invalid(field, core::Msg("field.not_integer", {{"field", field}}));
      return *units;
    }
    case FieldType::kMoney:
    case FieldType::kJson:
      return Error::Invalid(field, core::Msg("field.not_filterable", {{"field", field}}));
    default:
      return ParseTextLike(f, text);
  }
}

Result<json::object> ParseBodyObject(std::string_view body, int max_depth) {
  boost::system::error_code ec;
  json::parse_options opts;
  opts.max_depth = static_cast<std::size_t>(max_depth);
  json::value doc = json::parse(body, ec, {}, opts);
  if (ec) return Error::Invalid("body", core::Msg("body.not_json", {{"reason", ec.message()}}));
  if (!doc.is_object()) return Error::Invalid("body", core::Msg("body.not_object"));
  // The parsed object keeps one of two equal members silently: look at the text itself.
  SD_TRY(CheckJsonBody(body, max_depth));
  return std::move(doc.get_object());
}

Result<Record> DecodeRecord(const EntitySpec& e, std::string_view body, DecodeMode mode) {
  SD_ASSIGN(json::object doc, ParseBodyObject(body));
  return DecodeRecordObject(e, doc, mode);
}

Result<Record> DecodeRecordObject(const EntitySpec& e, const json::object& doc, DecodeMode mode) {
  Record out;
  core::FieldIssues issues;
  auto fail = [&](std::string field, core::Message message) {
    issues.Add(std::move(field), std::move(message));
  };
  for (const auto& kv : doc) {
    std::string key(kv.key());
    const FieldSpec* f = e.Field(key);
    if (key.empty()) {
      fail("body", core::Msg("body.empty_member_name"));
      continue;
    }
    if (f == nullptr) {
      fail(key, core::Msg("field.unknown", {{"field", key}, {"entity", std::string(e.singular)}}));
      continue;
    }
    if (f->read_only) {
      fail(key, core::Msg("field.read_only", {{"field", key}}));
      continue;
    }
    if (kv.value().is_null()) {
      if (f->required || !f->nullable) {
        fail(key, core::Msg("field.not_null", {{"field", key}}));
      } else {
        out[key] = std::monostate{};
      }
      continue;
    }
    auto v = DecodeValue(*f, kv.value());
    if (!v.ok()) {
      issues.Add(v.error().field, v.error());
      continue;
    }
    out[key] = std::move(v).value();
  }
  if (mode == DecodeMode::kCreate) {
    for (const auto& f : e.fields) {
      if (f.required && !f.read_only && !doc.contains(f.name))
        fail(std::string(f.name), core::Msg("field.required", {{"field", std::string(f.name)}}));
    }
  }
  if (!issues.empty()) return issues.ToError();
  return out;
}

json::object RecordToJson(const EntitySpec& e, const Record& r, bool include_cost) {
  json::object o;
  auto meta_int = [&](const char* k) {
    if (auto it = r.find(k); it != r.end() && !IsNull(it->second))
      o[k] = std::get<std::int64_t>(it->second);
  };
  auto meta_time = [&](const char* k) {
    if (auto it = r.find(k); it != r.end() && !IsNull(it->second)) {
      auto t = core::Timestamp::FromMicros(std::get<std::int64_t>(it->second));
      if (t.ok()) o[k] = t->ToString();
    }
  };
  meta_int("id");
  meta_int("version");
  meta_time("created_at");
  meta_time("updated_at");
  for (const auto& f : e.fields) {
    if (f.cost_sensitive && !include_cost) continue;
    auto it = r.find(f.name);
    json::value& slot = o[f.name];
    if (it == r.end() || IsNull(it->second)) continue;  // stays null
    const FieldValue& v = it->second;
    switch (f.type) {
      case FieldType::kBool:
        slot = std::get<bool>(v);
        break;
      case FieldType::kInteger:
      case FieldType::kRef:
        slot = std::get<std::int64_t>(v);
        break;
      case FieldType::kDecimal:
        slot = core::FormatScaled(std::get<std::int64_t>(v), f.scale, true);
        break;
      case FieldType::kTimestamp: {
        auto t = core::Timestamp::FromMicros(std::get<std::int64_t>(v));
        if (t.ok()) slot = t->ToString();
        break;
      }
      case FieldType::kMoney: {
        const auto& m = std::get<MoneyValue>(v);
        auto c = core::ParseCurrency(m.currency);
        std::string amount =
            c.ok() ? core::FormatAmount(core::Money{m.minor, *c}) : std::to_string(m.minor);
        slot = json::object{{"amount", amount}, {"currency", m.currency}};
        break;
      }
      case FieldType::kJson: {
        boost::system::error_code ec;
        json::value parsed = json::parse(std::get<std::string>(v), ec);
        slot = ec ? json::value(std::get<std::string>(v)) : parsed;
        if (!include_cost && !f.embeds.empty()) FilterStoredJson(f, r, slot, include_cost);
        break;
      }
      default:
        slot = std::get<std::string>(v);
        break;
    }
  }
  return o;
}

}  // namespace salesdesk::app
