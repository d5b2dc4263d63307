#include "storage/common/sql_util.h"

namespace salesdesk::storage {

std::string SqlForMessage(std::string_view sql) {
  constexpr std::size_t kMaxChars = 120;
  std::string out;
  bool pending_space = false;
  for (char c : sql) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
    if (out.size() >= kMaxChars) {
      // Never cut a UTF-8 sequence in half: messages end up in JSON problem bodies.
      while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
        out.pop_back();
      if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
      out += "...";
      break;
    }
  }
  return out;
}

}  // namespace salesdesk::storage
