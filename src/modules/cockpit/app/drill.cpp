#include "modules/cockpit/app/drill.h"

namespace salesdesk::modules::cockpit {

// Filter values are ids, dates and enum values: nothing in them needs escaping.
std::string Drill(std::string_view list, const DrillFilters& filters) {
  std::string out(list);
  char sep = '?';
  for (const auto& [name, value] : filters) {
    out += sep;
    out += name;
    out += '=';
    out += value;
    sep = '&';
  }
  return out;
}

}  // namespace salesdesk::modules::cockpit
