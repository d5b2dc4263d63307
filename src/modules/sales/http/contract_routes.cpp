// A contract's own action: its named signer signs it (modules/sales/app/contract_signing.h). Reads
// and edits of contracts are the generic record routes.
#include "app/access/access_policy.h"
#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/if_match.h"
#include "http/json_response.h"
#include "modules/sales/http/sales_http_module.h"

namespace salesdesk::http {

void AddContractRoutes(ModuleHost& host, SalesServices& s) {
  const app::EntitySpec* contracts = app::FindEntity("contracts");
  Route& sign = host.Add(
      {"POST", "/api/v1/contracts/{id}/sign", "sign_contract",
       "The named signer signs the contract (If-Match required): it becomes active, signed today "
       "within the signer's authority",
       std::string(contracts->title), true, RouteKind::kCustom, contracts, "", "Contract", 200,
       [&s, contracts](RouteContext& c) {
         auto version = IfMatchVersion(c.request);
         if (!version.ok()) return ErrorToResponse(version.error());
         if (!c.request.body.empty()) {
           return ErrorToResponse(core::Error::Invalid("body", core::Msg("contract.sign_no_body")));
         }
         auto signed_contract = s.signing.Sign(*c.caller, c.ids[0], *version);
         if (!signed_contract.ok()) return ErrorToResponse(signed_contract.error());
         Response r = JsonResponse(
             200, app::RecordToJson(*contracts, *signed_contract, app::SeesCost(*c.caller)));
         r.headers.emplace_back("ETag", ETagFor(app::RecordVersion(*signed_contract)));
         return r;
       }});
  sign.if_match = true;
}

}  // namespace salesdesk::http
