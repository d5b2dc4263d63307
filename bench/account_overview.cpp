// The account 360's anchor: the raw indexed SQL reads GET /accounts/{id}/overview does, with no
// application logic, in process on the same SQLite database the server uses, from `--threads`
// readers at once (each its own connection, as the server's 8 connections are 8 requests in
// flight). Per iteration, in one read transaction: the account; the settings row (the company
// day); revenue this year and last year (posted invoices and credit notes summed per currency);
// the ageing's reads (the account's posted invoices, their instalments, payments, credit notes
// and write-offs, and its payments on no invoice); the last order and last visit; the open
// pipeline summed per currency; and each list's first 5 rows with its count (open quotes,
// orders, active contracts, open deals, planned activities, open tasks, contacts). Visibility
// is the director's (all), so there is no owner filter. Prints a JSON line like loadgen:
// {"requests", "seconds", "rps", "p50_us", "p99_us", "errors", "non2xx"}.
//   account_overview --db PATH --account ID --today YYYY-MM-DD --seconds 5 --threads 8
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Reader {
  sqlite3* db = nullptr;
  std::vector<sqlite3_stmt*> statements;  // each binds ?1 = account, ?2 and ?3 = dates if any
};

void Check(sqlite3* db, int rc, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    std::exit(1);
  }
}

// The reads, in the overview's order. ?1 the account, ?2/?3 a date window where one is named.
const char* const kReads[] = {
    "SELECT * FROM accounts WHERE id = ?1",
    "SELECT * FROM settings WHERE id = 1",
    // Revenue: this year (?2 = Jan 1, ?3 = today) — the same statements run again for last year.
    "SELECT untaxed_currency, SUM(untaxed_minor), COUNT(*) FROM invoices WHERE account_id = ?1 "
    "AND status = 'posted' AND invoice_date >= ?2 AND invoice_date <= ?3 GROUP BY "
    "untaxed_currency",
    "SELECT untaxed_currency, SUM(untaxed_minor), COUNT(*) FROM credit_notes WHERE account_id = "
    "?1 AND status = 'posted' AND credit_date >= ?2 AND credit_date <= ?3 GROUP BY "
    "untaxed_currency",
    // The ageing of this customer at today (?3).
    "SELECT * FROM invoices WHERE account_id = ?1 AND status = 'posted' AND invoice_date <= ?3",
    "SELECT i.* FROM invoice_instalments i WHERE i.invoice_id IN (SELECT id FROM invoices WHERE "
    "account_id = ?1 AND status = 'posted' AND invoice_date <= ?3)",
    "SELECT p.* FROM payments p WHERE p.account_id = ?1 AND p.paid_on <= ?3",
    "SELECT c.* FROM credit_notes c WHERE c.account_id = ?1 AND c.status = 'posted' AND "
    "c.credit_date <= ?3",
    "SELECT w.* FROM invoice_write_offs w WHERE w.account_id = ?1 AND w.written_off_on <= ?3",
    // Last order, last visit, open pipeline.
    "SELECT * FROM sales_orders WHERE account_id = ?1 AND status <> 'cancelled' ORDER BY "
    "ordered_on DESC, id DESC LIMIT 1",
    "SELECT * FROM activities WHERE account_id = ?1 AND kind = 'visit' AND status = 'done' ORDER "
    "BY done_at DESC, id DESC LIMIT 1",
    "SELECT amount_currency, SUM(amount_minor), COUNT(*) FROM opportunities WHERE account_id = ?1 "
    "AND forecast_category IN ('commit', 'best_case', 'pipeline') GROUP BY amount_currency",
    // The lists: first 5 and the count.
    "SELECT * FROM quotes WHERE account_id = ?1 AND status IN ('draft', 'pending_approval', "
    "'approved', 'sent') ORDER BY id DESC LIMIT 5",
    "SELECT COUNT(*) FROM quotes WHERE account_id = ?1 AND status IN ('draft', "
    "'pending_approval', 'approved', 'sent')",
    "SELECT * FROM sales_orders WHERE account_id = ?1 AND status <> 'cancelled' ORDER BY "
    "ordered_on DESC, id DESC LIMIT 5",
    "SELECT COUNT(*) FROM sales_orders WHERE account_id = ?1 AND status <> 'cancelled'",
    "SELECT * FROM contracts WHERE account_id = ?1 AND status = 'active' ORDER BY end_date, id "
    "LIMIT 5",
    "SELECT COUNT(*) FROM contracts WHERE account_id = ?1 AND status = 'active'",
    "SELECT * FROM opportunities WHERE account_id = ?1 AND forecast_category IN ('commit', "
    "'best_case', 'pipeline') ORDER BY expected_close, id LIMIT 5",
    "SELECT COUNT(*) FROM opportunities WHERE account_id = ?1 AND forecast_category IN "
    "('commit', 'best_case', 'pipeline')",
    "SELECT * FROM activities WHERE account_id = ?1 AND status = 'planned' ORDER BY planned_at, "
    "id LIMIT 5",
    "SELECT COUNT(*) FROM activities WHERE account_id = ?1 AND status = 'planned'",
    "SELECT * FROM tasks WHERE related_entity = 'accounts' AND related_id = ?1 AND done = 0 ORDER "
    "BY due_on, id LIMIT 5",
    "SELECT COUNT(*) FROM tasks WHERE related_entity = 'accounts' AND related_id = ?1 AND done = "
    "0",
    "SELECT * FROM contacts WHERE account_id = ?1 ORDER BY is_primary DESC, id LIMIT 5",
    "SELECT COUNT(*) FROM contacts WHERE account_id = ?1",
};

