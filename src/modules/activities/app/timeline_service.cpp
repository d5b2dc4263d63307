#include "modules/activities/app/timeline_service.h"

#include <algorithm>
#include <charconv>
#include <tuple>

#include "app/access/access_policy.h"

namespace salesdesk::app::activities {
namespace {

using core::Error;
using core::ErrorCode;

// One kind of record in a timeline, and how it is linked to the subject.
struct Source {
  const char* entity;
  const char* time_field;  // where it sits in time
  std::vector<Filter> link;
};

Filter Eq(std::string field, FieldValue v) { return {std::move(field), FilterOp::kEq, {v}}; }

// The order kinds take at one instant: activities first (they are what people did).
constexpr const char* kRank[] = {"activities", "tasks", "quotes", "sales-orders", "contracts"};

int RankOf(std::string_view entity) {
  for (int i = 0; i < static_cast<int>(std::size(kRank)); ++i) {
    if (entity == kRank[i]) return i;
  }
  return static_cast<int>(std::size(kRank));
}

std::vector<Source> SourcesOf(const std::string& subject, std::int64_t id) {
  if (subject == "accounts") {
    // An activity with a contact carries the contact's account, so the account's timeline shows
    // what was done with each of its people.
    return {{"activities", "planned_at", {Eq("account_id", id)}},
            {"tasks", "created_at", {Eq("related_entity", "accounts"), Eq("related_id", id)}},
            {"quotes", "created_at", {Eq("account_id", id)}},
            {"sales-orders", "created_at", {Eq("account_id", id)}},
            {"contracts", "created_at", {Eq("account_id", id)}}};
  }
  if (subject == "contacts") {
    return {{"activities", "planned_at", {Eq("contact_id", id)}},
            {"tasks", "created_at", {Eq("related_entity", "contacts"), Eq("related_id", id)}},
            {"quotes", "created_at", {Eq("contact_id", id)}}};
  }
  return {{"activities", "planned_at", {Eq("related_entity", subject), Eq("related_id", id)}}};
}

std::int64_t TimeOf(const Record& r, const char* field) {
  auto it = r.find(field);
  return it != r.end() && std::holds_alternative<std::int64_t>(it->second)
             ? std::get<std::int64_t>(it->second)
             : 0;
}

// Up to `want` items of one source after the cursor, in timeline order.
core::Result<std::vector<TimelineItem>> ReadSource(UnitOfWork& uow, const Source& s,
                                                   const EntitySpec& e, const Visibility& v,
                                                   const std::optional<TimelineCursor>& before,
                                                   int want) {
  const int rank = RankOf(s.entity);
  std::vector<TimelineItem> out;
  auto read = [&](std::vector<Filter> extra, const char* sort) -> core::Result<void> {
    ListQuery q;
    q.filters = s.link;
    for (auto& f : extra) q.filters.push_back(std::move(f));
    q.sort_field = sort;
    q.sort_descending = true;
    q.limit = want - static_cast<std::int64_t>(out.size());
    q.with_total = false;
    if (q.limit <= 0) return core::Ok();
    SD_ASSIGN(auto page, uow.List(e, q, v));
    for (auto& r : page.items) {
      const std::int64_t at = TimeOf(r, s.time_field);
      out.push_back({&e, std::move(r), at, rank});
    }
    return core::Ok();
  };
  if (!before) {
    SD_TRY(read({}, s.time_field));
    return out;
  }
  // At the cursor's instant: kinds after the cursor's, and the cursor's own kind below its id.
  if (rank > before->rank) {
    SD_TRY(read({Eq(s.time_field, before->at)}, "id"));
  } else if (rank == before->rank) {
    SD_TRY(read({Eq(s.time_field, before->at), {"id", FilterOp::kLt, {before->id}}}, "id"));
  }
  SD_TRY(read({{s.time_field, FilterOp::kLt, {before->at}}}, s.time_field));
  return out;
}

bool Earlier(const TimelineItem& a, const TimelineItem& b) {  // a comes first in the timeline
  return std::make_tuple(-a.at, a.rank, -RecordId(a.record)) <
         std::make_tuple(-b.at, b.rank, -RecordId(b.record));
}

}  // namespace

std::string FormatCursor(const TimelineCursor& c) {
  return std::to_string(c.at) + "." + std::to_string(c.rank) + "." + std::to_string(c.id);
}

std::optional<TimelineCursor> ParseCursor(std::string_view text) {
  TimelineCursor c;
  std::int64_t parts[3];
  const char* p = text.data();
  const char* end = text.data() + text.size();
  for (int i = 0; i < 3; ++i) {
    auto [next, ec] = std::from_chars(p, end, parts[i]);
    if (ec != std::errc{} || next == p) return std::nullopt;
    p = next;
    if (i < 2) {
      if (p == end || *p != '.') return std::nullopt;
      ++p;
    }
  }
  if (p != end || parts[1] < 0 || parts[1] > static_cast<std::int64_t>(std::size(kRank)) ||
      parts[2] <= 0) {
    return std::nullopt;
  }
  c.at = parts[0];
  c.rank = static_cast<int>(parts[1]);
  c.id = parts[2];
  return c;
}

std::vector<std::string> TimelineSubjects() {
  std::vector<std::string> out = {"accounts", "contacts"};
  if (FindEntity("leads") != nullptr) out.emplace_back("leads");
  return out;
}

core::Result<TimelinePage> ReadTimeline(Store& store, const Caller& caller,
                                        const TimelineRequest& request) {
  const EntitySpec* subject = FindEntity(request.entity);
  if (subject == nullptr) return Error::Make(ErrorCode::kInternal, "unchecked timeline entity");
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(auto subject_visibility, VisibilityFor(*uow, caller, *subject));
  SD_ASSIGN(auto record, uow->Get(*subject, request.id, subject_visibility));
  if (!record) {
    return Error::Make(ErrorCode::kNotFound,
                       core::Msg("record.not_found", {{"entity", std::string(subject->singular)},
                                                      {"id", std::to_string(request.id)}}));
  }
  std::vector<TimelineItem> merged;
  const int want = request.limit + 1;  // one more tells whether a next page exists
  for (const Source& s : SourcesOf(request.entity, request.id)) {
    const EntitySpec* e = FindEntity(s.entity);
    if (e == nullptr) continue;
    auto visibility = VisibilityFor(*uow, caller, *e);
    if (!visibility.ok()) {
      // A kind the caller's role does not read is absent from the timeline, not an error.
      if (visibility.error().code == ErrorCode::kForbidden) continue;
      return std::move(visibility).error();
    }
    SD_ASSIGN(auto items, ReadSource(*uow, s, *e, *visibility, request.before, want));
    for (auto& item : items) merged.push_back(std::move(item));
  }
  std::sort(merged.begin(), merged.end(), Earlier);
  TimelinePage page;
  if (static_cast<int>(merged.size()) > request.limit) {
    merged.resize(request.limit);
    const TimelineItem& last = merged.back();
    page.next = TimelineCursor{last.at, last.rank, RecordId(last.record)};
  }
  page.items = std::move(merged);
  return page;
}

}  // namespace salesdesk::app::activities
