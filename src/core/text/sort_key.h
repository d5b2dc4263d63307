// Sort keys for people's and companies' names: case- and accent-insensitive for Latin
// scripts, so "Análisis" sorts between "Anouk" and "Antoine" the same way on SQLite (which has
// no locale collation) and PostgreSQL. Stored beside the name and indexed, so sorted lists
// still walk an index.
#pragma once

#include <string>
#include <string_view>

namespace salesdesk::core {

// Lower-cases ASCII letters and folds Latin-1 Supplement and Latin Extended-A letters to their
// base letters ("Ä" -> "a", "ß" -> "ss", "Ł" -> "l"); every other character is kept as it is,
// so other scripts sort by code point. Comparing keys bytewise gives the order.
std::string SortKey(std::string_view utf8);

}  // namespace salesdesk::core
