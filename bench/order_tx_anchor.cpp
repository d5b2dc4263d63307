// The raw anchor of W1 (order intake): a minimal Beast async keep-alive server whose every
// request writes one order with 5 lines in one SQLite transaction (WAL, synchronous=FULL) and
// answers 201 — HTTP and the durable order transaction, no parsing, pricing, access or audit.
// One connection to the database behind a mutex (SQLite has one writer anyway).
//
//   order_tx_anchor --db /tmp/anchor.db --port 8082 --threads 4
#include <sqlite3.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

sqlite3* g_db = nullptr;
sqlite3_stmt* g_order = nullptr;
sqlite3_stmt* g_line = nullptr;
std::mutex g_write;
long long g_n = 0;

void Check(int rc, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(g_db));
    std::exit(1);
  }
}

// One order and its 5 lines, committed durably.
void WriteOrder() {
  std::lock_guard lock(g_write);
  const long long n = ++g_n;
  Check(sqlite3_exec(g_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), "begin");
  const std::string number = "SO-2026-" + std::to_string(n);
  sqlite3_bind_text(g_order, 1, number.c_str(), -1, SQLITE_TRANSIENT);
  Check(sqlite3_step(g_order), "order");
  sqlite3_reset(g_order);
  const long long order = sqlite3_last_insert_rowid(g_db);
  for (int k = 1; k <= 5; ++k) {
    sqlite3_bind_int64(g_line, 1, order);
    sqlite3_bind_int(g_line, 2, k);
    sqlite3_bind_int64(g_line, 3, 1 + (n * 7 + k) % 300);
    Check(sqlite3_step(g_line), "line");
    sqlite3_reset(g_line);
  }
  Check(sqlite3_exec(g_db, "COMMIT", nullptr, nullptr, nullptr), "commit");
}

void OpenDb(const std::string& path) {
  std::remove(path.c_str());
  Check(sqlite3_open(path.c_str(), &g_db), "open");
  Check(sqlite3_exec(
            g_db,
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
            "CREATE TABLE sales_orders (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, "
            "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, number TEXT NOT NULL UNIQUE,"
            " account_id INTEGER NOT NULL, currency TEXT NOT NULL, status TEXT NOT NULL, "
            "ordered_on TEXT NOT NULL, untaxed_minor INTEGER, untaxed_currency TEXT, tax_minor "
            "INTEGER, tax_currency TEXT, total_minor INTEGER, total_currency TEXT, owner_id "
            "INTEGER);"
            "CREATE INDEX sales_orders_owner ON sales_orders(owner_id, id);"
            "CREATE INDEX sales_orders_account ON sales_orders(account_id, ordered_on);"
            "CREATE TABLE sales_order_lines (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, "
            "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, sales_order_id INTEGER NOT "
            "NULL, position INTEGER NOT NULL, product_id INTEGER NOT NULL, description TEXT, "
            "quantity INTEGER NOT NULL, unit TEXT NOT NULL, unit_price INTEGER NOT NULL, "
            "tax_rate_pct INTEGER NOT NULL DEFAULT 0, net_minor INTEGER, net_currency TEXT);"
            "CREATE INDEX sales_order_lines_order ON sales_order_lines(sales_order_id, position);",
            nullptr, nullptr, nullptr),
        "schema");
  Check(sqlite3_prepare_v2(g_db,
                           "INSERT INTO sales_orders (version, created_at, updated_at, number, "
                           "account_id, currency, status, ordered_on, untaxed_minor, "
                           "untaxed_currency, tax_minor, tax_currency, total_minor, "
                           "total_currency, owner_id) VALUES (1, 0, 0, ?, 17, 'EUR', 'open', "
                           "'2026-12-03', 52250, 'EUR', 10973, 'EUR', 63223, 'EUR', 7)",
                           -1, &g_order, nullptr),
        "prepare order");
  Check(sqlite3_prepare_v2(g_db,
                           "INSERT INTO sales_order_lines (version, created_at, updated_at, "
                           "sales_order_id, position, product_id, description, quantity, unit, "
                           "unit_price, tax_rate_pct, net_minor, net_currency) VALUES (1, 0, 0, "
                           "?, ?, ?, 'Nitrile examination gloves, box of 100', 5000, 'box', "
                           "20900000, 210000, 10450, 'EUR')",
                           -1, &g_line, nullptr),
        "prepare line");
}

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

class Session : public std::enable_shared_from_this<Session> {
 public:
  explicit Session(tcp::socket socket) : stream_(std::move(socket)) {}

  void Start() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->Read(); });
  }

 private:
  void Read() {
    request_ = {};
    stream_.expires_after(std::chrono::seconds(60));
    bhttp::async_read(stream_, buffer_, request_,
                      [self = shared_from_this()](beast::error_code ec, std::size_t) {
                        if (ec) return self->Close();
                        self->Write();
                      });
  }

  void Write() {
    WriteOrder();
    response_ = {bhttp::status::created, request_.version()};
    response_.set(bhttp::field::server, "order-anchor");
    response_.set(bhttp::field::content_type, "application/json");
    response_.keep_alive(request_.keep_alive());
    response_.body() = "{\"status\":\"open\"}";
    response_.prepare_payload();
    bhttp::async_write(stream_, response_,
                       [self = shared_from_this()](beast::error_code ec, std::size_t) {
                         if (ec || !self->response_.keep_alive()) return self->Close();
                         self->Read();
                       });
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  bhttp::request<bhttp::string_body> request_;
  bhttp::response<bhttp::string_body> response_;
};

void Accept(tcp::acceptor& acceptor, net::io_context& ioc) {
  acceptor.async_accept(net::make_strand(ioc), [&](beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted) return;
    if (!ec) {
      socket.set_option(tcp::no_delay(true), ec);
      std::make_shared<Session>(std::move(socket))->Start();
    }
    Accept(acceptor, ioc);
  });
}

int Usage() {
  std::fprintf(stderr,
               "usage: order_tx_anchor --db PATH [--host 127.0.0.1] [--port 8082] [--threads 4]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string host = "127.0.0.1";
  std::string db = "/tmp/salesdesk-order-anchor.db";
  int port = 8082;
  int threads = 4;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (i + 1 >= argc) return Usage();
    if (arg == "--db") {
      db = argv[++i];
    } else if (arg == "--host") {
      host = argv[++i];
    } else if (arg == "--port") {
      port = std::atoi(argv[++i]);
    } else if (arg == "--threads") {
      threads = std::max(1, std::atoi(argv[++i]));
    } else {
      return Usage();
    }
  }

  OpenDb(db);
  net::io_context ioc(threads);
  tcp::acceptor acceptor(net::make_strand(ioc));
  const tcp::endpoint endpoint(net::ip::make_address(host), static_cast<unsigned short>(port));
  acceptor.open(endpoint.protocol());
  acceptor.set_option(net::socket_base::reuse_address(true));
  acceptor.bind(endpoint);
  acceptor.listen(net::socket_base::max_listen_connections);
  Accept(acceptor, ioc);

  net::signal_set signals(ioc, SIGINT, SIGTERM);
  signals.async_wait([&](beast::error_code, int) { ioc.stop(); });

  std::fprintf(stderr, "order_tx_anchor listening on %s:%d with %d thread(s)\n", host.c_str(),
               acceptor.local_endpoint().port(), threads);
  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back([&] { ioc.run(); });
  ioc.run();
  for (auto& t : pool) t.join();
  return 0;
}
