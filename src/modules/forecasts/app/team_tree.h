// The forecast hierarchy from the platform's teams (D-R3): a person's manager is the leader of
// their team, or, for the team's own leader, the leader of the next team up (each leader belongs
// to the team above the one they lead). The sales roles only; admins, finance and logistics
// forecast nothing.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/ports/store.h"
#include "modules/forecasts/core/forecast_hierarchy.h"

namespace salesdesk::modules::forecasts {

struct TeamTree {
  std::vector<core::forecasts::Person> people;  // managers before their reports
  std::map<std::int64_t, std::string> names;
  std::map<std::int64_t, std::string> roles;

  const core::forecasts::Person* Find(std::int64_t id) const;
  // `root` and everyone below it, `root` made the top (manager 0); empty when not in the tree.
  std::vector<core::forecasts::Person> Below(std::int64_t root) const;
  // Whether `author` may adjust `subject`: the person themself or their direct manager.
  bool MayAdjust(std::int64_t author, std::int64_t subject) const;
};

// Users and teams are organisation data everyone reads.
core::Result<TeamTree> ReadTeamTree(app::UnitOfWork& uow);

}  // namespace salesdesk::modules::forecasts
