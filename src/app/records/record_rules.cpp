#include "app/records/record_rules.h"

#include <cctype>
#include <string>
#include <variant>

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

// One answer for an id that does not exist and one the caller may not see, so references reveal
// nothing about others' records.
core::Message NoneYouCanSee(const EntitySpec& target, std::int64_t id) {
  std::string kind(target.title), plural(target.plural);
  for (auto& c : kind) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (auto& c : plural) c = c == '-' ? ' ' : c;
  return core::Msg("reference.not_visible",
                   {{"kind", kind}, {"id", std::to_string(id)}, {"plural", plural}});
}

// Whether the caller may read record `id` of `target`, through the access layer.
core::Result<bool> CallerSees(UnitOfWork& uow, const Caller& caller, const EntitySpec& target,
                              std::int64_t id) {
  auto visibility = VisibilityFor(uow, caller, target);
  if (!visibility.ok()) {
    if (visibility.error().code == core::ErrorCode::kForbidden) return false;
    return std::move(visibility).error();
  }
  SD_ASSIGN(auto record, uow.Get(target, id, *visibility));
  return record.has_value();
}

// The entity a reference field points into: its ref_entity, or for a reference to a record of
// several kinds (a task's related_id) the kind named by the record's ref_entity_from field.
const EntitySpec* TargetOf(const FieldSpec& f, const Record& current, const Record& fields) {
  if (f.ref_entity_from.empty()) return FindEntity(f.ref_entity);
  const FieldValue* kind = nullptr;
  if (auto it = fields.find(f.ref_entity_from); it != fields.end()) {
    kind = &it->second;
  } else if (auto cur = current.find(f.ref_entity_from); cur != current.end()) {
    kind = &cur->second;
  }
  if (kind == nullptr || !std::holds_alternative<std::string>(*kind)) return nullptr;
  return FindEntity(std::get<std::string>(*kind));
}

core::Result<void> CheckReferences(UnitOfWork& uow, const Caller& caller, const EntitySpec& e,
                                   const Visibility& visibility, const Record& current,
                                   const Record& fields, Issues& issues) {
  for (const auto& f : e.fields) {
    if (f.type != FieldType::kRef && f.ref_entity_from.empty()) continue;
    const FieldValue* value = nullptr;
    if (auto it = fields.find(f.name); it != fields.end()) {
      value = &it->second;
    } else if (!f.ref_entity_from.empty() && fields.count(f.ref_entity_from)) {
      // A reference into several kinds is checked again when its kind changes.
      if (auto cur = current.find(f.name); cur != current.end()) value = &cur->second;
    }
    if (value == nullptr || IsNull(*value)) continue;
    const std::int64_t ref = std::get<std::int64_t>(*value);
    std::string name(f.name);
    const EntitySpec* target = TargetOf(f, current, fields);
    if (target == nullptr && !f.ref_entity_from.empty()) {
      // A kind the field allows but this installation lacks (an activity about a lead without the
      // leads module) is the caller's to fix, never a server error.
      const FieldValue* kind = nullptr;
      if (auto it = fields.find(f.ref_entity_from); it != fields.end()) {
        kind = &it->second;
      } else if (auto cur = current.find(f.ref_entity_from); cur != current.end()) {
        kind = &cur->second;
      }
      if (kind != nullptr && std::holds_alternative<std::string>(*kind)) {
        issues.Add(
            std::string(f.ref_entity_from),
            core::Msg("reference.kind_not_installed", {{"field", std::string(f.ref_entity_from)},
                                                       {"kind", std::get<std::string>(*kind)}}));
        continue;
      }
    }
    if (target == nullptr) {
      issues.Add(
          std::string(f.ref_entity_from),
          core::Msg("reference.kind_required", {{"field", name}, {"id", std::to_string(ref)}}));
      continue;
    }
    SD_ASSIGN(bool sees, CallerSees(uow, caller, *target, ref));
    if (!sees) {
      issues.Add(name, NoneYouCanSee(*target, ref));
      continue;
    }
    if (f.name == "owner_id" && e.ownership == Ownership::kPersonal && !caller.is_system() &&
        ref != caller.user_id) {
      issues.Add(name, core::Msg("owner.personal"));
      continue;
    }
    if (f.name == "owner_id" && e.ownership == Ownership::kOwned && !caller.is_system()) {
      if (!OwnerVisible(visibility, ref) || (caller.role == Role::kRep && ref != caller.user_id)) {
        issues.Add(name, core::Msg("owner.outside_team"));
        continue;
      }
      SD_ASSIGN(auto user, uow.FindUserById(ref));
      if (!user || !user->active)
        issues.Add(name, core::Msg("owner.inactive", {{"id", std::to_string(ref)}}));
    }
    if (f.name == "parent_id" && f.ref_entity == e.plural && !current.empty()) {
      // Walk up from the new parent: reaching this record would make a cycle.
      std::optional<std::int64_t> node = ref;
      const std::int64_t self = RecordId(current);
      for (int depth = 0; node && depth < 1000; ++depth) {
        if (*node == self) {
          issues.Add(name, core::Msg("record.parent_cycle", {{"entity", std::string(e.singular)}}));
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

core::Result<void> CheckVisibleReference(UnitOfWork& uow, const Caller& caller,
                                         std::string_view field, const EntitySpec& target,
                                         std::int64_t id) {
  SD_ASSIGN(bool sees, CallerSees(uow, caller, target, id));
  if (sees) return core::Ok();
  return Error::Invalid(std::string(field), NoneYouCanSee(target, id));
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
