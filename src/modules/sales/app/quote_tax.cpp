#include "modules/sales/app/quote_tax.h"

#include <unordered_map>

#include "app/records/record_fields.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/sales/core/tax/tax_default.h"

namespace salesdesk::app::sales {
namespace {

namespace tax = core::tax;

// The tax class of every product on the quote, in one read.
core::Result<std::unordered_map<std::int64_t, tax::TaxClass>> ClassesOf(
    UnitOfWork& uow, const std::vector<QuoteLineInput>& lines) {
  std::vector<FieldValue> ids;
  for (const auto& l : lines) ids.emplace_back(l.product_id);
  std::unordered_map<std::int64_t, tax::TaxClass> out;
  if (ids.empty()) return out;
  SD_ASSIGN(auto products,
            ReadAll(uow, *FindEntity("products"), {Filter{"id", FilterOp::kIn, std::move(ids)}}));
  for (const auto& p : products) {
    out[RecordId(p)] =
        tax::ParseTaxClass(TextOf(p, "tax_class")).value_or(tax::TaxClass::kStandard);
  }
  return out;
}

}  // namespace

core::Result<std::vector<LineTax>> LineTaxes(UnitOfWork& uow, const Record& account,
                                             const std::vector<QuoteLineInput>& lines) {
  SD_ASSIGN(auto settings, uow.Get(SettingsSpec(), 1, Visibility::All()));
  tax::TaxQuestion question{
      .seller_country = settings ? TextOf(*settings, "country") : std::string(),
      .customer_country = TextOf(account, "country"),
      .customer_is_business = TextOf(account, "kind") == "company",
      .customer_vat_id = TextOf(account, "tax_id"),
      .position = tax::ParseFiscalPosition(TextOf(account, "fiscal_position"))
                      .value_or(tax::FiscalPosition::kAuto)};
  SD_ASSIGN(auto classes, ClassesOf(uow, lines));
  std::vector<LineTax> out;
  out.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const QuoteLineInput& in = lines[i];
    auto cls = classes.find(in.product_id);
    question.product_class = cls == classes.end() ? tax::TaxClass::kStandard : cls->second;
    auto answer = tax::DefaultTax(question);
    LineTax line;
    if (!answer.ok()) {
      if (!in.tax_rate) {
        const core::Error& e = answer.error();
        // The same words after "no default tax rate (<field>): ".
        core::Message m = e.msg();
        m.code = e.message_code == "tax.seller_country_missing" ? "tax.line_seller_country_missing"
                 : e.message_code == "tax.no_table"             ? "tax.line_no_table"
                                                    : "tax.line_customer_country_missing";
        m.params.emplace_back("field", e.field);
        return core::Error::Invalid("lines[" + std::to_string(i) + "].tax_rate_pct", std::move(m));
      }
      line.rate = *in.tax_rate;
      line.manual = true;
    } else {
      line.default_rate = answer->rate;
      line.regime = tax::TaxRegimeName(answer->regime);
      line.note = answer->reason;
      line.manual = in.tax_rate && *in.tax_rate != answer->rate;
      line.rate = line.manual ? *in.tax_rate : answer->rate;
    }
    out.push_back(std::move(line));
  }
  return out;
}

void SetTaxFields(Record& line, const LineTax& tax) {
  line["tax_rate_pct"] = tax.rate.units();
  line["tax_rate_source"] = std::string(tax.manual ? "manual" : "default");
  line["tax_default_pct"] =
      tax.default_rate ? FieldValue{tax.default_rate->units()} : FieldValue{std::monostate{}};
  line["tax_regime"] = tax.regime.empty() ? FieldValue{std::monostate{}} : FieldValue{tax.regime};
  line["tax_note"] = tax.note.empty() ? FieldValue{std::monostate{}} : FieldValue{tax.note};
}

}  // namespace salesdesk::app::sales
