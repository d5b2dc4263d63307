// Outbound e-mail as the app layer sees it: hand a finished RFC 5322 message to a relay. The
// SMTP client behind it (libcurl, src/smtp/) is an adapter the server wires in, so no use case
// includes a network library; tests put a sink or a failing relay behind the same port.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"

namespace salesdesk::app {

class MailTransport {
 public:
  virtual ~MailTransport() = default;
  // The envelope and header sender every message of this server carries ("From").
  virtual const std::string& Sender() const = 0;
  // Delivers `message` (headers and body, CRLF line ends) to `recipients`. An error says what
  // the relay or the network answered, for the outbox's visible last_error.
  virtual core::Result<void> Send(const std::vector<std::string>& recipients,
                                  const std::string& message) = 0;
};

}  // namespace salesdesk::app
