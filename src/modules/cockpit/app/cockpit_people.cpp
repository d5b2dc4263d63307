#include "modules/cockpit/app/cockpit_people.h"

#include <algorithm>

#include "app/access/access_policy.h"
#include "app/records/entity_spec.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"

namespace salesdesk::modules::cockpit {

core::Result<std::vector<Person>> PeopleInScope(app::UnitOfWork& uow, const app::Caller& caller,
                                                Scope scope) {
  SD_ASSIGN(auto visibility, app::VisibilityFor(uow, caller, *app::FindEntity("target-plans")));
  std::vector<app::Filter> filters{
      {"active", app::FilterOp::kEq, {true}},
      {"role",
       app::FilterOp::kIn,
       {std::string("rep"), std::string("manager"), std::string("senior_manager")}}};
  if (scope == Scope::kMe) {
    filters.push_back({"id", app::FilterOp::kEq, {caller.user_id}});
  } else if (!visibility.all) {
    std::vector<app::FieldValue> ids(visibility.owner_ids.begin(), visibility.owner_ids.end());
    filters.push_back({"id", app::FilterOp::kIn, std::move(ids)});
  }
  SD_ASSIGN(auto users, app::ReadAll(uow, *app::FindEntity("users"), std::move(filters)));
  std::vector<Person> out;
  for (const auto& u : users) {
    out.push_back({app::RecordId(u), app::TextOf(u, "name"), app::TextOf(u, "role")});
  }
  std::sort(out.begin(), out.end(), [](const Person& a, const Person& b) {
    return std::tie(a.name, a.id) < std::tie(b.name, b.id);
  });
  return out;
}

}  // namespace salesdesk::modules::cockpit
