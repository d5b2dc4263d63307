// GET /api/v1/quotes/{id}/pdf?lang=de&variant=customer|internal: the quote as a PDF in the
// customer's language (default: the quote's language), rendered natively. What it shows depends
// on who it is for, not who downloads it: the customer document (default) never carries cost or
// margin; the internal variant (roles that see cost) does and says so on every page.
#include <boost/json.hpp>

#include "app/records/record_fields.h"
#include "http/error_response.h"
#include "http/query_string.h"
#include "modules/sales/app/quote_print_model.h"
#include "modules/sales/http/sales_http_module.h"
#include "modules/sales/pdf/quote_pdf.h"

namespace salesdesk::http {
namespace {

using app::TextOf;

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
  Route& route = host.Add(
      {"GET", "/api/v1/quotes/{id}/pdf", "get_quote_pdf",
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
         auto input = app::sales::BuildQuotePrint(*data, lang.empty() ? "en" : lang);
         if (!input.ok()) return ErrorToResponse(input.error());
         auto rendered = pdf::RenderQuotePdf(*input);
         if (!rendered.ok()) return ErrorToResponse(rendered.error());
         Response r;
         r.status = 200;
         r.content_type = "application/pdf";
         r.body = std::move(rendered).value();
         r.headers.emplace_back("Content-Disposition",
                                "attachment; filename=\"" + TextOf(data->document.quote, "number") +
                                    (data->internal ? "-internal" : "") + ".pdf\"");
         return r;
       }});
  route.response_media_type = "application/pdf";
}

}  // namespace salesdesk::http
