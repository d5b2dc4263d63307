#include "app/records/record_rules.h"

#include <string>

#include "app/access/access_policy.h"

namespace salesdesk::app {
namespace {

using core::Error;

// Every invalid field of the change, reported together.
class Issues : public core::FieldIssues {
 public:
  core::Result<void> Done() {
    if (empty()) return core::Ok();
    return ToError();
  }
};

core::Result<void> CheckReferences(UnitOfWork& uow, const Caller& caller, const EntitySpec& e,
                                   const Visibility& visibility, const Record& current,
                                   const Record& fields, Issues& issues) {
  for (const auto& f : e.fields) {
    if (f.type != FieldType::kRef) continue;
    auto it = fields.find(f.name);
    if (it == fields.end() || IsNull(it->second)) continue;
    const std::int64_t ref = std::get<std::int64_t>(it->second);
    const EntitySpec* target = FindEntity(f.ref_entity);
    std::string name(f.name);
    if (e.ownership == Ownership::kViaParent && f.name == e.parent_field) {
      // The parent must be one the caller can see; otherwise it does not exist for them.
      SD_ASSIGN(auto parent_vis, VisibilityFor(uow, caller, *target));
      SD_ASSIGN(auto parent, uow.Get(*target, ref, parent_vis));
      if (!parent)
        issues.Add(name, "no " + std::string(target->singular) + " " + std::to_string(ref) +
                             " that you can see");
      continue;
    }
    SD_ASSIGN(bool exists, uow.Exists(*target, ref));
    if (!exists) {
      issues.Add(name, "no " + std::string(target->singular) + " with id " + std::to_string(ref));
      continue;
    }
    if (f.name == "owner_id" && e.ownership == Ownership::kPersonal && !caller.is_system() &&
        ref != caller.user_id) {
      issues.Add(name, "personal records belong to whoever creates them");
      continue;
    }
    if (f.name == "owner_id" && e.ownership == Ownership::kOwned && !caller.is_system()) {
      if (!OwnerVisible(visibility, ref) || (caller.role == Role::kRep && ref != caller.user_id)) {
        issues.Add(name, "you may only assign records to yourself or to people in your team");
        continue;
      }
      SD_ASSIGN(auto user, uow.FindUserById(ref));
      if (!user || !user->active) issues.Add(name, "user " + std::to_string(ref) + " is inactive");
    }
    if (f.name == "parent_id" && f.ref_entity == e.plural && !current.empty()) {
      // Walk up from the new parent: reaching this record would make a cycle.
      std::optional<std::int64_t> node = ref;
      const std::int64_t self = RecordId(current);
      for (int depth = 0; node && depth < 1000; ++depth) {
        if (*node == self) {
          issues.Add(name, "a " + std::string(e.singular) + " cannot be placed under itself");
          break;
        }
        SD_ASSIGN(node, uow.ParentOf(e, *node));
      }
    }
  }
  return core::Ok();
}

}  // namespace

void ApplyCreateDefaults(const Caller& caller, const EntitySpec& e, Record& fields) {
  for (const auto& f : e.fields) {
    if (!IsNull(f.default_value) && !fields.count(f.name))
      fields[std::string(f.name)] = f.default_value;
  }
  if ((e.ownership == Ownership::kOwned || e.ownership == Ownership::kPersonal) &&
      !fields.count("owner_id") && !caller.is_system()) {
    fields["owner_id"] = caller.user_id;
  }
}

core::Result<void> ValidateChange(UnitOfWork& uow, const Caller& caller, const EntitySpec& e,
                                  const Visibility& visibility, const Record& current,
                                  Record& fields) {
  Issues issues;
  SD_TRY(CheckReferences(uow, caller, e, visibility, current, fields, issues));
  if (e.hooks.validate) e.hooks.validate(caller, current, fields, issues);
  return issues.Done();
}

}  // namespace salesdesk::app
