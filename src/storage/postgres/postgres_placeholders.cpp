#include "storage/postgres/postgres_placeholders.h"

namespace salesdesk::storage {
namespace {

bool IsIdentifierChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Each Skip* gets the index of the opening character and returns the index just past the
// construct (or the end of the text when it is unterminated: the server will report that).

std::size_t SkipQuoted(std::string_view sql, std::size_t i, char quote, bool backslash_escapes) {
  for (++i; i < sql.size(); ++i) {
    if (backslash_escapes && sql[i] == '\\') {
      ++i;
    } else if (sql[i] == quote) {
      // A doubled quote escapes itself; scanning it as "close, then open again" is equivalent.
      return i + 1;
    }
  }
  return sql.size();
}

std::size_t SkipLineComment(std::string_view sql, std::size_t i) {
  const std::size_t end = sql.find('\n', i);
  return end == std::string_view::npos ? sql.size() : end + 1;
}

std::size_t SkipBlockComment(std::string_view sql, std::size_t i) {
  int depth = 0;  // PostgreSQL block comments nest
  while (i < sql.size()) {
    if (sql.compare(i, 2, "/*") == 0) {
      ++depth;
      i += 2;
    } else if (sql.compare(i, 2, "*/") == 0) {
      i += 2;
      if (--depth == 0) return i;
    } else {
      ++i;
    }
  }
  return sql.size();
}

// Returns i itself when the '$' does not open a dollar-quoted string ($1, or part of a name).
std::size_t SkipDollarQuoted(std::string_view sql, std::size_t i) {
  if (i > 0 && IsIdentifierChar(sql[i - 1])) return i;
  std::size_t j = i + 1;
  if (j < sql.size() && sql[j] >= '0' && sql[j] <= '9') return i;
  while (j < sql.size() && IsIdentifierChar(sql[j])) ++j;
  if (j >= sql.size() || sql[j] != '$') return i;
  const std::string_view tag = sql.substr(i, j - i + 1);
  const std::size_t close = sql.find(tag, j + 1);
  return close == std::string_view::npos ? sql.size() : close + tag.size();
}

}  // namespace

RewrittenSql RewritePlaceholders(std::string_view sql) {
  RewrittenSql out;
  out.text.reserve(sql.size() + 16);
  std::size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    std::size_t next = i + 1;
    if (c == '\'') {
      // E'…' strings use backslash escapes; the E must not end a longer identifier.
      const bool escape_string = i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e') &&
                                 (i < 2 || !IsIdentifierChar(sql[i - 2]));
      next = SkipQuoted(sql, i, '\'', escape_string);
    } else if (c == '"') {
      next = SkipQuoted(sql, i, '"', false);
    } else if (c == '-' && sql.compare(i, 2, "--") == 0) {
      next = SkipLineComment(sql, i);
    } else if (c == '/' && sql.compare(i, 2, "/*") == 0) {
      next = SkipBlockComment(sql, i);
    } else if (c == '$') {
      next = SkipDollarQuoted(sql, i);
      if (next == i) next = i + 1;
    } else if (c == '?') {
      out.text += '$';
      out.text += std::to_string(++out.parameter_count);
      i = next;
      continue;
    }
    out.text.append(sql.substr(i, next - i));
    i = next;
  }
  return out;
}

}  // namespace salesdesk::storage
