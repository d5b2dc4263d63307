#include "modules/appraisal/app/owner_changes.h"

#include <algorithm>
#include <optional>
#include <string>

#include <boost/json.hpp>

#include "app/records/entity_spec.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"

namespace salesdesk::modules::appraisal {
namespace {

namespace json = boost::json;
using app::FilterOp;
using core::appraisal::OwnerChange;

// owner_id of an audited record's JSON (none: no owner, or not a record).
std::optional<std::int64_t> OwnerIn(const std::string& text) {
  boost::system::error_code ec;
  const json::value v = json::parse(text, ec);
  if (ec || !v.is_object()) return std::nullopt;
  const json::value* owner = v.as_object().if_contains("owner_id");
  if (owner == nullptr || !owner->is_int64()) return std::nullopt;
  return owner->as_int64();
}

}  // namespace

core::Result<std::map<std::int64_t, std::vector<OwnerChange>>> OwnerChangesSince(
    app::UnitOfWork& uow, std::int64_t since_us) {
  SD_ASSIGN(auto events, app::ReadAll(uow, *app::FindEntity("audit-events"),
                                      {{"entity", FilterOp::kEq, {std::string("accounts")}},
                                       {"action", FilterOp::kEq, {std::string("update")}},
                                       {"at", FilterOp::kGe, {since_us}}}));
  std::map<std::int64_t, std::vector<OwnerChange>> out;
  for (const auto& e : events) {
    OwnerChange c{.at_us = app::IntOf(e, "at").value_or(0),
                  .before = OwnerIn(app::TextOf(e, "before")),
                  .after = OwnerIn(app::TextOf(e, "after"))};
    if (c.before == c.after) continue;
    out[app::IntOf(e, "entity_id").value_or(0)].push_back(c);
  }
  for (auto& [account, changes] : out) {
    std::stable_sort(changes.begin(), changes.end(),
                     [](const OwnerChange& a, const OwnerChange& b) { return a.at_us < b.at_us; });
  }
  return out;
}

}  // namespace salesdesk::modules::appraisal
