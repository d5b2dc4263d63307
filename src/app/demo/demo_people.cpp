// The company's people and teams: a director leading "Sales", two senior managers leading
// "Europe" and "International", four managers leading regional teams, and the reps spread
// over those four teams. Key logins are fixed and easy to type (director@medsupply.example).
#include <array>
#include <set>

#include "app/demo/demo_internal.h"

namespace salesdesk::app::demo {
namespace {

using I = std::int64_t;

constexpr std::string_view kDomain = "@medsupply.example";

struct StaffMember {
  std::string_view login, role, name, locale;
};
// The people with fixed names; reps are drawn from the regions they sell to.
constexpr StaffMember kStaff[] = {
    {"admin", "admin", "Jordi Puig Casals", "es"},
    {"director", "director", "Elena Martínez Soler", "es"},
    {"senior1", "senior_manager", "Markus Hofmann", "de"},
    {"senior2", "senior_manager", "Mei Chen", "zh"},
    {"manager1", "manager", "Laura Fernández Gil", "es"},
    {"manager2", "manager", "Thomas Becker", "de"},
    {"manager3", "manager", "Kenji Watanabe", "en"},
    {"manager4", "manager", "Camila Rojas", "es"},
    {"finance", "finance", "Anna Ferrer Vidal", "es"},
    {"logistics", "logistics", "Pau Serra Roca", "es"},
};

struct SalesTeamSpec {
  std::string_view name;
  int senior;  // 0 = Europe (senior1), 1 = International (senior2)
  std::array<const NameTable& (*)(), 3> cultures;  // where its reps come from
};
constexpr SalesTeamSpec kSalesTeams[4] = {
    {"Southern Europe", 0, {&SpanishNames, &ItalianNames, &FrenchNames}},
    {"Central & Northern Europe", 0, {&GermanNames, &EnglishNames, &NordicNames}},
    {"Asia-Pacific & Middle East", 1, {&ChineseNames, &JapaneseNames, &EnglishNames}},
    {"Americas", 1, {&LatinAmericanNames, &BrazilianNames, &EnglishNames}},
};

// "senior_manager" signs in with "senior-demo-2026": short enough to type from the handout.
std::string PasswordFor(std::string_view role, const DemoOptions& options) {
  std::string_view word = role == "senior_manager" ? "senior" : role;
  return std::string(word) + "-demo-2026" + options.password_suffix;
}

}  // namespace

std::size_t SalesTeamOfRegion(std::string_view region) {
  // Italy has no sub-regions: it hangs directly under Europe ("EU").
  if (region == "EU-IB" || region == "EU" || region == "EU-FRBX") return 0;
  if (region.starts_with("EU-")) return 1;
  if (region.starts_with("APAC") || region == "ME") return 2;
  return 3;  // the Americas
}

core::Result<OrgIds> CreateOrganisation(BatchWriter& writer, const DemoOptions& options) {
  OrgIds org;
  SD_TRY(CreateTerritoriesAndGroups(writer, org));
  const EntitySpec& users = Spec("users");
  const EntitySpec& teams = Spec("teams");

  // Users first (without a team: teams need their leaders to exist).
  std::vector<Record> people;
  auto add_user = [&](std::string login, std::string_view role, std::string name,
                      std::string_view locale) -> core::Result<void> {
    std::string email = login + std::string(kDomain);
    SD_ASSIGN(Record user, writer.Insert(users, Record{{"email", email},
                                                       {"name", std::move(name)},
                                                       {"role", std::string(role)},
                                                       {"active", true},
                                                       {"locale", std::string(locale)}}));
    org.users.push_back({email, std::string(role), PasswordFor(role, options)});
    org.user_ids.push_back(RecordId(user));
    people.push_back(std::move(user));
    return core::Ok();
  };
  for (const auto& s : kStaff) {
    SD_TRY(add_user(std::string(s.login), s.role, std::string(s.name), s.locale));
  }
  DemoRandom random(options.seed, kPeopleStream);
  std::set<std::string> rep_names;
  for (int i = 1; i <= options.reps; ++i) {
    const auto& team = kSalesTeams[(i - 1) % 4];
    const NameTable& names = team.cultures[random.Index(3)]();
    std::string name;
    for (int attempt = 0; attempt < 20; ++attempt) {  // namesakes would confuse every report
      // Separate statements: the operands of + may be evaluated in either order.
      name = std::string(random.Pick(names.first_names));
      name.append(" ").append(random.Pick(names.last_names));
      if (rep_names.insert(name).second) break;
    }
    SD_TRY(add_user(std::string("rep").append(std::to_string(i)), "rep", name, names.locale));
  }

  // Teams, top down; people[] is in kStaff order followed by the reps.
  auto add_team = [&](std::string_view name, FieldValue parent,
                      std::int64_t leader) -> core::Result<I> {
    SD_ASSIGN(Record t, writer.Insert(teams, Record{{"name", std::string(name)},
                                                    {"parent_id", std::move(parent)},
                                                    {"leader_id", leader}}));
    return RecordId(t);
  };
  const I director = org.user_ids[1];
  SD_ASSIGN(I sales, add_team("Sales", std::monostate{}, director));
  SD_ASSIGN(I europe, add_team("Europe", sales, org.user_ids[2]));
  SD_ASSIGN(I international, add_team("International", sales, org.user_ids[3]));
  const I senior_teams[2] = {europe, international};
  for (int k = 0; k < 4; ++k) {
    const I manager = org.user_ids[4 + k];
    SD_ASSIGN(I team, add_team(kSalesTeams[k].name, senior_teams[kSalesTeams[k].senior], manager));
    org.sales_teams.push_back(SalesTeam{team, manager, {}});
  }

  // Membership: each leader belongs to the team above the one they lead.
  std::vector<I> team_of(people.size(), 0);
  team_of[1] = sales;
  team_of[2] = team_of[3] = sales;
  for (int k = 0; k < 4; ++k) team_of[4 + k] = senior_teams[kSalesTeams[k].senior];
  const std::size_t first_rep = std::size(kStaff);
  for (std::size_t i = first_rep; i < people.size(); ++i) {
    SalesTeam& team = org.sales_teams[(i - first_rep) % 4];
    team_of[i] = team.team_id;
    team.rep_ids.push_back(RecordId(people[i]));
  }
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (team_of[i] == 0) continue;  // admin, finance and logistics stand outside sales
    SD_TRY(writer.Update(users, people[i], Record{{"team_id", team_of[i]}}));
  }
  return org;
}

core::Result<void> SetDemoPasswords(AuthService& auth, const OrgIds& org) {
  for (std::size_t i = 0; i < org.users.size(); ++i) {
    SD_TRY(auth.SetPassword(Caller::System(), org.user_ids[i], org.users[i].password));
  }
  return core::Ok();
}

}  // namespace salesdesk::app::demo