// Steps through every row, touching each column as a reader of the row would.
long long Drain(sqlite3* db, sqlite3_stmt* s) {
  long long touched = 0;
  int rc = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    for (int c = 0; c < sqlite3_column_count(s); ++c) {
      touched += sqlite3_column_type(s, c) == SQLITE_TEXT ? sqlite3_column_bytes(s, c)
                                                          : sqlite3_column_int64(s, c) & 1;
    }
  }
  Check(db, rc, "step");
  sqlite3_reset(s);
  return touched;
}

void Bind(sqlite3_stmt* s, long long account, const std::string& from, const std::string& to) {
  const int n = sqlite3_bind_parameter_count(s);
  if (n >= 1) sqlite3_bind_int64(s, 1, account);
  if (n >= 2) sqlite3_bind_text(s, 2, from.c_str(), -1, SQLITE_TRANSIENT);
  if (n >= 3) sqlite3_bind_text(s, 3, to.c_str(), -1, SQLITE_TRANSIENT);
}

}  // namespace

int main(int argc, char** argv) {
  std::string path, today;
  long long account = 0;
  double seconds = 5;
  int threads = 8;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--db") == 0) path = argv[i + 1];
    if (std::strcmp(argv[i], "--account") == 0) account = std::atoll(argv[i + 1]);
    if (std::strcmp(argv[i], "--today") == 0) today = argv[i + 1];
    if (std::strcmp(argv[i], "--seconds") == 0) seconds = std::atof(argv[i + 1]);
    if (std::strcmp(argv[i], "--threads") == 0) threads = std::atoi(argv[i + 1]);
  }
  if (path.empty() || account == 0 || today.size() != 10) {
    std::fprintf(stderr, "account_overview --db PATH --account ID --today YYYY-MM-DD\n");
    return 1;
  }
  const int year = std::atoi(today.substr(0, 4).c_str());
  const std::string jan1 = today.substr(0, 4) + "-01-01";
  const std::string last_jan1 = std::to_string(year - 1) + "-01-01";
  const std::string last_dec31 = std::to_string(year - 1) + "-12-31";

  std::vector<Reader> readers(threads);
  for (auto& r : readers) {
    Check(r.db, sqlite3_open_v2(path.c_str(), &r.db, SQLITE_OPEN_READONLY, nullptr), "open");
    for (const char* sql : kReads) {
      sqlite3_stmt* s = nullptr;
      Check(r.db, sqlite3_prepare_v2(r.db, sql, -1, &s, nullptr), sql);
      r.statements.push_back(s);
    }
  }
  std::mutex mu;
  std::vector<double> latencies;
  long long touched = 0;
  const auto start = std::chrono::steady_clock::now();
  const auto until = start + std::chrono::duration<double>(seconds);
  std::vector<std::thread> pool;
  for (auto& r : readers) {
    pool.emplace_back([&, reader = &r] {
      std::vector<double> mine;
      long long t = 0;
      while (std::chrono::steady_clock::now() < until) {
        const auto t0 = std::chrono::steady_clock::now();
        Check(reader->db, sqlite3_exec(reader->db, "BEGIN", nullptr, nullptr, nullptr), "begin");
        for (std::size_t i = 0; i < reader->statements.size(); ++i) {
          sqlite3_stmt* s = reader->statements[i];
          Bind(s, account, jan1, today);
          t += Drain(reader->db, s);
          if (i == 2 || i == 3) {  // revenue: last year too
            Bind(s, account, last_jan1, last_dec31);
            t += Drain(reader->db, s);
          }
        }
        Check(reader->db, sqlite3_exec(reader->db, "COMMIT", nullptr, nullptr, nullptr), "commit");
        mine.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count());
      }
      std::lock_guard<std::mutex> lock(mu);
      latencies.insert(latencies.end(), mine.begin(), mine.end());
      touched += t;
    });
  }
  for (auto& th : pool) th.join();
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::sort(latencies.begin(), latencies.end());
  auto pct = [&](double q) {
    return latencies[static_cast<std::size_t>(q * (latencies.size() - 1))];
  };
  std::printf(
      "{\"requests\":%zu,\"seconds\":%.3f,\"rps\":%.1f,\"p50_us\":%.1f,\"p99_us\":%.1f,"
      "\"errors\":0,\"non2xx\":0,\"touched\":%lld}\n",
      latencies.size(), elapsed, latencies.size() / elapsed, pct(0.5) * 1000, pct(0.99) * 1000,
      touched);
  for (auto& r : readers) {
    for (auto* s : r.statements) sqlite3_finalize(s);
    sqlite3_close(r.db);
  }
  return 0;
}
