#include "modules/mail/app/calendar_feed.h"

#include "app/access/access_policy.h"
#include "app/access/role.h"
#include "app/auth/crypto.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/time/date.h"
#include "modules/mail/app/outbox.h"
#include "modules/mail/core/mail/calendar_words.h"
#include "modules/mail/core/mail/icalendar.h"

namespace salesdesk::modules::mail {
namespace {

using app::FilterOp;
using app::IntOf;
using app::Record;
using app::TextOf;

constexpr std::int64_t kDayUs = 86'400LL * 1'000'000;
constexpr std::int64_t kPastDays = 30;
constexpr std::int64_t kAheadDays = 180;
constexpr std::int64_t kMaxEntries = 2000;

core::Error NoSuchFeed() {
  return core::Error::Make(core::ErrorCode::kNotFound, core::Msg("calendar.no_feed"));
}

// The records of `e` the person sees, among `filters`; none when their role reads no such record.
core::Result<std::vector<Record>> Visible(app::UnitOfWork& uow, const app::Caller& person,
                                          const app::EntitySpec& e,
                                          std::vector<app::Filter> filters) {
  auto visibility = app::VisibilityFor(uow, person, e);
  if (!visibility.ok()) return std::vector<Record>{};  // e.g. an admin: no activities at all
  app::ListQuery q;
  q.filters = std::move(filters);
  q.limit = kMaxEntries;
  q.with_total = false;
  SD_ASSIGN(app::Page page, uow.List(e, q, *visibility));
  return std::move(page.items);
}

std::string DateOf(std::int64_t micros) {
  return core::Date::FromDaysSinceEpoch(micros / kDayUs).value().ToString();
}

core::mail::CalendarEntry FromActivity(const Record& a, const core::mail::CalendarWords& words) {
  const std::string kind = TextOf(a, "kind");
  core::mail::CalendarEntry e;
  e.uid = "activity-" + std::to_string(app::RecordId(a)) + "@salesdesk";
  e.start_us = IntOf(a, "planned_at").value_or(0);
  e.minutes = static_cast<int>(IntOf(a, "duration_minutes").value_or(0));
  const std::string_view label = kind == "visit"     ? words.visit
                                 : kind == "meeting" ? words.meeting
                                 : kind == "call"    ? words.call
                                                     : words.email;
  e.summary = std::string(label) + ": " + TextOf(a, "subject");
  e.description = TextOf(a, "next_step").empty()
                      ? TextOf(a, "report")
                      : std::string(words.next_step) + ": " + TextOf(a, "next_step") + "\n" +
                            TextOf(a, "report");
  e.location = TextOf(a, "place");
  e.cancelled = TextOf(a, "status") == "cancelled";
  e.updated_us = IntOf(a, "updated_at").value_or(0);
  return e;
}

core::mail::CalendarEntry FromTask(const Record& t, const core::mail::CalendarWords& words) {
  core::mail::CalendarEntry e;
  e.uid = "task-" + std::to_string(app::RecordId(t)) + "@salesdesk";
  e.all_day = TextOf(t, "due_on");
  e.summary = std::string(words.task) + ": " + TextOf(t, "title");
  e.updated_us = IntOf(t, "updated_at").value_or(0);
  return e;
}

}  // namespace

core::Result<IssuedFeed> CalendarFeeds::Rotate(const app::Caller& caller) {
  const app::EntitySpec& feeds = MailSpec("calendar-feeds");
  if (caller.is_system()) return NoSuchFeed();
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto old, app::ReadAll(*uow, feeds, {{"owner_id", FilterOp::kEq, {caller.user_id}}}));
  for (const Record& f : old) {
    SD_TRY(uow->Delete(feeds, app::RecordId(f), app::RecordVersion(f)));
  }
  IssuedFeed out{app::RandomToken(), clock_.Now().micros_since_epoch()};
  SD_TRY(uow->Insert(feeds, {{"token_hash", app::HashHex(out.token)}, {"owner_id", caller.user_id}},
                     out.created_at));
  SD_TRY(uow->Commit());
  return out;
}

core::Result<std::string> CalendarFeeds::Feed(const std::string& token) {
  if (token.empty() || token.size() > 100) return NoSuchFeed();
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(auto feeds, app::ReadAll(*uow, MailSpec("calendar-feeds"),
                                     {{"token_hash", FilterOp::kEq, {app::HashHex(token)}}}, 1));
  if (feeds.empty()) return NoSuchFeed();
  const std::int64_t owner = IntOf(feeds.front(), "owner_id").value_or(0);
  SD_ASSIGN(auto user, uow->Get(MailSpec("users"), owner, app::Visibility::All()));
  if (!user || !app::BoolOf(*user, "active", true)) return NoSuchFeed();
  const auto role = app::ParseRole(TextOf(*user, "role"));
  if (!role) return NoSuchFeed();
  app::Caller person{owner, *role, TextOf(*user, "name"), TextOf(*user, "email")};
  const core::mail::CalendarWords& words = core::mail::CalendarWordsFor(TextOf(*user, "locale"));

  const std::int64_t now = clock_.Now().micros_since_epoch();
  const std::int64_t from = now - kPastDays * kDayUs, to = now + kAheadDays * kDayUs;
  std::vector<core::mail::CalendarEntry> entries;
  SD_ASSIGN(auto activities,
            Visible(*uow, person, MailSpec("activities"),
                    {{"owner_id", FilterOp::kEq, {owner}},
                     {"kind",
                      FilterOp::kIn,
                      {std::string("visit"), std::string("meeting"), std::string("call")}},
                     {"planned_at", FilterOp::kGe, {from}},
                     {"planned_at", FilterOp::kLt, {to}}}));
  for (const Record& a : activities) entries.push_back(FromActivity(a, words));
  SD_ASSIGN(auto tasks, Visible(*uow, person, MailSpec("tasks"),
                                {{"owner_id", FilterOp::kEq, {owner}},
                                 {"done", FilterOp::kEq, {false}},
                                 {"due_on", FilterOp::kGe, {DateOf(from)}},
                                 {"due_on", FilterOp::kLe, {DateOf(to)}}}));
  for (const Record& t : tasks) entries.push_back(FromTask(t, words));
  return core::mail::BuildCalendar("Salesdesk — " + person.name, entries, now);
}

}  // namespace salesdesk::modules::mail
