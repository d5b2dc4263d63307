// A figure's drill-down: the web app's list of its records with the list's own filters
// (`/invoices?owner_id=7&status=posted`), so a click shows exactly the records counted.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace salesdesk::modules::cockpit {

using DrillFilters = std::vector<std::pair<std::string_view, std::string>>;

std::string Drill(std::string_view list, const DrillFilters& filters);

}  // namespace salesdesk::modules::cockpit
