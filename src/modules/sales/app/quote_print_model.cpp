#include "modules/sales/app/quote_print_model.h"

#include "app/records/record_fields.h"
#include "modules/sales/app/quote_mapping.h"
#include "modules/sales/core/quotes/quote_totals.h"

namespace salesdesk::app::sales {
namespace {

using core::quotes::PrintParty;

core::Money Or0(const std::optional<core::Money>& m, const core::Currency& currency) {
  return m.value_or(core::Money{0, currency});
}

}  // namespace

PrintParty PrintPartyOf(const Record& r, std::vector<std::string> address) {
  PrintParty p;
  p.name = TextOf(r, "legal_name").empty() ? TextOf(r, "name") : TextOf(r, "legal_name");
  for (auto& line : address) {
    if (!line.empty()) p.address_lines.push_back(std::move(line));
  }
  p.tax_id = TextOf(r, "tax_id");
  p.email = TextOf(r, "email");
  p.phone = TextOf(r, "phone");
  return p;
}

PrintParty CompanyParty(const Record& settings) {
  return PrintPartyOf(settings, {TextOf(settings, "address")});
}

PrintParty AccountParty(const Record& account) {
  return PrintPartyOf(account, {TextOf(account, "address_line"),
                                TextOf(account, "postal_code") + " " + TextOf(account, "city"),
                                TextOf(account, "country")});
}

core::Result<core::quotes::QuotePrint> BuildQuotePrint(const QuotePrintData& data,
                                                       std::string language) {
  SD_ASSIGN(const core::quotes::Quote q, QuoteFromRecord(data.document.quote));
  SD_ASSIGN(const core::Date issued, q.IssuedOn());
  core::quotes::QuotePrint in{.language = std::move(language),
                              .company = CompanyParty(data.company),
                              .customer = AccountParty(data.account),
                              .number = q.number,
                              .revision = q.revision,
                              .issued_on = issued,
                              .valid_until = q.valid_until,
                              .currency = q.currency,
                              .payment_terms_days = q.payment_terms_days.value_or(0),
                              .incoterm = q.incoterm,
                              .notes = q.notes,
                              .status = std::string(core::quotes::QuoteStatusName(q.status)),
                              .untaxed = Or0(q.untaxed, q.currency),
                              .tax = Or0(q.tax, q.currency),
                              .total = Or0(q.total, q.currency),
                              .internal = data.internal};
  if (data.contact) {
    in.contact_name =
        TextOf(*data.contact, "first_name") + " " + TextOf(*data.contact, "last_name");
  }
  std::vector<core::quotes::NetLine> nets;
  for (const Record& record : data.document.lines) {
    SD_ASSIGN(const core::quotes::SavedQuoteLine l, QuoteLineFromRecord(record, q.currency));
    core::quotes::QuotePrintLine line{
        .position = l.position,
        .sku = data.skus.count(l.product_id) ? data.skus.at(l.product_id) : "",
        .description = l.description,
        .quantity = l.quantity,
        .unit = l.unit,
        .unit_price = l.engine_unit_price.value_or(core::UnitPrice()),
        .tax_rate = l.tax_rate_pct.value_or(core::Percent()),
        .net = Or0(l.net, q.currency)};
    // The customer sees the price before the line's discount and the discount itself.
    if (l.manual_discount_pct) {
      line.discount = l.manual_discount_pct;
    } else {
      line.unit_price = l.unit_price.value_or(core::UnitPrice());
    }
    if (data.internal) {
      line.unit_cost = l.unit_cost;
      line.margin = l.margin_pct;
    }
    nets.push_back({line.net, line.tax_rate});
    // Tax regimes that need their legal note on the document (docs/tax.md).
    in.reverse_charge |= l.tax_regime == "reverse_charge";
    in.export_exempt |= l.tax_regime == "export";
    in.lines.push_back(std::move(line));
  }
  // The tax groups as the quote's totals were made: one rounding per rate on the exact base.
  SD_ASSIGN(auto totals, core::quotes::TotalsFromNets(nets, q.currency));
  for (const auto& g : totals.tax_groups) in.tax_groups.push_back({g.rate, g.base, g.tax});
  if (data.internal) in.margin = q.margin;
  return in;
}

}  // namespace salesdesk::app::sales
