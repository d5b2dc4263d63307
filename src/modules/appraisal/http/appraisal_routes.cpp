// GET /appraisals/scorecard, POST /appraisals (open a card), POST /appraisals/{id}/rate, /sign,
// /acknowledge and /reopen (docs/appraisal.md). The cards themselves are read by the generic record
// routes of appraisal-cards.
#include <boost/json.hpp>

#include <charconv>

#include "app/access/access_policy.h"
#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/idempotency_header.h"
#include "http/json_response.h"
#include "http/query_string.h"
#include "modules/appraisal/app/scorecard_history.h"
#include "modules/appraisal/http/appraisal_http_module.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
namespace appraisal = modules::appraisal;
namespace ca = core::appraisal;
using core::Error;

const app::EntitySpec& Cards() { return *app::FindEntity("appraisal-cards"); }

core::Result<std::int64_t> PositiveId(std::string_view text, const std::string& field) {
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || n <= 0) {
    return Error::Invalid(field, core::Msg("field.not_an_id", {{"field", field}}));
  }
  return n;
}

struct CardKey {
  std::int64_t user_id = 0;
  ca::Month month;
};

core::Result<CardKey> DecodeScorecardQuery(const Request& request) {
  SD_ASSIGN(QueryParams params, ParseQueryString(request.query));
  CardKey k;
  bool has_month = false;
  for (const auto& [name, value] : params) {
    if (name == "user_id") {
      SD_ASSIGN(k.user_id, PositiveId(value, "user_id"));
    } else if (name == "month") {
      SD_ASSIGN(k.month, ca::ParseMonth(value, "month"));
      has_month = true;
    } else {
      return Error::Invalid(name, core::Msg("appraisal.scorecard_param"));
    }
  }
  if (k.user_id == 0) {
    return Error::Invalid("user_id", core::Msg("field.required", {{"field", "user_id"}}));
  }
  if (!has_month) return Error::Invalid("month", core::Msg("field.required", {{"field", "month"}}));
  return k;
}

Error Unknown(std::string_view key, std::string_view entity) {
  return Error::Invalid(
      std::string(key),
      core::Msg("field.unknown", {{"field", std::string(key)}, {"entity", std::string(entity)}}));
}

core::Result<CardKey> DecodeOpen(const std::string& body) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  CardKey k;
  bool has_month = false;
  for (const auto& [key, value] : o) {
    if (key == "user_id") {
      if (!value.is_int64() || value.as_int64() <= 0) {
        return Error::Invalid("user_id", core::Msg("field.not_an_id", {{"field", "user_id"}}));
      }
      k.user_id = value.as_int64();
    } else if (key == "month") {
      if (!value.is_string()) {
        return Error::Invalid("month", core::Msg("field.not_string", {{"field", "month"}}));
      }
      SD_ASSIGN(k.month, ca::ParseMonth(std::string(value.as_string()), "month"));
      has_month = true;
    } else {
      return Unknown(key, "appraisal_card");
    }
  }
  if (k.user_id == 0) {
    return Error::Invalid("user_id", core::Msg("field.required", {{"field", "user_id"}}));
  }
  if (!has_month) return Error::Invalid("month", core::Msg("field.required", {{"field", "month"}}));
  return k;
}

core::Result<appraisal::Rating> DecodeRating(const std::string& body) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  appraisal::Rating r;
  for (const auto& [key, value] : o) {
    if (key == "conduct_rating") {
      if (!value.is_int64() || value.as_int64() < 1 || value.as_int64() > 5) {
        return Error::Invalid("conduct_rating",
                              core::Msg("field.out_of_range",
                                        {{"field", "conduct_rating"}, {"min", "1"}, {"max", "5"}}));
      }
      r.conduct = value.as_int64();
    } else if (key == "manager_comment") {
      if (value.is_null()) continue;
      if (!value.is_string()) {
        return Error::Invalid("manager_comment",
                              core::Msg("field.not_string", {{"field", "manager_comment"}}));
      }
      if (value.as_string().size() > 4000) {
        return Error::Invalid(
            "manager_comment",
            core::Msg("field.too_long", {{"field", "manager_comment"}, {"max", "4000"}}));
      }
      r.comment = std::string(value.as_string());
    } else {
      return Unknown(key, "appraisal_card");
    }
  }
  if (r.conduct == 0) {
    return Error::Invalid("conduct_rating",
                          core::Msg("field.required", {{"field", "conduct_rating"}}));
  }
  return r;
}

