// GET /sales-summary/pdf|xlsx?cadence=&date=&scope=&lang=: a summary downloaded as its reader
// sees it; POST /summary-subscriptions/{id}/send: the last closed period e-mailed now.
#include <boost/json.hpp>

#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/idempotency_header.h"
#include "http/json_response.h"
#include "http/query_string.h"
#include "modules/mail/app/outbox.h"
#include "modules/summaries/app/summary_builder.h"
#include "modules/summaries/app/summary_sender.h"
#include "modules/summaries/app/summary_xlsx.h"
#include "modules/summaries/http/summaries_http_module.h"
#include "modules/summaries/pdf/summary_pdf.h"

namespace salesdesk::http {
namespace {

namespace sm = modules::summaries;
namespace cs = core::summaries;
using core::Error;

core::Result<sm::SummaryRequest> DecodeQuery(const Request& request) {
  SD_ASSIGN(QueryParams params, ParseQueryString(request.query));
  sm::SummaryRequest q;
  bool cadence = false;
  for (const auto& [name, value] : params) {
    if (name == "cadence") {
      SD_ASSIGN(q.cadence, cs::ParseCadence(value, "cadence"));
      cadence = true;
    } else if (name == "date") {
      SD_ASSIGN(q.day, core::ParseDate(value));  // its problem names "date"
    } else if (name == "scope") {
      if (value != "team" && value != "me") {
        return Error::Invalid("scope", core::Msg("cockpit.scope", {{"value", value}}));
      }
      q.scope = value == "me" ? modules::cockpit::Scope::kMe : modules::cockpit::Scope::kTeam;
    } else if (name == "lang") {
      if (value != "en" && value != "de" && value != "es" && value != "zh") {
        return Error::Invalid("lang", core::Msg("field.not_in_enum",
                                                {{"field", "lang"}, {"values", "en, de, es, zh"}}));
      }
      q.language = value;
    } else {
      return Error::Invalid(name, core::Msg("summary.param"));
    }
  }
  if (!cadence)
    return Error::Invalid("cadence", core::Msg("field.required", {{"field", "cadence"}}));
  return q;
}

using Render = core::Result<std::string> (*)(const cs::SummaryReport&);

void AddDownload(ModuleHost& host, const char* format, const char* media_type, Render render) {
  const std::string ext = format;
  Route& route = host.Add(
      {"GET", "/api/v1/sales-summary/" + ext, "get_sales_summary_" + ext,
       "A sales summary as " + std::string(ext == "pdf" ? "PDF" : "XLSX") +
           ": the cockpit's figures of ?cadence=daily|weekly|monthly for the period containing "
           "?date=YYYY-MM-DD (default: the last closed one), ?scope=team|me, in ?lang= (default: "
           "the caller's). The caller's own figures and team only, as in the cockpit; finance, "
           "admins and logistics: 403",
       "Sales summary", true, RouteKind::kCustom, nullptr, "", "", 200,
       [&store = host.store(), &clock = host.clock(), ext, media_type, render](RouteContext& c) {
         auto q = DecodeQuery(c.request);
         if (!q.ok()) return ErrorToResponse(q.error());
         auto report = sm::BuildSummary(store, clock, *c.caller, *q);
         if (!report.ok()) return ErrorToResponse(report.error());
         auto bytes = render(*report);
         if (!bytes.ok()) return ErrorToResponse(bytes.error());
         Response r;
         r.status = 200;
         r.content_type = media_type;
         r.headers.emplace_back("Content-Disposition", "attachment; filename=\"sales-summary-" +
                                                           report->reference + "." + ext + "\"");
         r.body = std::move(*bytes);
         return r;
       }});
  route.response_media_type = media_type;
}

}  // namespace

void AddSummaryRoutes(ModuleHost& host) {
  AddDownload(host, "pdf", "application/pdf", pdf::RenderSummaryPdf);
  AddDownload(host, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              sm::SummaryXlsx);
  const app::EntitySpec* outbox = &modules::mail::MailSpec("outbox-messages");
  Route& send = host.Add(
      {"POST", "/api/v1/summary-subscriptions/{id}/send", "send_sales_summary",
       "E-mail the subscription's last closed period now (sent before or not): read as its owner "
       "sees it, in its language and formats, through the outbox; its owner only",
       "Sales summary", true, RouteKind::kCustom, nullptr, "", "OutboxMessage", 201,
       [&store = host.store(), &clock = host.clock(), outbox](RouteContext& c) {
         return CreateOnce<app::Record>(
             c.request,
             [&](const app::Record& m) {
               return JsonResponse(201, app::RecordToJson(*outbox, m, false));
             },
             [](const app::Record& m) {
               return "/api/v1/outbox-messages/" + std::to_string(app::RecordId(m));
             },
             [&](const app::IdempotencyRequest* key, const app::Renderer<app::Record>& render) {
               return sm::SendSummaryNow(store, clock, pdf::RenderSummaryPdf, *c.caller, c.ids[0],
                                         key, render);
             });
       }});
  send.idempotent = true;
}

void AddSummarySchemas(boost::json::object&) {}

}  // namespace salesdesk::http
