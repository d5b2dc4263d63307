// GET /deliveries/{id}/pdf and /delivery-returns/{id}/pdf: the consignee's delivery note and
// return note in the customer's language unless ?lang= says otherwise; read like the record
// (hidden and missing: 404). What they show is the consignee's, whoever downloads them: no
// prices, cost or notes (decision 0051).
#include "http/error_response.h"
#include "http/query_string.h"
#include "modules/deliveries/http/deliveries_http_module.h"
#include "modules/deliveries/pdf/delivery_pdf.h"

namespace salesdesk::http {
namespace {

namespace deliveries = modules::deliveries;

template <typename Print>
using Rendering = std::function<core::Result<deliveries::Document<Print>>(
    const app::Caller&, std::int64_t, std::optional<std::string>)>;

template <typename Print>
void AddPdfRoute(ModuleHost& host, const char* path, const char* operation, const char* summary,
                 Rendering<Print> read, core::Result<std::string> (*render)(const Print&)) {
  Route& route =
      host.Add({"GET", path, operation, summary, "Delivery", true, RouteKind::kCustom, nullptr, "",
                "", 200, [read, render](RouteContext& c) {
                  auto params = ParseQueryString(c.request.query);
                  if (!params.ok()) return ErrorToResponse(params.error());
                  std::optional<std::string> lang;
                  for (const auto& [k, v] : *params) {
                    if (k == "lang") lang = v;
                  }
                  auto document = read(*c.caller, c.ids[0], lang);
                  if (!document.ok()) return ErrorToResponse(document.error());
                  auto bytes = render(document->print);
                  if (!bytes.ok()) return ErrorToResponse(bytes.error());
                  Response r;
                  r.status = 200;
                  r.content_type = "application/pdf";
                  r.headers.emplace_back("Content-Disposition",
                                         "attachment; filename=\"" + document->filename + "\"");
                  r.body = std::move(*bytes);
                  return r;
                }});
  route.response_media_type = "application/pdf";
}

}  // namespace

void AddDeliveryPdfRoutes(ModuleHost& host, deliveries::DeliveryPrints& prints) {
  namespace cd = core::deliveries;
  AddPdfRoute<cd::DeliveryNotePrint>(
      host, "/api/v1/deliveries/{id}/pdf", "get_delivery_note_pdf",
      "The delivery note as PDF in the customer's language (?lang=en|de|es|zh): order, shipped "
      "date, carrier, tracking, the lines with ordered, delivered and still-to-follow quantities; "
      "never prices, cost or notes (the consignee is often not the payer)",
      [&prints](const app::Caller& c, std::int64_t id, std::optional<std::string> lang) {
        return prints.DeliveryNote(c, id, std::move(lang));
      },
      pdf::RenderDeliveryNotePdf);
  AddPdfRoute<cd::ReturnNotePrint>(
      host, "/api/v1/delivery-returns/{id}/pdf", "get_return_note_pdf",
      "The return note as PDF in the customer's language: the delivery it came from, the date, "
      "the reason and the returned quantities; never prices",
      [&prints](const app::Caller& c, std::int64_t id, std::optional<std::string> lang) {
        return prints.ReturnNote(c, id, std::move(lang));
      },
      pdf::RenderReturnNotePdf);
}

}  // namespace salesdesk::http
