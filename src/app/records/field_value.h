// The values a record field can hold. Money keeps its currency code beside the amount in
// minor units; decimals are scaled integers (the scale lives on the field spec); dates are
// ISO "YYYY-MM-DD" text; instants are UTC microseconds.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <variant>

namespace salesdesk::app {

struct MoneyValue {
  std::int64_t minor = 0;
  std::string currency;
  bool operator==(const MoneyValue&) const = default;
};

using FieldValue = std::variant<std::monostate, std::int64_t, std::string, bool, MoneyValue>;

inline bool IsNull(const FieldValue& v) { return std::holds_alternative<std::monostate>(v); }

// A record: field name -> value. Includes the meta fields id, version, created_at, updated_at.
using Record = std::map<std::string, FieldValue, std::less<>>;

inline std::int64_t RecordId(const Record& r) {
  auto it = r.find("id");
  return it == r.end() ? 0 : std::get<std::int64_t>(it->second);
}
inline std::int64_t RecordVersion(const Record& r) {
  auto it = r.find("version");
  return it == r.end() ? 0 : std::get<std::int64_t>(it->second);
}

}  // namespace salesdesk::app
