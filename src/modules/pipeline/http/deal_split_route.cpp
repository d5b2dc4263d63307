#include "modules/pipeline/http/deal_split_route.h"

#include <memory>

#include "http/error_response.h"
#include "modules/billing/http/credit_split_json.h"
#include "modules/pipeline/app/deal_credit_split.h"

namespace salesdesk::http::pipeline {

void AddDealSplitRoute(ModuleHost& host) {
  auto service = std::make_shared<modules::billing::CreditSplitService>(host.store(), host.clock());
  host.Add({"PUT", "/api/v1/opportunities/{id}/credit-splits", "replace_opportunity_credit_splits",
            "Replace the deal's credit split between reps (revenue shares in basis points "
            "summing to 10,000, none: 100 % to the owner; overlay shares on top) while it is "
            "open. Each person's forecast counts their revenue share; an order made from one of "
            "the deal's quotes copies the split",
            "Opportunity", true, RouteKind::kCustom, nullptr, "CreditSplitsRequest", "CreditSplits",
            200, [service](RouteContext& c) {
              auto in = billing_json::DecodeCreditSplits(c.request.body);
              if (!in.ok()) return ErrorToResponse(in.error());
              return billing_json::CreditSplitsResponse(
                  service->Replace(*c.caller, modules::pipeline::DealSplitTarget(), c.ids[0], *in),
                  "opportunity-credit-splits", *c.caller);
            }});
}

}  // namespace salesdesk::http::pipeline
