// Raw anchor for write benchmarks: one INSERT of an account-sized row per transaction on SQLite
// in WAL mode with synchronous=FULL, no application logic. Prints a JSON line like loadgen.
//   sqlite_insert_anchor --db /tmp/anchor.db --seconds 5
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

void Check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    std::exit(1);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = "/tmp/salesdesk-anchor.db";
  double seconds = 5;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--db") == 0) path = argv[i + 1];
    if (std::strcmp(argv[i], "--seconds") == 0) seconds = std::atof(argv[i + 1]);
  }
  std::remove(path.c_str());
  sqlite3* db = nullptr;
  Check(sqlite3_open(path.c_str(), &db), db, "open");
  Check(sqlite3_exec(db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                     "CREATE TABLE accounts (id INTEGER PRIMARY KEY, version INTEGER, created_at "
                     "INTEGER, updated_at INTEGER, kind TEXT, name TEXT, country TEXT, currency "
                     "TEXT, credit_limit_minor INTEGER, credit_limit_currency TEXT, lifecycle TEXT,"
                     " owner_id INTEGER);",
                     nullptr, nullptr, nullptr),
        db, "schema");
  sqlite3_stmt* insert = nullptr;
  Check(sqlite3_prepare_v2(db,
                           "INSERT INTO accounts (version, created_at, updated_at, kind, name, "
                           "country, currency, credit_limit_minor, credit_limit_currency, "
                           "lifecycle, owner_id) VALUES (1, ?, ?, 'company', ?, 'DE', 'EUR', "
                           "2500000, 'EUR', 'prospect', 7)",
                           -1, &insert, nullptr),
        db, "prepare");
  std::vector<double> latencies;
  auto start = std::chrono::steady_clock::now();
  auto deadline = start + std::chrono::duration<double>(seconds);
  for (long n = 0; std::chrono::steady_clock::now() < deadline; ++n) {
    auto t0 = std::chrono::steady_clock::now();
    Check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin");
    std::string name = "Anchor account " + std::to_string(n);
    sqlite3_bind_int64(insert, 1, n);
    sqlite3_bind_int64(insert, 2, n);
    sqlite3_bind_text(insert, 3, name.c_str(), -1, SQLITE_TRANSIENT);
    Check(sqlite3_step(insert), db, "insert");
    sqlite3_reset(insert);
    Check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    latencies.push_back(
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
  }
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::sort(latencies.begin(), latencies.end());
  auto pct = [&](double p) {
    return latencies.empty() ? 0.0 : latencies[static_cast<size_t>(p * (latencies.size() - 1))];
  };
  std::printf("{\"requests\":%zu,\"rps\":%.1f,\"p50_us\":%.0f,\"p99_us\":%.0f}\n", latencies.size(),
              latencies.size() / elapsed, pct(0.50), pct(0.99));
  sqlite3_finalize(insert);
  sqlite3_close(db);
  return 0;
}