core::Result<std::string> DecodeReopen(const std::string& body) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  std::string reason;
  for (const auto& [key, value] : o) {
    if (key != "reason") return Unknown(key, "appraisal_card");
    if (!value.is_string()) {
      return Error::Invalid("reason", core::Msg("field.not_string", {{"field", "reason"}}));
    }
    reason = std::string(value.as_string());
  }
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Error::Invalid("reason", core::Msg("field.required", {{"field", "reason"}}));
  }
  if (reason.size() > 2000) {
    return Error::Invalid("reason",
                          core::Msg("field.too_long", {{"field", "reason"}, {"max", "2000"}}));
  }
  return reason;
}

Response CardOut(int status, const core::Result<app::Record>& r, const app::Caller& caller) {
  if (!r.ok()) return ErrorToResponse(r.error());
  Response out = JsonResponse(status, app::RecordToJson(Cards(), *r, app::SeesCost(caller)));
  out.headers.emplace_back("ETag", ETagFor(app::RecordVersion(*r)));
  return out;
}

}  // namespace

void AddAppraisalRoutes(ModuleHost& host, AppraisalServices& s) {
  host.Add({"GET", "/api/v1/appraisals/scorecard", "get_appraisal_scorecard",
            "The scorecard of ?user_id= for ?month=YYYY-MM (RULES B): live from invoices, orders "
            "and activities until its card is signed, then as frozen. The rep sees their own, a "
            "leader their team's, the director all",
            "Appraisal card", true, RouteKind::kCustom, nullptr, "", "AppraisalScorecard", 200,
            [&s](RouteContext& c) {
              auto q = DecodeScorecardQuery(c.request);
              if (!q.ok()) return ErrorToResponse(q.error());
              auto view = s.scorecards.Read(*c.caller, q->user_id, q->month);
              if (!view.ok()) return ErrorToResponse(view.error());
              json::object body{
                  {"frozen", view->frozen},
                  {"card", view->card ? json::value(app::RecordToJson(Cards(), *view->card,
                                                                      app::SeesCost(*c.caller)))
                                      : json::value(nullptr)},
                  {"figures", appraisal::ScorecardToJson(view->figures)}};
              return JsonResponse(200, body);
            }});
  host.Add({"GET", "/api/v1/appraisals/history", "get_appraisal_history",
            "The last twelve months of ?user_id= ending with ?month=YYYY-MM (months after the "
            "current one left out), oldest first: each month's score, planned target, actual "
            "sales, each item's attainment and the card's state, frozen once signed. Who may "
            "read the person's scorecard may read it",
            "Appraisal card", true, RouteKind::kCustom, nullptr, "", "AppraisalHistory", 200,
            [&s](RouteContext& c) {
              auto q = DecodeScorecardQuery(c.request);
              if (!q.ok()) return ErrorToResponse(q.error());
              auto history = appraisal::ReadHistory(s.store, s.clock, s.scorecards, *c.caller,
                                                    q->user_id, q->month);
              if (!history.ok()) return ErrorToResponse(history.error());
              json::array months;
              for (const auto& h : *history) {
                json::object figures = appraisal::ScorecardToJson(h.figures);
                json::array items;
                for (const auto& row : figures["rows"].as_array()) {
                  items.push_back(json::object{{"item", row.at("item")},
                                               {"attainment_bp", row.at("attainment_bp")},
                                               {"not_applicable", row.at("not_applicable")}});
                }
                months.push_back(json::object{{"month", h.figures.month.ToString()},
                                              {"state", h.state},
                                              {"frozen", h.frozen},
                                              {"score_bp", figures["score_bp"]},
                                              {"planned_target", figures["planned_target"]},
                                              {"actual_sales", figures["actual_sales"]},
                                              {"items", std::move(items)}});
              }
              return JsonResponse(
                  200, json::object{{"user_id", q->user_id}, {"months", std::move(months)}});
            }});
  host.Add(
          {"POST", "/api/v1/appraisals", "open_appraisal_card",
           "Open the card of a rep for a month (their manager, senior manager or the director): "
           "its figures stay live until it is signed",
           "Appraisal card", true, RouteKind::kCustom, nullptr, "AppraisalCardOpenRequest",
           "AppraisalCard", 201,
           [&s](RouteContext& c) {
             auto in = DecodeOpen(c.request.body);
             if (!in.ok()) return ErrorToResponse(in.error());
             return CreateOnce<app::Record>(
                 c.request, [&](const app::Record& r) { return CardOut(201, r, *c.caller); },
                 [](const app::Record& r) {
                   return "/api/v1/appraisal-cards/" + std::to_string(app::RecordId(r));
                 },
                 [&](const app::IdempotencyRequest* key, const app::Renderer<app::Record>& render) {
                   return s.cards.Open(*c.caller, in->user_id, in->month, key, render);
                 });
           }})
      .idempotent = true;
  host.Add({"POST", "/api/v1/appraisals/{id}/rate", "rate_appraisal_card",
            "The manager's conduct rating (1 to 5, row 12) and comment on an open card; rating "
            "again replaces it. Nobody rates their own card",
            "Appraisal card", true, RouteKind::kCustom, nullptr, "AppraisalRatingRequest",
            "AppraisalCard", 200, [&s](RouteContext& c) {
              auto in = DecodeRating(c.request.body);
              if (!in.ok()) return ErrorToResponse(in.error());
              return CardOut(200, s.cards.Rate(*c.caller, c.ids[0], *in), *c.caller);
            }});
  host.Add({"POST", "/api/v1/appraisals/{id}/sign", "sign_appraisal_card",
            "Sign the card off (needs the conduct rating): its figures and score are frozen "
            "(RULES B-R1) and never change afterwards",
            "Appraisal card", true, RouteKind::kCustom, nullptr, "", "AppraisalCard", 200,
            [&s](RouteContext& c) {
              return CardOut(200, s.cards.Sign(*c.caller, c.ids[0]), *c.caller);
            }});
  host.Add({"POST", "/api/v1/appraisals/{id}/acknowledge", "acknowledge_appraisal_card",
            "The rep acknowledges their signed card (acknowledging twice changes nothing)",
            "Appraisal card", true, RouteKind::kCustom, nullptr, "", "AppraisalCard", 200,
            [&s](RouteContext& c) {
              return CardOut(200, s.cards.Acknowledge(*c.caller, c.ids[0]), *c.caller);
            }});
  host.Add({"POST", "/api/v1/appraisals/{id}/reopen", "reopen_appraisal_card",
            "The director re-opens a signed card with a reason (RULES B-R1, audited): signature, "
            "frozen figures and acknowledgement are cleared; the figures are recomputed on the "
            "next sign and the rep acknowledges again",
            "Appraisal card", true, RouteKind::kCustom, nullptr, "AppraisalReopenRequest",
            "AppraisalCard", 200, [&s](RouteContext& c) {
              auto reason = DecodeReopen(c.request.body);
              if (!reason.ok()) return ErrorToResponse(reason.error());
              return CardOut(200, s.cards.Reopen(*c.caller, c.ids[0], *reason), *c.caller);
            }});
  AddAppraisalBoardRoutes(host, s);
  AddAppraisalPdfRoute(host, s);
}

}  // namespace salesdesk::http
