// Each person's calendar feed (issue 11): a secret URL a calendar program polls without a
// session. The secret is 256 random bits shown once; only its BLAKE2b is stored (like session
// tokens), so a database copy opens no feed. The feed answers the person's visits, meetings,
// calls and open tasks from 30 days back to 180 ahead, read through that person's own
// visibility, as RFC 5545 (core/mail/icalendar.h).
#pragma once

#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/clock.h"

namespace salesdesk::modules::mail {

struct IssuedFeed {
  std::string token;  // the secret: in the URL, never stored
  std::int64_t created_at = 0;
};

class CalendarFeeds {
 public:
  CalendarFeeds(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // A new secret for the caller; their earlier feed URL stops working.
  core::Result<IssuedFeed> Rotate(const app::Caller& caller);
  // The iCalendar of the feed whose secret is `token`; kNotFound for an unknown one (and for a
  // deactivated person), so a wrong token and a missing one look alike.
  core::Result<std::string> Feed(const std::string& token);

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::modules::mail
