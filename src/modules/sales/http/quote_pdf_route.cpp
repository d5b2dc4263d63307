// GET /api/v1/quotes/{id}/pdf?lang=de&variant=customer|internal: the quote as a PDF in the
// customer's language (default: the quote's language), rendered natively. What it shows depends
// on who it is for, not who downloads it: the customer document (default) never carries cost or
// margin; the internal variant (roles that see cost) does and says so on every page.
#include <boost/json.hpp>

#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "core/time/timestamp.h"
#include "http/error_response.h"
#include "http/query_string.h"
#include "modules/sales/core/quotes/quote_totals.h"
#include "modules/sales/http/sales_http_module.h"
#include "modules/sales/pdf/quote_pdf.h"

namespace salesdesk::http {
namespace {

using app::IntOf;
using app::TextOf;

pdf::PdfParty Party(const app::Record& r, std::vector<std::string> address) {
  pdf::PdfParty p;
  p.name = TextOf(r, "legal_name").empty() ? TextOf(r, "name") : TextOf(r, "legal_name");
  for (auto& line : address) {
    if (!line.empty()) p.address_lines.push_back(std::move(line));
  }
  p.tax_id = TextOf(r, "tax_id");
  p.email = TextOf(r, "email");
  p.phone = TextOf(r, "phone");
  return p;
}

core::Result<core::Money> MoneyField(const app::Record& r, std::string_view name,
                                     const core::Currency& currency) {
  auto m = app::MoneyOf(r, name);
  return core::Money{m ? m->minor : 0, currency};
}

core::Result<pdf::QuotePdfInput> PdfInput(const app::sales::QuotePrintData& data,
                                          std::string language) {
  const app::Record& q = data.document.quote;
  SD_ASSIGN(auto currency, core::ParseCurrency(TextOf(q, "currency")));
  SD_ASSIGN(auto untaxed, MoneyField(q, "untaxed", currency));
  SD_ASSIGN(auto tax, MoneyField(q, "tax", currency));
  SD_ASSIGN(auto total, MoneyField(q, "total", currency));
  // The date the offer was priced for; a quote stored without one shows its creation day.
  core::Date issued;
  if (auto priced = core::ParseDate(TextOf(q, "pricing_date")); priced.ok()) {
    issued = *priced;
  } else {
    SD_ASSIGN(auto created, core::Timestamp::FromMicros(IntOf(q, "created_at").value_or(0)));
    issued = created.UtcDate();
  }
  pdf::QuotePdfInput in{
      .language = std::move(language),
      .company = Party(data.company, {TextOf(data.company, "address")}),
      .customer = Party(data.account,
                        {TextOf(data.account, "address_line"),
                         TextOf(data.account, "postal_code") + " " + TextOf(data.account, "city"),
                         TextOf(data.account, "country")}),
      .number = TextOf(q, "number"),
      .revision = static_cast<int>(IntOf(q, "revision").value_or(1)),
      .issued_on = issued,
      .currency = currency,
      .payment_terms_days = static_cast<int>(IntOf(q, "payment_terms_days").value_or(0)),
      .incoterm = TextOf(q, "incoterm"),
      .notes = TextOf(q, "notes"),
      .status = TextOf(q, "status"),
      .untaxed = untaxed,
      .tax = tax,
      .total = total,
      .internal = data.internal};
  if (data.contact) {
    in.contact_name =
        TextOf(*data.contact, "first_name") + " " + TextOf(*data.contact, "last_name");
  }
  if (auto until = core::ParseDate(TextOf(q, "valid_until")); until.ok()) in.valid_until = *until;
  std::vector<core::quotes::NetLine> nets;
  for (const auto& l : data.document.lines) {
    const std::int64_t product_id = IntOf(l, "product_id").value_or(0);
    SD_ASSIGN(auto net, MoneyField(l, "net", currency));
    pdf::QuotePdfLine line{
        .position = static_cast<int>(IntOf(l, "position").value_or(0)),
        .sku = data.skus.count(product_id) ? data.skus.at(product_id) : "",
        .description = TextOf(l, "description"),
        .quantity = core::Quantity::FromUnits(IntOf(l, "quantity").value_or(0)),
        .unit = TextOf(l, "unit"),
        .unit_price = core::UnitPrice::FromUnits(IntOf(l, "engine_unit_price").value_or(0)),
        .tax_rate = core::Percent::FromUnits(IntOf(l, "tax_rate_pct").value_or(0)),
        .net = net};
    // The customer sees the price before the line's discount and the discount itself.
    if (auto d = IntOf(l, "manual_discount_pct")) {
      line.discount = core::Percent::FromUnits(*d);
    } else {
      line.unit_price = core::UnitPrice::FromUnits(IntOf(l, "unit_price").value_or(0));
    }
    if (data.internal) {
      if (auto c = IntOf(l, "unit_cost")) line.unit_cost = core::UnitPrice::FromUnits(*c);
      if (auto m = IntOf(l, "margin_pct")) line.margin = core::Percent::FromUnits(*m);
    }
    nets.push_back({net, line.tax_rate});
    // Tax regimes that need their legal note on the document (docs/tax.md).
    in.reverse_charge |= TextOf(l, "tax_regime") == "reverse_charge";
    in.export_exempt |= TextOf(l, "tax_regime") == "export";
    in.lines.push_back(std::move(line));
  }
  // The tax groups as the quote's totals were made: one rounding per rate on the exact base.
  SD_ASSIGN(auto totals, core::quotes::TotalsFromNets(nets, currency));
  for (const auto& g : totals.tax_groups) in.tax_groups.push_back({g.rate, g.base, g.tax});
  if (data.internal) {
    if (auto m = app::MoneyOf(q, "margin")) in.margin = core::Money{m->minor, currency};
  }
  return in;
}

// ?variant=customer (default) or internal.
core::Result<app::sales::PrintVariant> VariantOf(const QueryParams& params) {
  app::sales::PrintVariant variant = app::sales::PrintVariant::kCustomer;
  for (const auto& [k, v] : params) {
    if (k != "variant") continue;
    if (v == "internal") {
      variant = app::sales::PrintVariant::kInternal;
    } else if (v != "customer") {
      return core::Error::Invalid("variant", core::Msg("quote.pdf_variant"));
    }
  }
  return variant;
}

}  // namespace

void AddQuotePdfRoute(ModuleHost& host, SalesServices& s) {
  Route& route = host.Add({"GET", "/api/v1/quotes/{id}/pdf", "get_quote_pdf",
            "The quote as PDF in the customer's language (?lang=en|de|es|zh); "
            "?variant=internal adds cost and margin, marked internal on every page",
            "Quote", true, RouteKind::kCustom, nullptr, "", "", 200, [&s](RouteContext& c) {
              auto params = ParseQueryString(c.request.query);
              if (!params.ok()) return ErrorToResponse(params.error());
              auto variant = VariantOf(*params);
              if (!variant.ok()) return ErrorToResponse(variant.error());
              auto data = s.quotes.PrintData(*c.caller, c.ids[0], *variant);
              if (!data.ok()) return ErrorToResponse(data.error());
              std::string lang = TextOf(data->document.quote, "language");
              for (const auto& [k, v] : *params) {
                if (k == "lang") lang = v;
              }
              auto input = PdfInput(*data, lang.empty() ? "en" : lang);
              if (!input.ok()) return ErrorToResponse(input.error());
              auto rendered = pdf::RenderQuotePdf(*input);
              if (!rendered.ok()) return ErrorToResponse(rendered.error());
              Response r;
              r.status = 200;
              r.content_type = "application/pdf";
              r.body = std::move(rendered).value();
              r.headers.emplace_back("Content-Disposition",
                                     "attachment; filename=\"" +
                                         TextOf(data->document.quote, "number") +
                                         (data->internal ? "-internal" : "") + ".pdf\"");
              return r;
            }});
  route.response_media_type = "application/pdf";
}

}  // namespace salesdesk::http
