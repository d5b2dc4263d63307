#include "http/route.h"

#include <string_view>

namespace salesdesk::http {

bool MatchRoute(const std::string& pattern, const std::string& path,
                std::vector<std::int64_t>& ids) {
  ids.clear();
  std::string_view p(pattern), s(path);
  while (!p.empty() || !s.empty()) {
    if (p.empty() || s.empty() || p[0] != '/' || s[0] != '/') return false;
    p.remove_prefix(1);
    s.remove_prefix(1);
    std::string_view pseg = p.substr(0, p.find('/'));
    std::string_view sseg = s.substr(0, s.find('/'));
    p.remove_prefix(pseg.size());
    s.remove_prefix(sseg.size());
    if (pseg == "{id}") {
      if (sseg.empty() || sseg.size() > 18 || sseg[0] == '0') return false;
      std::int64_t v = 0;
      for (char c : sseg) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
      }
      ids.push_back(v);
    } else if (pseg != sseg) {
      return false;
    }
  }
  return true;
}

}  // namespace salesdesk::http
