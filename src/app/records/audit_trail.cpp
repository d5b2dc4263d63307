#include "app/records/audit_trail.h"

#include <boost/json/serialize.hpp>

#include "app/records/record_json.h"

namespace salesdesk::app {

core::Result<void> AuditChange(RecordLedger& uow, const Caller& caller, std::int64_t now,
                               const EntitySpec& e, const char* action, const Record* before,
                               const Record* after) {
  if (!e.audited) return core::Ok();
  auto text = [&](const Record* r) {
    return r ? boost::json::serialize(RecordToJson(e, *r, /*include_cost=*/true)) : std::string();
  };
  const std::int64_t id = after ? RecordId(*after) : RecordId(*before);
  return uow.AppendAudit(AuditEntry{now, caller.user_id, std::string(e.plural), id, action,
                                    text(before), text(after)});
}

}  // namespace salesdesk::app
