#include "modules/forecasts/app/team_tree.h"

#include <functional>
#include <set>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"

namespace salesdesk::modules::forecasts {
namespace {

using core::forecasts::Person;

bool SalesRole(const std::string& role) {
  return role == "director" || role == "senior_manager" || role == "manager" || role == "rep";
}

}  // namespace

const Person* TeamTree::Find(std::int64_t id) const {
  for (const Person& p : people) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

std::vector<Person> TeamTree::Below(std::int64_t root) const {
  std::vector<Person> out;
  if (Find(root) == nullptr) return out;
  std::function<void(std::int64_t, std::int64_t)> add = [&](std::int64_t id, std::int64_t boss) {
    out.push_back({id, boss});
    for (const Person& p : people) {
      if (p.manager == id) add(p.id, id);
    }
  };
  add(root, 0);
  return out;
}

bool TeamTree::MayAdjust(std::int64_t author, std::int64_t subject) const {
  const Person* s = Find(subject);
  return s != nullptr && Find(author) != nullptr && (subject == author || s->manager == author);
}

core::Result<TeamTree> ReadTeamTree(app::UnitOfWork& uow) {
  SD_ASSIGN(auto teams, app::ReadAll(uow, *app::FindEntity("teams")));
  SD_ASSIGN(auto users,
            app::ReadAll(uow, *app::FindEntity("users"), {{"active", app::FilterOp::kEq, {true}}}));
  std::map<std::int64_t, const app::Record*> team_of;
  for (const auto& t : teams) team_of[app::RecordId(t)] = &t;

  TeamTree tree;
  std::map<std::int64_t, std::int64_t> manager_of;
  for (const auto& u : users) {
    const std::string role = app::TextOf(u, "role");
    const auto team = app::IntOf(u, "team_id");
    if (!SalesRole(role) || !team) continue;
    const std::int64_t id = app::RecordId(u);
    std::int64_t manager = 0;
    std::set<std::int64_t> seen;  // a loop of teams ends the walk
    for (auto it = team_of.find(*team); it != team_of.end() && seen.insert(it->first).second;) {
      const auto leader = app::IntOf(*it->second, "leader_id");
      if (leader && *leader != id) {
        manager = *leader;
        break;
      }
      const auto parent = app::IntOf(*it->second, "parent_id");
      it = parent ? team_of.find(*parent) : team_of.end();
    }
    manager_of[id] = manager;
    tree.names[id] = app::TextOf(u, "name");
    tree.roles[id] = role;
  }
  // A leader outside the sales roles (or inactive) leaves their people at the top.
  for (auto& [id, manager] : manager_of) {
    if (!manager_of.contains(manager)) manager = 0;
  }
  std::function<void(std::int64_t)> add = [&](std::int64_t boss) {
    for (const auto& [id, manager] : manager_of) {
      if (manager == boss && id != boss) {
        tree.people.push_back({id, manager});
        add(id);
      }
    }
  };
  add(0);
  return tree;
}

}  // namespace salesdesk::modules::forecasts
