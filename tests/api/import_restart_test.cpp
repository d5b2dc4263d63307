// Imports survive a restart (decision 0054), on both engines: a second server started on the
// same database stands for the restarted process: an upload, its mapping, the dry
// run's counts and its upload key are found again by a restarted server; the dry run's bad rows
// come back as a CSV to fix; a run that died with its server is marked failed at start-up with
// how to re-run it, and the re-run replays what it had created instead of doubling it.
#include <chrono>
#include <functional>
#include <thread>

#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

// Row 2 and 4 good; row 3 without its country and with a bad e-mail.
const std::string kFile =
    "kind;name;country;currency;email\r\n"
    "company;Restart Alfa;ES;EUR;\r\n"
    "company;Restart Beta;;EUR;not-an-email\r\n"
    "company;Restart Gamma;PT;EUR;\r\n";

// A server started afresh on the same database and clock, as after a restart (or another
// application server): its Api and import service hold nothing of the first one's.
class RestartedServer {
 public:
  using TokenOf = std::function<std::string(const std::string&)>;
  RestartedServer(storage::SqlDatabase& db, const core::Clock& clock, TokenOf token)
      : token_(std::move(token)), store_(db), api_(store_, clock, {}) {
    http::ServerOptions options;
    options.host = "127.0.0.1";
    options.port = 0;
    options.threads = 2;
    server_ = std::make_unique<http::Server>(
        options, [this](const http::Request& r) { return api_.Handle(r); });
    listening_ = server_->Listen().ok();
    if (listening_) thread_ = std::thread([this] { server_->Run(); });
  }
  ~RestartedServer() {
    server_->Shutdown();
    if (thread_.joinable()) thread_.join();
  }
  bool listening() const { return listening_; }
  HttpResult Call(const std::string& user, std::string_view method, std::string_view target,
                  std::string_view body = {}, Headers headers = {}) const {
    headers.emplace_back("Authorization", "Bearer " + token_(user));
    return HttpClient("127.0.0.1", server_->port()).Send(method, target, body, headers);
  }

 private:
  TokenOf token_;
  storage::SqlStore store_;
  http::Api api_;
  std::unique_ptr<http::Server> server_;
  std::thread thread_;
  bool listening_ = false;
};

