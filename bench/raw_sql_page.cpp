// Lists-at-scale anchor: one SQL statement (the indexed query a list page needs) run over and
// over through the project's own driver (SQLite or PostgreSQL, same URL as `salesdesk serve`),
// one read transaction per iteration, every row materialised, no application logic. Prints a
// JSON line like loadgen: {"requests", "seconds", "rps", "p50_us", "p99_us", "errors", "rows"}.
// With --plan it prints the engine's plan of the statement instead (EXPLAIN QUERY PLAN /
// EXPLAIN), so the bench shows which index answers it.
//   raw_sql_page --db sqlite:PATH --sql "SELECT ..." [--seconds 5] [--plan | --print]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "storage/open/open_database.h"

namespace {

using salesdesk::storage::Dialect;
using salesdesk::storage::SqlValue;

void PrintRow(const std::vector<SqlValue>& row) {
  for (const auto& v : row) {
    if (const auto* s = std::get_if<std::string>(&v)) std::printf("%s ", s->c_str());
    if (const auto* i = std::get_if<std::int64_t>(&v)) std::printf("%lld ", (long long)*i);
  }
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  std::string url, sql;
  double seconds = 5;
  bool plan = false, print = false;  // --print: run once and print the rows (bench set-up)
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--db" && i + 1 < argc)
      url = argv[++i];
    else if (a == "--sql" && i + 1 < argc)
      sql = argv[++i];
    else if (a == "--seconds" && i + 1 < argc)
      seconds = std::atof(argv[++i]);
    else if (a == "--plan")
      plan = true;
    else if (a == "--print")
      print = true;
  }
  if (url.empty() || sql.empty()) {
    std::fprintf(stderr, "usage: raw_sql_page --db URL --sql SQL [--seconds N] [--plan]\n");
    return 2;
  }
  auto db = salesdesk::storage::OpenDatabase(url);
  if (!db.ok()) {
    std::fprintf(stderr, "raw_sql_page: %s\n", db.error().message.c_str());
    return 1;
  }
  if (plan || print) {
    auto tx = (*db)->BeginRead();
    const bool sqlite = (*db)->dialect() == Dialect::kSqlite;
    auto rows = (*tx)->Query(print ? sql : (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql);
    if (!rows.ok()) {
      std::fprintf(stderr, "raw_sql_page: %s\n", rows.error().message.c_str());
      return 1;
    }
    for (const auto& row : rows->rows) PrintRow(row);
    return 0;
  }
  using Clock = std::chrono::steady_clock;
  std::vector<double> us;
  std::size_t errors = 0, rows_seen = 0;
  const auto start = Clock::now();
  const auto until = start + std::chrono::duration<double>(seconds);
  while (Clock::now() < until) {
    const auto t0 = Clock::now();
    auto tx = (*db)->BeginRead();
    bool ok = tx.ok();
    if (ok) {
      auto rows = (*tx)->Query(sql);
      ok = rows.ok();
      if (ok) rows_seen = rows->rows.size();
      ok = ok && (*tx)->Commit().ok();
    }
    if (!ok) ++errors;
    us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
  }
  const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  std::sort(us.begin(), us.end());
  auto pct = [&](double p) {
    return us.empty() ? 0.0 : us[std::min(us.size() - 1, static_cast<std::size_t>(p * us.size()))];
  };
  std::printf(
      "{\"requests\":%zu,\"seconds\":%.3f,\"rps\":%.1f,\"p50_us\":%.1f,\"p99_us\":%.1f,"
      "\"errors\":%zu,\"non2xx\":0,\"rows\":%zu}\n",
      us.size(), elapsed, us.size() / elapsed, pct(0.50), pct(0.99), errors, rows_seen);
  return errors == 0 ? 0 : 1;
}
