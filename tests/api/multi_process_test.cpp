// Two `salesdesk serve` processes on one database share sessions: a sign-in on one is valid on
// the other, a sign-out on either ends it on both; SIGTERM stops each cleanly (exit 0).
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "api/api_test_server.h"

extern char** environ;

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

struct Child {
  pid_t pid = -1;
  int out = -1;  // read end of its stdout
  std::uint16_t port = 0;
  std::string output;
};

class MultiProcessTest : public ApiTest {
 protected:
  void TearDown() override {
    for (auto& c : children_) {  // a failed test must not leave servers behind
      if (c.pid > 0) {
        kill(c.pid, SIGKILL);
        waitpid(c.pid, nullptr, 0);
      }
      if (c.out >= 0) close(c.out);
    }
    ApiTest::TearDown();
  }

  // Starts `salesdesk serve` on the test database and waits for its "listening" line.
  Child* Start() {
    const char* binary = std::getenv("SALESDESK_BINARY");
    if (binary == nullptr || *binary == '\0') {
      ADD_FAILURE() << "SALESDESK_BINARY is not set (the path of the salesdesk binary)";
      return nullptr;
    }
    int fds[2];
    if (pipe(fds) != 0) return nullptr;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    std::string db = database().url();
    const char* argv[] = {binary,        "serve",     "--db", db.c_str(), "--listen",
                          "127.0.0.1:0", "--threads", "2",    nullptr};
    Child child;
    const int rc =
        posix_spawn(&child.pid, binary, &actions, nullptr, const_cast<char* const*>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    child.out = fds[0];
    if (rc != 0) {
      ADD_FAILURE() << "cannot start " << binary << ": " << std::strerror(rc);
      close(child.out);
      return nullptr;
    }
    children_.push_back(child);
    Child& c = children_.back();
    const std::string marker = "salesdesk listening on http://";
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
      const auto pos = c.output.find(marker);
      const auto eol = pos == std::string::npos ? pos : c.output.find('\n', pos);
      if (eol != std::string::npos) {
        const std::string addr = c.output.substr(pos + marker.size(), eol - pos - marker.size());
        c.port = static_cast<std::uint16_t>(std::stoi(addr.substr(addr.rfind(':') + 1)));
        return &c;
      }
      pollfd p{c.out, POLLIN, 0};
      if (poll(&p, 1, 200) > 0) {
        char buf[512];
        const ssize_t n = read(c.out, buf, sizeof buf);
        if (n <= 0) break;  // the server exited
        c.output.append(buf, static_cast<std::size_t>(n));
      }
    }
    ADD_FAILURE() << "salesdesk serve did not report its address; stdout: " << c.output;
    return nullptr;
  }

  // SIGTERM, then the exit status (-1 if it did not exit within 60 s).
  static int Stop(Child& c) {
    kill(c.pid, SIGTERM);
    for (int i = 0; i < 600; ++i) {
      int status = 0;
      if (waitpid(c.pid, &status, WNOHANG) == c.pid) {
        c.pid = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return -1;
  }

  std::vector<Child> children_;
};

TEST_P(MultiProcessTest, SessionsAreSharedBetweenServersAndSigtermStopsThemCleanly) {
  SetPassword("rep_a");
  children_.reserve(2);
  Child* a = Start();
  ASSERT_NE(a, nullptr);
  Child* b = Start();
  ASSERT_NE(b, nullptr);
  HttpClient on_a("127.0.0.1", a->port), on_b("127.0.0.1", b->port);

  HttpResult login =
      on_a.Send("POST", "/api/v1/auth/login",
                ToJson(json::object{{"email", Email("rep_a")}, {"password", kPassword}}));
  ASSERT_EQ(login.status, 200) << login.Describe();
  const std::string set = login.Header("set-cookie");
  const Headers cookie{{"Cookie", set.substr(0, set.find(';'))}};
  const std::string csrf = StringAt(login.Json(), "csrf_token");

  HttpResult me_b = on_b.Send("GET", "/api/v1/auth/me", {}, cookie);
  ASSERT_EQ(me_b.status, 200) << me_b.Describe();
  EXPECT_EQ(IntAt(me_b.Json(), "id"), UserId("rep_a"));
  // A record created through one process is read through the other.
  Headers write = cookie;
  write.emplace_back("X-CSRF-Token", csrf);
  HttpResult created = on_b.Send(
      "POST", "/api/v1/accounts",
      R"({"kind":"company","name":"Two Servers","country":"ES","currency":"EUR"})", write);
  ASSERT_EQ(created.status, 201) << created.Describe();
  EXPECT_EQ(on_a.Send("GET", created.Header("location"), {}, cookie).status, 200);

  HttpResult out = on_b.Send("POST", "/api/v1/auth/logout", {}, write);
  EXPECT_EQ(out.status, 204) << out.Describe();
  EXPECT_EQ(on_a.Send("GET", "/api/v1/auth/me", {}, cookie).status, 401);
  EXPECT_EQ(on_b.Send("GET", "/api/v1/auth/me", {}, cookie).status, 401);

  EXPECT_EQ(Stop(*a), 0) << a->output;
  EXPECT_EQ(Stop(*b), 0) << b->output;
}

SD_INSTANTIATE_API_TEST(MultiProcessTest);

}  // namespace
}  // namespace salesdesk::api_test
