#include "app/records/stored_record_filter.h"

#include <string>

#include <boost/json.hpp>

namespace salesdesk::app {
namespace json = boost::json;

namespace {

const EntitySpec* EntityNamed(std::string_view plural) {
  return plural == SettingsSpec().plural ? &SettingsSpec() : FindEntity(plural);
}

// Filters one embedded record in place; nulls it when its entity is unknown.
void FilterAt(const EntitySpec* e, json::value& slot, bool include_cost) {
  if (slot.is_null()) return;
  if (e == nullptr || !slot.is_object()) {
    if (!include_cost) slot = nullptr;
    return;
  }
  FilterStoredRecord(*e, slot.as_object(), include_cost);
}

}  // namespace

void FilterStoredRecord(const EntitySpec& e, json::object& record, bool include_cost) {
  for (const auto& f : e.fields) {
    if (f.cost_sensitive && !include_cost) {
      record.erase(f.name);
      continue;
    }
    if (f.type != FieldType::kJson || f.embeds.empty()) continue;
    json::value* v = record.if_contains(f.name);
    // The stored record is JSON already: its own fields' rules read the row it came in.
    if (v != nullptr) {
      Record row;
      for (const auto& embed : f.embeds) {
        if (embed.entity_from.empty()) continue;
        if (const json::value* name = record.if_contains(embed.entity_from);
            name != nullptr && name->is_string()) {
          row[std::string(embed.entity_from)] = std::string(name->as_string());
        }
      }
      FilterStoredJson(f, row, *v, include_cost);
    }
  }
}

void FilterStoredJson(const FieldSpec& f, const Record& row, json::value& value,
                      bool include_cost) {
  for (const auto& embed : f.embeds) {
    const EntitySpec* e = nullptr;
    if (!embed.entity_from.empty()) {
      auto it = row.find(embed.entity_from);
      if (it != row.end() && std::holds_alternative<std::string>(it->second)) {
        e = EntityNamed(std::get<std::string>(it->second));
      }
    } else {
      e = EntityNamed(embed.entity);
    }
    std::string_view path = embed.path;
    if (path.empty()) {
      FilterAt(e, value, include_cost);
      continue;
    }
    if (!value.is_object()) {
      if (!include_cost) value = nullptr;
      return;
    }
    const bool each = path.ends_with("[]");
    if (each) path.remove_suffix(2);
    json::value* member = value.as_object().if_contains(path);
    if (member == nullptr) continue;
    if (!each) {
      FilterAt(e, *member, include_cost);
    } else if (member->is_array()) {
      for (auto& element : member->as_array()) FilterAt(e, element, include_cost);
    } else if (!include_cost) {
      *member = nullptr;
    }
  }
}

}  // namespace salesdesk::app
