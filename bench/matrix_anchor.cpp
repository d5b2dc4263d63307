// W7's columnar anchor (bench/matrix.sh): the posted invoices and credit notes of one currency
// loaded once from the database into columns (rep, month, amount), then the rep × month sums
// scanned from them, one thread, as an in-memory columnar cache would answer the matrix.
//   matrix_anchor DB CURRENCY FROM_DAY TO_DAY RUNS
// Prints "rows=N scan_ms=<median>" for the scan alone (the load is not timed).
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

struct Columns {
  std::vector<std::uint32_t> rep;    // owner_id
  std::vector<std::uint16_t> month;  // months since FROM_DAY's month
  std::vector<std::int64_t> amount;  // signed minor units: credit notes negative
};

int MonthIndex(const unsigned char* day, int from_year, int from_month) {
  const int y = std::atoi(std::string(reinterpret_cast<const char*>(day), 4).c_str());
  const int m = std::atoi(std::string(reinterpret_cast<const char*>(day) + 5, 2).c_str());
  return (y - from_year) * 12 + (m - from_month);
}

void Load(sqlite3* db, const char* sql, const std::string& currency, const std::string& from,
          const std::string& to, std::int64_t sign, Columns& c) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "%s\n", sqlite3_errmsg(db));
    std::exit(1);
  }
  sqlite3_bind_text(st, 1, currency.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 2, from.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 3, to.c_str(), -1, SQLITE_TRANSIENT);
  const int fy = std::atoi(from.substr(0, 4).c_str()), fm = std::atoi(from.substr(5, 2).c_str());
  while (sqlite3_step(st) == SQLITE_ROW) {
    c.rep.push_back(static_cast<std::uint32_t>(sqlite3_column_int64(st, 0)));
    c.month.push_back(static_cast<std::uint16_t>(MonthIndex(sqlite3_column_text(st, 1), fy, fm)));
    c.amount.push_back(sign * sqlite3_column_int64(st, 2));
  }
  sqlite3_finalize(st);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) {
    std::fprintf(stderr, "usage: matrix_anchor DB CURRENCY FROM_DAY TO_DAY RUNS\n");
    return 2;
  }
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return 1;
  Columns c;
  Load(db,
       "SELECT owner_id, invoice_date, untaxed_minor FROM invoices WHERE status = 'posted' AND "
       "untaxed_currency = ?1 AND invoice_date BETWEEN ?2 AND ?3",
       argv[2], argv[3], argv[4], 1, c);
  Load(db,
       "SELECT owner_id, credit_date, untaxed_minor FROM credit_notes WHERE status = 'posted' "
       "AND untaxed_currency = ?1 AND credit_date BETWEEN ?2 AND ?3",
       argv[2], argv[3], argv[4], -1, c);
  sqlite3_close(db);
  const std::uint32_t reps = c.rep.empty() ? 1 : *std::max_element(c.rep.begin(), c.rep.end()) + 1;
  const int runs = std::max(1, std::atoi(argv[5]));
  std::vector<double> ms;
  std::int64_t check = 0;
  for (int r = 0; r < runs; ++r) {
    const auto t = std::chrono::steady_clock::now();
    std::vector<std::int64_t> sums(static_cast<std::size_t>(reps) * 37, 0);
    for (std::size_t i = 0; i < c.rep.size(); ++i) sums[c.rep[i] * 37 + c.month[i]] += c.amount[i];
    ms.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count());
    check += sums[c.rep.empty() ? 0 : c.rep[0] * 37 + c.month[0]];
  }
  std::sort(ms.begin(), ms.end());
  std::printf("rows=%zu scan_ms=%.4f check=%lld\n", c.rep.size(), ms[ms.size() / 2],
              static_cast<long long>(check));
  return 0;
}
