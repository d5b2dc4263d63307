// GET /appraisals/{id}/pdf: the card as a PDF in its person's language unless ?lang= says
// otherwise; whoever may read the card may read it (decision 0053).
#include "http/error_response.h"
#include "http/query_string.h"
#include "modules/appraisal/app/appraisal_print_data.h"
#include "modules/appraisal/http/appraisal_http_module.h"
#include "modules/appraisal/pdf/appraisal_pdf.h"

namespace salesdesk::http {

void AddAppraisalPdfRoute(ModuleHost& host, AppraisalServices& s) {
  Route& route = host.Add(
      {"GET", "/api/v1/appraisals/{id}/pdf", "get_appraisal_pdf",
       "The appraisal card as PDF in the person's language (?lang=en|de|es|zh): the rows, the "
       "score, the rating and comment, the signatures with their dates; that person's figures "
       "only",
       "Appraisal card", true, RouteKind::kCustom, nullptr, "", "", 200, [&s](RouteContext& c) {
         auto params = ParseQueryString(c.request.query);
         if (!params.ok()) return ErrorToResponse(params.error());
         std::optional<std::string> lang;
         for (const auto& [k, v] : *params) {
           if (k == "lang") lang = v;
         }
         auto print =
             modules::appraisal::AppraisalPrintOf(s.store, s.scorecards, *c.caller, c.ids[0], lang);
         if (!print.ok()) return ErrorToResponse(print.error());
         auto bytes = pdf::RenderAppraisalPdf(*print);
         if (!bytes.ok()) return ErrorToResponse(bytes.error());
         Response r;
         r.status = 200;
         r.content_type = "application/pdf";
         r.headers.emplace_back("Content-Disposition", "attachment; filename=\"appraisal-" +
                                                           print->month + "-" +
                                                           std::to_string(c.ids[0]) + ".pdf\"");
         r.body = std::move(*bytes);
         return r;
       }});
  route.response_media_type = "application/pdf";
}

}  // namespace salesdesk::http
