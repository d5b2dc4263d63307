// Typed reads of a record's fields for services that work on stored records (quotes, orders).
// A missing or null field reads as empty; the spec has already checked the types.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/records/field_value.h"

namespace salesdesk::app {

inline const FieldValue* FieldOf(const Record& r, std::string_view name) {
  auto it = r.find(name);
  return it == r.end() || IsNull(it->second) ? nullptr : &it->second;
}
inline std::optional<std::int64_t> IntOf(const Record& r, std::string_view name) {
  const FieldValue* v = FieldOf(r, name);
  if (v == nullptr || !std::holds_alternative<std::int64_t>(*v)) return std::nullopt;
  return std::get<std::int64_t>(*v);
}
inline std::string TextOf(const Record& r, std::string_view name) {
  const FieldValue* v = FieldOf(r, name);
  return v != nullptr && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v)
                                                                 : std::string();
}
inline bool BoolOf(const Record& r, std::string_view name, bool fallback = false) {
  const FieldValue* v = FieldOf(r, name);
  return v != nullptr && std::holds_alternative<bool>(*v) ? std::get<bool>(*v) : fallback;
}
inline std::optional<MoneyValue> MoneyOf(const Record& r, std::string_view name) {
  const FieldValue* v = FieldOf(r, name);
  if (v == nullptr || !std::holds_alternative<MoneyValue>(*v)) return std::nullopt;
  return std::get<MoneyValue>(*v);
}
// A field as an update leaves it: the change's value when it has one (null included), else
// the stored one.
inline const FieldValue* EffectiveOf(const Record& current, const Record& changes,
                                     std::string_view name) {
  if (auto it = changes.find(name); it != changes.end()) return &it->second;
  if (auto it = current.find(name); it != current.end()) return &it->second;
  return nullptr;
}
inline std::string TextIn(const FieldValue* v) {
  return v != nullptr && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v)
                                                                 : std::string();
}
// An integer (an id, a timestamp) as an update leaves it; none when null or absent.
inline std::optional<std::int64_t> EffectiveInt(const Record& current, const Record& changes,
                                                std::string_view name) {
  const FieldValue* v = EffectiveOf(current, changes, name);
  if (v == nullptr || !std::holds_alternative<std::int64_t>(*v)) return std::nullopt;
  return std::get<std::int64_t>(*v);
}
// The stored record with `changes` applied: what a validation of an update must look at.
inline Record Merged(const Record& current, const Record& changes) {
  Record out = current;
  for (const auto& [k, v] : changes) out[k] = v;
  return out;
}

}  // namespace salesdesk::app
