// W4 anchor: the raw lookups of the rows pricing a quote needs, with no application logic, in
// process on the same SQLite database the server uses. Per iteration, for the quote body's
// account and products: the account row; each product with its category; the category chain
// up to the root; each product's list prices (breaks included); and the rules that could apply
// (those of the products, of the categories in the chains, and the global ones), each by an
// indexed lookup. Prints a JSON
// line like loadgen: {"requests", "seconds", "rps", "p50_us", "p99_us", "errors"}.
//   raw_quote_lookups --db PATH --body quote.json --seconds 5
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

sqlite3* db = nullptr;

void Check(int rc, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    std::exit(1);
  }
}

sqlite3_stmt* Prepare(const std::string& sql) {
  sqlite3_stmt* s = nullptr;
  Check(sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr), sql.c_str());
  return s;
}

// Steps through every row, touching each column as a reader of the row would.
long long Drain(sqlite3_stmt* s) {
  long long touched = 0;
  int rc = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    for (int c = 0; c < sqlite3_column_count(s); ++c) {
      touched += sqlite3_column_type(s, c) == SQLITE_TEXT ? sqlite3_column_bytes(s, c)
                                                          : sqlite3_column_int64(s, c) & 1;
    }
  }
  Check(rc, "step");
  sqlite3_reset(s);
  return touched;
}

}  // namespace

int main(int argc, char** argv) {
  std::string path, body_path;
  double seconds = 5;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--db") == 0) path = argv[i + 1];
    if (std::strcmp(argv[i], "--body") == 0) body_path = argv[i + 1];
    if (std::strcmp(argv[i], "--seconds") == 0) seconds = std::atof(argv[i + 1]);
  }
  std::stringstream text;
  text << std::ifstream(body_path).rdbuf();
  const std::string body = text.str();
  // The body is the benchmark's own JSON: ids are read with two patterns, not a JSON library.
  std::smatch m;
  long long account = 0, list = 0;
  if (std::regex_search(body, m, std::regex("\"account_id\"\\s*:\\s*(\\d+)")))
    account = std::stoll(m[1]);
  if (std::regex_search(body, m, std::regex("\"price_list_id\"\\s*:\\s*(\\d+)")))
    list = std::stoll(m[1]);
  std::vector<long long> products;
  const std::regex product("\"product_id\"\\s*:\\s*(\\d+)");
  for (auto it = std::sregex_iterator(body.begin(), body.end(), product);
       it != std::sregex_iterator(); ++it) {
    products.push_back(std::stoll((*it)[1]));
  }
  if (account == 0 || list == 0 || products.empty()) {
    std::fprintf(stderr, "raw_quote_lookups: no account, list or products in %s\n",
                 body_path.c_str());
    return 1;
  }
  Check(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), "open");

  sqlite3_stmt* account_row = Prepare("SELECT * FROM accounts WHERE id = ?");
  sqlite3_stmt* product_row =
      Prepare("SELECT id, unit, category_id, cost_minor, cost_currency FROM products WHERE id = ?");
  sqlite3_stmt* category_row = Prepare("SELECT id, parent_id FROM product_categories WHERE id = ?");
  sqlite3_stmt* prices = Prepare(
      "SELECT product_id, unit, min_quantity, price FROM price_list_items "
      "WHERE price_list_id = ? AND product_id = ?");
  sqlite3_stmt* rules_of_product =
      Prepare("SELECT * FROM pricing_rules WHERE product_id = ? AND active = 1");
  sqlite3_stmt* rules_of_category =
      Prepare("SELECT * FROM pricing_rules WHERE category_id = ? AND active = 1");
  // The bench script adds an index on scope to the copy it measures, so this is a lookup too.
  sqlite3_stmt* global_rules =
      Prepare("SELECT * FROM pricing_rules WHERE scope = 'all' AND active = 1");
  std::vector<double> latencies;
  long long touched = 0;
  const auto start = std::chrono::steady_clock::now();
  const auto until = start + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < until) {
    const auto t0 = std::chrono::steady_clock::now();
    Check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), "begin");
    sqlite3_bind_int64(account_row, 1, account);
    touched += Drain(account_row);
    std::set<long long> categories;
    for (long long p : products) {
      sqlite3_bind_int64(product_row, 1, p);
      if (sqlite3_step(product_row) == SQLITE_ROW) {
        long long c = sqlite3_column_int64(product_row, 2);
        // The category and its ancestors: rules on any of them apply to the product.
        for (int depth = 0; c != 0 && depth < 32 && categories.insert(c).second; ++depth) {
          sqlite3_bind_int64(category_row, 1, c);
          c = sqlite3_step(category_row) == SQLITE_ROW ? sqlite3_column_int64(category_row, 1) : 0;
          sqlite3_reset(category_row);
        }
      }
      sqlite3_reset(product_row);
      sqlite3_bind_int64(prices, 1, list);
      sqlite3_bind_int64(prices, 2, p);
      touched += Drain(prices);
    }
    // The rules, each set by its own indexed lookup: per product, per category, the global ones.
    for (long long p : products) {
      sqlite3_bind_int64(rules_of_product, 1, p);
      touched += Drain(rules_of_product);
    }
    for (long long c : categories) {
      sqlite3_bind_int64(rules_of_category, 1, c);
      touched += Drain(rules_of_category);
    }
    touched += Drain(global_rules);
    Check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "commit");
    latencies.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
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
  sqlite3_close(db);
  return 0;
}
