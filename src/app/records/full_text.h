// ?q= through the engines' full-text indexes (issue 11, decision 0064): which entities have one
// and over which fields, and the words of a query. Storage renders the words into its engine's
// query syntax (SQLite FTS5 MATCH, PostgreSQL tsquery); they never carry that syntax
// themselves, so user input is plain text whatever it holds.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace salesdesk::app {

// An entity's full-text index. Migrations make it (SQLite: the FTS5 table <table>_fts with these
// columns; PostgreSQL: the GIN index <table>_fts_idx on the tsvector of these fields, in this
// order); the full-text contract test holds the two together.
struct FullTextIndex {
  std::vector<std::string_view> fields;
  // A reference field: the record also matches when the record it names matches through its own
  // index (a quote by its customer's name). The two entities share their read policy (a unit
  // test holds them to it), so the listed entity's visibility applies to the referenced one and
  // a customer the caller may not see never matches.
  std::string_view via;
};

// The entity's full-text index, or nullptr: its ?q= stays a case-insensitive LIKE over the
// spec's search_fields. Kept beside the spec rather than in EntitySpec for now (decision 0064).
const FullTextIndex* FullTextIndexOf(std::string_view plural);

// Document numbers carry their running number in this many digits at least (Q-2026-00042).
inline constexpr std::size_t kDocumentNumberDigits = 5;

// One word of the query: a record matches it when one of its indexed words begins with one of
// `prefixes` (case and accents folded by the engine).
struct SearchWord {
  std::vector<std::string> prefixes;
  bool operator==(const SearchWord&) const = default;
};

// Splits `q` into words at spaces, ASCII punctuation and symbols, and the common Unicode
// punctuation (Latin-1 signs, General Punctuation, CJK punctuation) — the characters the
// engines' tokenizers also split at. A word of digits shorter than kDocumentNumberDigits also
// matches padded with zeros up to that width, so "42" and "0042" find Q-2026-00042. Every word
// must match (AND); no word means the search matches nothing.
std::vector<SearchWord> SearchWords(std::string_view q);

}  // namespace salesdesk::app
