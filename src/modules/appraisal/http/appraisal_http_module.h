// The appraisal module's HTTP part: the scorecard and the card actions (docs/appraisal.md).
#pragma once

#include "http/http_module.h"
#include "modules/appraisal/app/card_service.h"
#include "modules/appraisal/app/plan_target_source.h"
#include "modules/appraisal/app/scorecard_service.h"
#include "modules/appraisal/app/team_board.h"

namespace salesdesk::http {

struct AppraisalServices {
  AppraisalServices(app::Store& s, const core::Clock& clock)
      : store(s),
        clock(clock),
        scorecards(s, clock, targets),
        cards(s, clock, scorecards),
        board(s, scorecards) {}
  app::Store& store;
  const core::Clock& clock;
  // The month rows of the rep's active target plans (the targets module, RULES A).
  modules::appraisal::PlanTargetSource targets;
  modules::appraisal::ScorecardService scorecards;
  modules::appraisal::CardService cards;
  modules::appraisal::TeamBoardService board;
};

void AddAppraisalRoutes(ModuleHost& host, AppraisalServices& s);
// GET /appraisals/team and /appraisals/leaderboard (appraisal_board_routes.cpp).
void AddAppraisalBoardRoutes(ModuleHost& host, AppraisalServices& s);
// GET /appraisals/{id}/pdf (appraisal_pdf_route.cpp).
void AddAppraisalPdfRoute(ModuleHost& host, AppraisalServices& s);
void AddAppraisalSchemas(boost::json::object& schemas);

}  // namespace salesdesk::http

namespace salesdesk::modules::appraisal {
const http::HttpModule& HttpPart();
}  // namespace salesdesk::modules::appraisal
