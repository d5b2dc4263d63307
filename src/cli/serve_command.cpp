#include "cli/serve_command.h"

#include <spdlog/spdlog.h>

#include <iostream>
#include <thread>

#include "app/jobs/job_runner.h"
#include "cli/environment.h"
#include "http/api.h"
#include "http/http_module.h"
#include "http/server.h"
#include "smtp/curl_smtp_transport.h"

namespace salesdesk::cli {

void AddServeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("serve", "Run the HTTP server (web app and API)");
  struct Options {
    std::string db;
    std::string listen = "127.0.0.1:8080";
    int threads = 0;
    bool secure_cookies = false;
    std::string proxy_header;
    std::string proxies;
    smtp::SmtpSettings smtp;
    bool smtp_plain = false;
    std::string smtp_password_file;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--db", opts->db, "sqlite:PATH or postgres://...")->required();
  cmd->add_option("--listen", opts->listen, "HOST:PORT to listen on (port 0 picks a free one)");
  cmd->add_option("--threads", opts->threads, "worker threads (0 = 2 x cores)");
  cmd->add_flag("--secure-cookies", opts->secure_cookies,
                "mark the session cookie Secure (when served over TLS)");
  cmd->add_option("--trusted-proxy-header", opts->proxy_header,
                  "header a trusted reverse proxy names the client in, e.g. X-Forwarded-For");
  cmd->add_option("--trusted-proxies", opts->proxies,
                  "comma-separated addresses or networks (10.0.0.0/8) of those proxies; only "
                  "their header is believed");
  // The outbox's relay (docs/mail.md); without --smtp-host nothing is sent and the outbox says so.
  cmd->add_option("--smtp-host", opts->smtp.host, "SMTP relay of the outbox (unset: no mail sent)")
      ->envname("SALESDESK_SMTP_HOST");
  cmd->add_option("--smtp-port", opts->smtp.port, "SMTP port (default 587)")
      ->envname("SALESDESK_SMTP_PORT");
  cmd->add_flag("--smtp-no-starttls", opts->smtp_plain,
                "talk to the relay without STARTTLS (a relay on localhost only)")
      ->envname("SALESDESK_SMTP_NO_STARTTLS");
  cmd->add_option("--smtp-user", opts->smtp.user, "SMTP login (unset: no login)")
      ->envname("SALESDESK_SMTP_USER");
  cmd->add_option("--smtp-password-file", opts->smtp_password_file,
                  "file whose first line is the SMTP password")
      ->envname("SALESDESK_SMTP_PASSWORD_FILE");
  cmd->add_option("--smtp-from", opts->smtp.from, "sender address of the outbox's messages")
      ->envname("SALESDESK_SMTP_FROM");
  cmd->callback([opts] {
    auto colon = opts->listen.rfind(':');
    int port = -1;
    if (colon != std::string::npos) {
      try {
        port = std::stoi(opts->listen.substr(colon + 1));
      } catch (const std::exception&) {
      }
    }
    if (colon == std::string::npos || port < 0 || port > 65535) {
      throw CLI::ValidationError("--listen", "use HOST:PORT, e.g. 127.0.0.1:8080");
    }
    auto proxies = http::ParseTrustedProxies(opts->proxy_header, opts->proxies);
    if (!proxies.ok())
      throw CLI::ValidationError("--" + proxies.error().field, proxies.error().message);
    std::unique_ptr<smtp::CurlSmtpTransport> mail;
    if (!opts->smtp.host.empty()) {
      if (opts->smtp.from.empty())
        throw CLI::ValidationError("--smtp-from", "the outbox needs a sender address");
      if (!opts->smtp_password_file.empty()) {
        auto password = smtp::ReadPasswordFile(opts->smtp_password_file);
        if (!password.ok())
          throw CLI::ValidationError("--smtp-password-file", password.error().message);
        opts->smtp.password = std::move(password).value();
      }
      opts->smtp.starttls = !opts->smtp_plain;
      mail = std::make_unique<smtp::CurlSmtpTransport>(opts->smtp);
    }
    // Handlers block on the database, so more threads than cores keeps the CPU busy.
    const int threads =
        opts->threads > 0 ? opts->threads : 2 * std::max(1u, std::thread::hardware_concurrency());
    // Read connections: one per io thread and per slow worker, plus two spare.
    auto env = OpenEnvironment(opts->db, threads + http::ServerOptions{}.slow_workers + 2);
    if (!env) throw CLI::RuntimeError(1);

    http::ApiOptions api_options;
    api_options.secure_cookies = opts->secure_cookies;
    api_options.proxies = std::move(proxies).value();
    http::Api api(*env->store, env->clock, api_options);
    http::ServerOptions server_options;
    server_options.host = opts->listen.substr(0, colon);
    server_options.port = static_cast<std::uint16_t>(port);
    server_options.threads = threads;
    server_options.slow = [&api](const http::Request& r) { return api.IsSlow(r); };
    http::Server server(server_options, [&api](const http::Request& r) { return api.Handle(r); });
    auto listening = server.Listen();
    if (!listening.ok()) throw CLI::RuntimeError(Fail(listening.error()));
    server.ShutdownOnSignals();
    // The line scripts and tests wait for: the actual address once the socket is bound.
    std::cout << "salesdesk listening on http://" << server_options.host << ":" << server.port()
              << std::endl;
    // The platform's and the installed modules' scheduled jobs (job_runs pruning, quote expiry,
    // the e-mailed summaries of the modules' HTTP parts, ...): at start, then each period.
    std::vector<app::ScheduledJob> installed = app::JobRunner::InstalledJobs();
    for (app::ScheduledJob& job : http::InstalledHttpJobs()) installed.push_back(job);
    app::JobRunner jobs(*env->store, env->clock, std::move(installed));
    jobs.Provide({.mail = mail.get()});
    std::jthread job_thread([&jobs](std::stop_token stop) {
      jobs.Run(stop, [](const app::ScheduledJob& job, const core::Result<std::string>& outcome) {
        if (!outcome.ok()) {
          spdlog::warn("{}: {}", job.name, outcome.error().message);
        } else if (!outcome->empty()) {
          spdlog::info("{}: {}", job.name, *outcome);
        }
      });
    });
    server.Run();
    job_thread.request_stop();
    job_thread.join();
    std::cout << "salesdesk stopped" << std::endl;
  });
}

}  // namespace salesdesk::cli
