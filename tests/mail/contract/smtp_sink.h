// A local SMTP sink for the outbox tests: Debian's python3-aiosmtpd (scripts/install_deps.sh
// --test) on a free port of 127.0.0.1, storing every message it accepts in a Maildir. Stopped
// by its process id when the test ends.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace salesdesk::mail_test {

// A port nothing listens on at the moment of asking (bound, read back, released).
inline int FreePort() {
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t n = sizeof a;
  getsockname(s, reinterpret_cast<sockaddr*>(&a), &n);
  close(s);
  return ntohs(a.sin_port);
}

inline bool Accepts(int port) {
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<std::uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  close(s);
  return ok;
}

class SmtpSink {
 public:
  // `parent` exists; the sink makes its Maildir inside it (it makes one only where none is).
  explicit SmtpSink(const std::string& parent) : dir_(parent + "/maildir"), port_(FreePort()) {
    const std::string listen = "127.0.0.1:" + std::to_string(port_);
    std::vector<std::string> args{
        "/usr/bin/python3",          "-m", "aiosmtpd", "-n", "-l", listen, "-c",
        "aiosmtpd.handlers.Mailbox", dir_};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    if (posix_spawn(&pid_, argv[0], nullptr, nullptr, argv.data(), environ) != 0) pid_ = 0;
    for (int i = 0; i < 100 && pid_ != 0 && !Accepts(port_); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  ~SmtpSink() {
    if (pid_ != 0) {
      kill(pid_, SIGTERM);
      int status = 0;
      waitpid(pid_, &status, 0);
    }
  }
  bool running() const { return pid_ != 0 && Accepts(port_); }
  int port() const { return port_; }
  // The messages received so far, as the sink stored them.
  std::vector<std::string> Messages() const {
    std::vector<std::string> out;
    const auto fresh = std::filesystem::path(dir_) / "new";
    if (!std::filesystem::exists(fresh)) return out;
    for (const auto& f : std::filesystem::directory_iterator(fresh)) {
      std::ifstream in(f.path(), std::ios::binary);
      std::stringstream s;
      s << in.rdbuf();
      out.push_back(s.str());
    }
    return out;
  }

 private:
  std::string dir_;
  int port_;
  pid_t pid_ = 0;
};

}  // namespace salesdesk::mail_test
