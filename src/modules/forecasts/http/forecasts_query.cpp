#include "modules/forecasts/http/forecasts_query.h"

#include <charconv>

#include "http/query_string.h"

namespace salesdesk::http {

core::Result<std::map<std::string, std::string>> ForecastParams(
    const Request& request, const std::set<std::string>& allowed) {
  SD_ASSIGN(QueryParams params, ParseQueryString(request.query));
  std::map<std::string, std::string> out;
  for (auto& [name, value] : params) {
    if (!allowed.contains(name) || out.contains(name)) {
      std::string list;
      for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
      return core::Error::Invalid(
          "query." + name, core::Msg("forecasts.param", {{"name", name}, {"allowed", list}}));
    }
    out[name] = value;
  }
  return out;
}

core::Result<std::int64_t> IntParam(const std::string& name, const std::string& value,
                                    std::int64_t min, std::int64_t max) {
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || n < min || n > max) {
    return core::Error::Invalid(
        name,
        core::Msg("field.out_of_range",
                  {{"field", name}, {"min", std::to_string(min)}, {"max", std::to_string(max)}}));
  }
  return n;
}

}  // namespace salesdesk::http
