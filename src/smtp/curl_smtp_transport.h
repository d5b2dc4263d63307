// The SMTP relay client of the outbox: one libcurl easy handle per message (messages are few
// and sent by one job thread), STARTTLS when asked, a login when a user is given.
#pragma once

#include <memory>
#include <string>

#include "app/ports/mail_transport.h"

namespace salesdesk::smtp {

struct SmtpSettings {
  std::string host;  // empty: mail is not configured, nothing is sent
  int port = 587;
  bool starttls = true;  // upgrade the connection (required: a relay without it is an error)
  std::string user;      // empty: no login
  std::string password;  // read from --smtp-password-file, never from the command line
  std::string from;      // the sender address, e.g. sales@example.com
  long timeout_seconds = 30;
};

class CurlSmtpTransport final : public app::MailTransport {
 public:
  explicit CurlSmtpTransport(SmtpSettings settings);
  const std::string& Sender() const override { return settings_.from; }
  core::Result<void> Send(const std::vector<std::string>& recipients,
                          const std::string& message) override;

 private:
  SmtpSettings settings_;
};

// The first line of a password file (a trailing newline is not part of the password).
core::Result<std::string> ReadPasswordFile(const std::string& path);

}  // namespace salesdesk::smtp
