// Shorthands for declaring entity fields and role policies, shared by the catalog's files.
#pragma once

#include <algorithm>
#include <initializer_list>

#include "app/records/entity_spec.h"

namespace salesdesk::app::catalog {

using F = FieldType;
using R = Role;

inline FieldSpec Text(std::string_view name, bool required = false, int max_length = 200) {
  FieldSpec f{
      .name = name, .type = F::kText, .required = required, .filterable = true, .sortable = true};
  f.max_length = max_length;
  return f;
}
inline FieldSpec Ref(std::string_view name, std::string_view entity, bool required = false) {
  return FieldSpec{.name = name,
                   .type = F::kRef,
                   .required = required,
                   .filterable = true,
                   .sortable = true,
                   .ref_entity = entity};
}
inline FieldSpec Enum(std::string_view name, std::vector<std::string_view> values, bool required,
                      FieldValue def = {}) {
  FieldSpec f{
      .name = name, .type = F::kEnum, .required = required, .filterable = true, .sortable = true};
  f.enum_values = std::move(values);
  f.default_value = std::move(def);
  return f;
}
// The units a product is sold in; every other unit field (list items, rules, lines) takes one of
// them, so a price or a rule can never name a unit no product has.
inline const std::vector<std::string_view> kUnits = {"pc", "box", "pack", "set", "kg",
                                                     "g",  "l",   "ml",   "m"};
inline FieldSpec Unit(std::string_view description = {}) {
  FieldSpec f = Enum("unit", kUnits, false);
  f.description = description;
  return f;
}
inline FieldSpec Bool(std::string_view name, bool def) {
  FieldSpec f{.name = name, .type = F::kBool, .filterable = true, .sortable = true};
  f.nullable = false;
  f.default_value = def;
  return f;
}
// A name people scan alphabetically: sorted case- and accent-insensitively.
inline FieldSpec Name(std::string_view name = "name", int max_length = 200) {
  FieldSpec f = Text(name, true, max_length);
  f.sort_folded = true;
  return f;
}
inline FieldSpec Of(FieldSpec f, std::string_view description) {
  f.description = description;
  return f;
}
// A field that always holds a value (its column is NOT NULL): null in a request is refused with
// a 422 naming the field, instead of reaching the database.
inline FieldSpec NeverNull(FieldSpec f) {
  f.nullable = false;
  return f;
}

// Policies shared by several entities.
inline std::vector<RolePolicy> ReadAllWrite(std::initializer_list<Role> writers) {
  std::vector<RolePolicy> out;
  for (Role r : kAllRoles) {
    out.push_back(
        {r, ReadAccess::kAll, std::find(writers.begin(), writers.end(), r) != writers.end()});
  }
  return out;
}
inline std::vector<RolePolicy> CustomerDataPolicy() {
  return {{R::kDirector, ReadAccess::kAll, true},   {R::kSeniorManager, ReadAccess::kScoped, true},
          {R::kManager, ReadAccess::kScoped, true}, {R::kRep, ReadAccess::kScoped, true},
          {R::kFinance, ReadAccess::kAll, false},   {R::kLogistics, ReadAccess::kAll, false}};
}

inline FieldSpec Int(std::string_view name, std::int64_t min, std::int64_t max) {
  return FieldSpec{.name = name,
                   .type = F::kInteger,
                   .filterable = true,
                   .sortable = true,
                   .min = min,
                   .max = max};
}
// A reference to a record of the kind another field names (a task's related_id, by its
// related_entity): checked on write and linked on the web as a Ref of that kind.
inline FieldSpec RefFrom(std::string_view name, std::string_view kind_field) {
  FieldSpec f = Int(name, 1, INT64_MAX);
  f.ref_entity_from = kind_field;
  return f;
}
// A fixed-scale decimal: quantities (3), unit prices (6), percentages (4).
inline FieldSpec Decimal(std::string_view name, int scale, std::int64_t min = INT64_MIN,
                         std::int64_t max = INT64_MAX) {
  return FieldSpec{.name = name,
                   .type = F::kDecimal,
                   .filterable = true,
                   .sortable = true,
                   .min = min,
                   .max = max,
                   .scale = scale};
}
inline FieldSpec DateField(std::string_view name, bool required = false) {
  return FieldSpec{
      .name = name, .type = F::kDate, .required = required, .filterable = true, .sortable = true};
}
inline FieldSpec MoneyField(std::string_view name) {
  return FieldSpec{.name = name, .type = F::kMoney, .sortable = true, .min = 0};
}
inline FieldSpec Json(std::string_view name) { return FieldSpec{.name = name, .type = F::kJson}; }
inline FieldSpec Timestamp(std::string_view name) {
  return FieldSpec{
      .name = name, .type = F::kTimestamp, .read_only = true, .filterable = true, .sortable = true};
}
// An instant the client writes (RFC 3339 with an offset): a visit's time, a request's receipt.
inline FieldSpec ClientInstant(std::string_view name, std::string_view description) {
  FieldSpec f = Timestamp(name);
  f.read_only = false;
  f.description = description;
  return f;
}
inline FieldSpec ReadOnly(FieldSpec f) {
  f.read_only = true;
  return f;
}
inline FieldSpec CostSensitive(FieldSpec f) {
  f.cost_sensitive = true;
  f.filterable = false;
  f.sortable = false;
  return f;
}

}  // namespace salesdesk::app::catalog