class ImportRestartTest : public ApiTest {
 protected:
  std::unique_ptr<RestartedServer> Restart() {
    return std::make_unique<RestartedServer>(db(), clock(),
                                             [this](const std::string& u) { return Token(u); });
  }
  HttpResult Upload(const std::string& file, Headers extra = {}) {
    extra.emplace_back("Content-Type", "text/csv");
    return Call("rep_a", "POST", "/api/v1/imports?entity=accounts", file, extra);
  }
  json::value WaitForRun(std::int64_t id) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    for (;;) {
      HttpResult r = Call("rep_a", "GET", "/api/v1/imports/" + std::to_string(id));
      EXPECT_EQ(r.status, 200) << r.Describe();
      const json::value v = r.Json();
      if (StringAt(v, "status") != "running" || std::chrono::steady_clock::now() > deadline)
        return v;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  std::int64_t CountAccounts() {
    HttpResult r = Call("director", "GET", "/api/v1/accounts?count=exact&limit=1&q=Restart");
    EXPECT_EQ(r.status, 200) << r.Describe();
    return IntAt(r.Json(), "total");
  }
};

TEST_P(ImportRestartTest, UploadMappingAndDryRunSurviveARestartThenTheRunLands) {
  HttpResult up = Upload(kFile, {{"Idempotency-Key", "restart-1"}});
  ASSERT_EQ(up.status, 201) << up.Describe();
  const std::int64_t id = IntAt(up.Json(), "id");
  const std::string path = "/api/v1/imports/" + std::to_string(id);
  EXPECT_TRUE(up.Json().at("dry_run").is_null());
  ASSERT_EQ(Call("rep_a", "PUT", path + "/mapping",
                 R"({"mapping":{"kind":"kind","name":"name","country":"country",)"
                 R"("currency":"currency","email":"email"}})")
                .status,
            200);
  HttpResult dry = Call("rep_a", "POST", path + "/dry-run");
  ASSERT_EQ(dry.status, 200) << dry.Describe();
  EXPECT_EQ(IntAt(dry.Json(), "rows_bad"), 1);

  const auto restarted_server = Restart();
  const RestartedServer& restarted = *restarted_server;
  ASSERT_TRUE(restarted.listening());
  auto Call = [&](const std::string& user, std::string_view method, std::string_view target,
                  std::string_view body = {}) {
    return restarted.Call(user, method, target, body);
  };
  auto Upload = [&](const std::string& file, Headers extra = {}) {
    extra.emplace_back("Content-Type", "text/csv");
    return restarted.Call("rep_a", "POST", "/api/v1/imports?entity=accounts", file, extra);
  };

  HttpResult after = Call("rep_a", "GET", path);
  ASSERT_EQ(after.status, 200) << after.Describe();
  const json::value v = after.Json();
  EXPECT_EQ(StringAt(v, "status"), "uploaded");
  EXPECT_EQ(IntAt(v, "rows_total"), 3);
  EXPECT_EQ(v.at("columns").as_array().size(), 5u);
  EXPECT_EQ(IntAt(v.at("dry_run"), "rows_ok"), 2) << v;
  EXPECT_EQ(IntAt(v.at("dry_run"), "rows_bad"), 1) << v;
  EXPECT_EQ(IntAt(v.at("dry_run"), "errors_total"), 2) << "country and e-mail";
  // The upload key still answers the same import; the mapping is still remembered.
  HttpResult retry = Upload(kFile, {{"Idempotency-Key", "restart-1"}});
  ASSERT_EQ(retry.status, 201) << retry.Describe();
  EXPECT_EQ(IntAt(retry.Json(), "id"), id);
  HttpResult same_shape = Upload("kind;name;country;currency;email\r\ncompany;X;ES;EUR;\r\n");
  ASSERT_EQ(same_shape.status, 201);
  EXPECT_TRUE(same_shape.Json().at("mapping_remembered").as_bool()) << same_shape.body;
  EXPECT_EQ(Call("rep_b", "GET", path).status, 404) << "still rep_a's alone";

  // The bad rows to fix: the row as read, its number, its problems by column.
  HttpResult csv = Call("rep_a", "GET", path + "/errors.csv");
  ASSERT_EQ(csv.status, 200) << csv.Describe();
  EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBFkind,name,country,currency,email,row,errors\r\n", 0), 0u)
      << csv.body;
  EXPECT_NE(csv.body.find("\r\ncompany,Restart Beta,,EUR,not-an-email,3,\"email: "),
            std::string::npos)
      << csv.body;
  EXPECT_NE(csv.body.find("\ncountry: country is required\"\r\n"), std::string::npos) << csv.body;
  EXPECT_EQ(csv.body.find("Restart Alfa"), std::string::npos) << "good rows are not listed";
  EXPECT_EQ(Call("rep_b", "GET", path + "/errors.csv").status, 404);

  ASSERT_EQ(Call("rep_a", "POST", path + "/run").status, 202);
  const json::value done = WaitForRun(id);
  EXPECT_EQ(StringAt(done, "status"), "done") << done;
  EXPECT_EQ(IntAt(done, "rows_created"), 2);
  EXPECT_EQ(IntAt(done, "rows_failed"), 1);
  EXPECT_EQ(IntAt(done, "errors_total"), 2);
  EXPECT_EQ(CountAccounts(), 2);
}

TEST_P(ImportRestartTest, ARunThatDiedWithItsServerIsFailedAndRunsAgainWithoutDoubling) {
  HttpResult up = Upload(kFile);
  ASSERT_EQ(up.status, 201) << up.Describe();
  const std::int64_t id = IntAt(up.Json(), "id");
  const std::string path = "/api/v1/imports/" + std::to_string(id);
  ASSERT_EQ(Call("rep_a", "POST", path + "/run").status, 202);
  ASSERT_EQ(StringAt(WaitForRun(id), "status"), "done");
  ASSERT_EQ(CountAccounts(), 2);
  // As a server that died mid-run leaves it: still running, its progress two minutes old.
  {
    auto tx = db().BeginWrite();
    ASSERT_TRUE(tx.ok());
    const std::int64_t old = clock().Now().micros_since_epoch() - 120'000'000;
    const std::vector<storage::SqlValue> params{old, id};
    ASSERT_TRUE(
        (*tx)
            ->Query("UPDATE imports SET status = 'running', progress_at = ? WHERE id = ?", params)
            .ok());
    ASSERT_TRUE((*tx)->Commit().ok());
  }
  // The new server's start-up marks the dead run failed before anyone asks.
  const auto restarted_server = Restart();
  const RestartedServer& restarted = *restarted_server;
  ASSERT_TRUE(restarted.listening());
  {
    auto tx = db().BeginRead();
    ASSERT_TRUE(tx.ok());
    auto status =
        (*tx)->Query("SELECT status FROM imports WHERE id = ?", std::vector<storage::SqlValue>{id});
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(std::get<std::string>(status->rows.at(0).at(0)), "failed");
  }
  const json::value failed = restarted.Call("rep_a", "GET", path).Json();
  EXPECT_EQ(StringAt(failed, "status"), "failed") << failed;
  EXPECT_NE(StringAt(failed, "failure").find("run it again"), std::string::npos) << failed;

  HttpResult again = restarted.Call("rep_a", "POST", path + "/run");
  ASSERT_EQ(again.status, 202) << again.Describe();
  const json::value done = WaitForRun(id);
  EXPECT_EQ(StringAt(done, "status"), "done") << done;
  EXPECT_EQ(IntAt(done, "rows_created"), 0);
  EXPECT_EQ(IntAt(done, "rows_replayed"), 2);
  EXPECT_EQ(CountAccounts(), 2) << "nothing doubled";
  EXPECT_EQ(Call("rep_a", "POST", path + "/run").status, 409) << "a done import stays done";
}

SD_INSTANTIATE_API_TEST(ImportRestartTest);

}  // namespace
}  // namespace salesdesk::api_test
