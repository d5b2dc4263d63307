#include "app/io/import_columns.h"

#include <charconv>
#include <set>

#include "app/io/import_source.h"

namespace salesdesk::app::io {
namespace {

namespace json = boost::json;
using core::Error;

bool Importable(const FieldSpec& f) { return !f.read_only && f.type != FieldType::kJson; }

constexpr std::string_view kAmount = "_amount";
constexpr std::string_view kCurrency = "_currency";

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() > tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// The field a target belongs to and, for money, which member ("amount" / "currency").
std::pair<const FieldSpec*, std::string_view> FieldOfTarget(const EntitySpec& e,
                                                            std::string_view target) {
  for (auto tail : {kAmount, kCurrency}) {
    if (!EndsWith(target, tail)) continue;
    const FieldSpec* f = e.Field(target.substr(0, target.size() - tail.size()));
    if (f != nullptr && f->type == FieldType::kMoney && Importable(*f)) return {f, tail.substr(1)};
  }
  const FieldSpec* f = e.Field(target);
  if (f != nullptr && Importable(*f) && f->type != FieldType::kMoney) return {f, {}};
  return {nullptr, {}};
}

json::value CellValue(const FieldSpec& f, const std::string& cell) {
  switch (f.type) {
    case FieldType::kInteger:
    case FieldType::kRef: {
      std::int64_t v = 0;
      const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), v);
      if (ec == std::errc() && end == cell.data() + cell.size()) return v;
      return json::string(cell);
    }
    case FieldType::kBool: {
      const std::string n = NormalisedColumn(cell);
      if (n == "true" || n == "1" || n == "yes") return true;
      if (n == "false" || n == "0" || n == "no") return false;
      return json::string(cell);
    }
    default:
      return json::string(cell);
  }
}

}  // namespace

std::vector<std::string> ImportTargets(const EntitySpec& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) {
    if (!Importable(f)) continue;
    if (f.type == FieldType::kMoney) {
      out.push_back(std::string(f.name) + std::string(kAmount));
      out.push_back(std::string(f.name) + std::string(kCurrency));
    } else {
      out.emplace_back(f.name);
    }
  }
  return out;
}

std::string NormalisedColumn(std::string_view header) {
  std::string out;
  for (char c : header) {
    if (c == ' ' || c == '-' || c == '\t') c = '_';
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  const auto first = out.find_first_not_of('_');
  const auto last = out.find_last_not_of('_');
  return first == std::string::npos ? std::string() : out.substr(first, last - first + 1);
}

ColumnMapping ProposeMapping(const EntitySpec& e, const std::vector<std::string>& header) {
  ColumnMapping out;
  std::set<std::string> taken;
  for (const auto& column : header) {
    const std::string n = NormalisedColumn(column);
    if (FieldOfTarget(e, n).first != nullptr && taken.insert(n).second) out[column] = n;
  }
  return out;
}

std::string ShapeKey(const EntitySpec& e, const std::vector<std::string>& header) {
  std::string text(e.plural);
  for (const auto& column : header) text += '\x1f' + NormalisedColumn(column);
  return StableDigest(text);
}

core::Result<void> CheckMapping(const EntitySpec& e, const std::vector<std::string>& header,
                                const ColumnMapping& mapping) {
  core::FieldIssues issues;
  std::set<std::string> columns(header.begin(), header.end());
  std::set<std::string> targets;
  for (const auto& [column, target] : mapping) {
    const std::string field = "mapping." + column;
    if (!columns.count(column)) {
      issues.Add(field, core::Msg("import.unknown_column", {{"column", column}}));
    } else if (FieldOfTarget(e, target).first == nullptr) {
      issues.Add(field, core::Msg("import.unknown_field",
                                  {{"entity", std::string(e.plural)}, {"field", target}}));
    } else if (!targets.insert(target).second) {
      issues.Add(field, core::Msg("import.field_twice", {{"field", target}}));
    }
  }
  if (mapping.empty()) issues.Add("mapping", core::Msg("import.no_mapping"));
  if (!issues.empty()) return issues.ToError();
  return {};
}

json::object RowToBody(const EntitySpec& e, const std::vector<std::string>& header,
                       const ColumnMapping& mapping, const std::vector<std::string>& cells,
                       std::map<std::string, std::string>& column_of) {
  json::object body;
  column_of.clear();
  for (std::size_t i = 0; i < header.size(); ++i) {
    const auto m = mapping.find(header[i]);
    if (m == mapping.end()) continue;
    const auto [f, member] = FieldOfTarget(e, m->second);
    if (f == nullptr) continue;
    // Every mapped column is named, empty or not: a required field left empty is its column's.
    const std::string name(f->name);
    const std::string key = member.empty() ? name : name + "." + std::string(member);
    column_of[key] = header[i];
    if (!column_of.count(name)) column_of[name] = header[i];
    if (i >= cells.size() || cells[i].empty()) continue;
    if (member.empty()) {
      body[name] = CellValue(*f, cells[i]);
    } else {
      json::value& money = body[name];
      if (!money.is_object()) money = json::object{};
      money.as_object()[member] = json::string(cells[i]);
    }
  }
  return body;
}

}  // namespace salesdesk::app::io
