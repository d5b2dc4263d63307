#include "http/query_string.h"

#include "http/percent_decoding.h"

namespace salesdesk::http {

core::Result<QueryParams> ParseQueryString(std::string_view query) {
  QueryParams out;
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view part = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    if (part.empty()) continue;
    size_t eq = part.find('=');
    auto key = PercentDecode(part.substr(0, eq), /*plus_is_space=*/true);
    if (!key) {
      return core::Error::Invalid("query", core::Msg("query.name_not_encoded"));
    }
    std::optional<std::string> value = std::string();
    if (eq != std::string_view::npos) value = PercentDecode(part.substr(eq + 1), true);
    if (!value) {
      return core::Error::Invalid("query." + *key,
                                  core::Msg("query.value_not_encoded", {{"name", *key}}));
    }
    out.emplace_back(std::move(*key), std::move(*value));
  }
  return out;
}

}  // namespace salesdesk::http
