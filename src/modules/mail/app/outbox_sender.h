// The outbox's sender: each due message is claimed (queued -> sending, by its version, in its
// own transaction) before the relay is called, so two servers racing for one message send it at
// most once; then it is marked sent, queued again with the next wait and the relay's answer as
// last_error, or failed after the last attempt (core/mail/retry_schedule.h). A message left in
// `sending` by a server that stopped mid-send is failed, not resent: it may have arrived.
#pragma once

#include <string>

#include "app/ports/mail_transport.h"
#include "app/ports/store.h"
#include "core/time/clock.h"

namespace salesdesk::modules::mail {

struct SendReport {
  int sent = 0;
  int retrying = 0;
  int failed = 0;
  int unconfigured = 0;      // due, but the server has no relay: they wait, and say so
  std::string Line() const;  // for the job's log line; empty when nothing happened
};

// `transport` null: the server has no relay configured.
core::Result<SendReport> SendDueMessages(app::Store& store, const core::Clock& clock,
                                         app::MailTransport* transport, int limit = 50);

// What a queued message says while the server has no relay.
inline constexpr const char* kNotConfigured =
    "not sent: this server has no SMTP relay (serve --smtp-host); the message waits for one";

}  // namespace salesdesk::modules::mail
