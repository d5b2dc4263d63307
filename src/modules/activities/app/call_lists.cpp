#include "modules/activities/app/call_lists.h"

#include <algorithm>
#include <unordered_map>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/company_calendar.h"
#include "app/records/create_in_transaction.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "app/records/record_rules.h"
#include "app/records/record_service.h"
#include "modules/activities/core/activities/call_list_rebuild.h"
#include "modules/activities/core/activities/call_list_rules.h"

namespace salesdesk::modules::activities {
namespace {

using app::FieldValue;
using app::Record;
using core::Error;
using core::ErrorCode;
namespace ca = core::activities;

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

std::string Joined(std::string a, const std::string& b) {
  if (!a.empty() && !b.empty()) a += " ";
  return a + b;
}

// The name and phone a caller dials, as the record reads now.
std::pair<std::string, std::string> NameAndPhone(std::string_view entity, const Record& r) {
  std::string phone = app::TextOf(r, "phone");
  if (entity == "accounts") return {app::TextOf(r, "name"), phone};
  const std::string person = Joined(app::TextOf(r, "first_name"), app::TextOf(r, "last_name"));
  if (entity == "contacts") {
    return {person, phone.empty() ? app::TextOf(r, "mobile") : phone};
  }
  const std::string company = app::TextOf(r, "company");  // leads
  if (person.empty()) return {company, phone};
  return {company.empty() ? person : person + " (" + company + ")", phone};
}

Error NotFound(std::string_view singular, std::int64_t id) {
  return Error::Make(ErrorCode::kNotFound,
                     core::Msg("record.not_found",
                               {{"entity", std::string(singular)}, {"id", std::to_string(id)}}));
}

// A visible record of `plural` (404 otherwise), after the write check for `plural`.
core::Result<Record> LoadVisible(app::UnitOfWork& uow, const app::Caller& caller,
                                 std::string_view plural, std::int64_t id) {
  const app::EntitySpec& e = Spec(plural);
  SD_ASSIGN(auto visibility, app::VisibilityFor(uow, caller, e));
  SD_ASSIGN(auto found, uow.Get(e, id, visibility));
  if (!found) return NotFound(e.singular, id);
  return std::move(*found);
}

core::Result<Record> LoadPending(app::UnitOfWork& uow, const app::Caller& caller,
                                 std::int64_t entry_id) {
  SD_TRY(app::CheckMayWrite(caller, Spec("call-list-entries")));
  SD_ASSIGN(Record entry, LoadVisible(uow, caller, "call-list-entries", entry_id));
  const std::string status = app::TextOf(entry, "status");
  if (status != "pending") {
    return Error::Make(ErrorCode::kConflict,
                       core::Msg("call_list.entry_not_pending", {{"status", status}}));
  }
  // A list closed by hand keeps its pending entries uncalled.
  SD_ASSIGN(auto list, uow.Get(Spec("call-lists"), *app::IntOf(entry, "call_list_id"),
                               app::Visibility::All()));
  if (list && app::TextOf(*list, "status") == "closed") {
    return Error::Make(ErrorCode::kConflict, core::Msg("call_list.closed"));
  }
  return entry;
}

// Writes the entry's change and moves its list's counts; the list closes with its last pending
// entry. Audited like every write.
core::Result<Record> FinishEntry(app::UnitOfWork& uow, const app::Caller& caller,
                                 const Record& entry, const Record& changes, std::int64_t now) {
  const app::EntitySpec& entries = Spec("call-list-entries");
  const app::EntitySpec& lists = Spec("call-lists");
  SD_ASSIGN(Record stored,
            uow.Update(entries, app::RecordId(entry), changes, app::RecordVersion(entry), now));
  SD_TRY(app::AuditChange(uow, caller, now, entries, "update", &entry, &stored));
  const std::int64_t list_id = *app::IntOf(entry, "call_list_id");
  SD_ASSIGN(auto list, uow.Get(lists, list_id, app::Visibility::All()));
  if (!list) return NotFound(lists.singular, list_id);
  const bool done = app::TextOf(changes, "status") == "done";
  const std::string counter = done ? "entries_done" : "entries_skipped";
  Record counts{{counter, app::IntOf(*list, counter).value_or(0) + 1}};
  const std::int64_t finished = app::IntOf(*list, "entries_done").value_or(0) +
                                app::IntOf(*list, "entries_skipped").value_or(0) + 1;
  if (finished >= app::IntOf(*list, "entries_total").value_or(0)) {
    counts["status"] = std::string("closed");
  }
  SD_ASSIGN(Record updated, uow.Update(lists, list_id, counts, app::RecordVersion(*list), now));
  SD_TRY(app::AuditChange(uow, caller, now, lists, "update", &*list, &updated));
  return stored;
}

// The call activity for an entry, linked to its record as activities link: an account, a
// contact (its account follows) or a lead (related_entity).
Record CallFor(const Record& entry, const LogCall& request, const std::string& list_name) {
  Record call{{"kind", std::string("call")},
              {"status", std::string("done")},
              {"direction", std::string("outbound")},
              {"outcome", request.outcome},
              {"subject", "Call: " + app::TextOf(entry, "display_name") + " (" + list_name + ")"}};
  if (request.duration_minutes) call["duration_minutes"] = *request.duration_minutes;
  if (!request.note.empty()) call["report"] = request.note;
  if (request.next_call_on) call["next_action_on"] = *request.next_call_on;
  const std::string target = app::TextOf(entry, "target_entity");
  const std::int64_t id = *app::IntOf(entry, "target_id");
  if (target == "accounts") call["account_id"] = id;
  if (target == "contacts") call["contact_id"] = id;
  if (target == "leads") {
    call["related_entity"] = std::string("leads");
    call["related_id"] = id;
  }
  return call;
}

core::Result<void> CheckLog(app::UnitOfWork& uow, const LogCall& request, std::int64_t now) {
  core::FieldIssues issues;
  if (!ca::IsCallOutcome(request.outcome)) {
    std::string values;
    for (auto v : ca::CallOutcomes()) values += (values.empty() ? "" : ", ") + std::string(v);
    issues.Add("outcome",
               core::Msg("field.not_in_enum", {{"field", "outcome"}, {"values", values}}));
  }
  if (request.duration_minutes &&
      (*request.duration_minutes < 0 || *request.duration_minutes > 24 * 60)) {
    issues.Add("duration_minutes",
               core::Msg("field.out_of_range",
                         {{"field", "duration_minutes"}, {"min", "0"}, {"max", "1440"}}));
  }
  if (request.note.size() > 8000) {
    issues.Add("note", core::Msg("field.too_long", {{"field", "note"}, {"max", "8000"}}));
  }
  if (request.next_call_on) {
    auto day = core::ParseDate(*request.next_call_on);
    SD_ASSIGN(const app::CompanyCalendar company, app::LoadCompanyCalendar(uow));
    const core::Date today = company.DateOf(now);
    if (!day.ok()) {
      issues.Add("next_call_on", core::Msg("call_list.next_call_date"));
    } else if (*day < today) {
      issues.Add("next_call_on",
                 core::Msg("call_list.next_call_past", {{"today", today.ToString()}}));
    }
  }
  if (!issues.empty()) return issues.ToError();
  return core::Ok();
}

core::Result<void> CheckVersion(const Record& list, std::int64_t version) {
  if (app::RecordVersion(list) == version) return core::Ok();
  return Error::Make(
      ErrorCode::kPreconditionFailed,
      core::Msg("record.stale", {{"entity", std::string("call_list")},
                                 {"version", std::to_string(app::RecordVersion(list))}}));
}

// A list goes only to someone who sees every record still to call: the calls they log link
// those records through their own visibility, and a list must not show them names they may not
// read.
// The person who works a list, as a caller (none for an unknown user or role).
core::Result<std::optional<app::Caller>> WorkerOf(app::UnitOfWork& uow, std::int64_t user_id) {
  SD_ASSIGN(auto user, uow.Get(Spec("users"), user_id, app::Visibility::All()));
  const auto role = user ? app::ParseRole(app::TextOf(*user, "role")) : std::nullopt;
  if (!role) return std::optional<app::Caller>{};
  return std::optional<app::Caller>{
      app::Caller{user_id, *role, app::TextOf(*user, "name"), app::TextOf(*user, "email")}};
}

core::Result<void> CheckWorkerSees(app::UnitOfWork& uow, std::int64_t list_id,
                                   std::int64_t worker_id) {
  SD_ASSIGN(auto found, WorkerOf(uow, worker_id));
  if (!found) return core::Ok();  // the owner rules have named this person already
  const app::Caller& worker = *found;
  SD_ASSIGN(auto pending, app::ReadAll(uow, Spec("call-list-entries"),
                                       {{"call_list_id", app::FilterOp::kEq, {list_id}},
                                        {"status", app::FilterOp::kEq, {std::string("pending")}}}));
  std::int64_t unseen = 0;
  for (const Record& entry : pending) {
    const app::EntitySpec* target = app::FindEntity(app::TextOf(entry, "target_entity"));
    if (target == nullptr) continue;
    auto sees = app::CheckVisibleReference(uow, worker, "owner_id", *target,
                                           app::IntOf(entry, "target_id").value_or(0));
    if (!sees.ok()) ++unseen;
  }
  if (unseen == 0) return core::Ok();
  return Error::Invalid("owner_id", core::Msg("call_list.worker_cannot_see",
                                              {{"name", worker.name},
                                               {"count", std::to_string(unseen)},
                                               {"total", std::to_string(pending.size())}}));
}

// An open list the caller may change, at any version (404 hidden, 409 closed).
core::Result<Record> LoadOpenList(app::UnitOfWork& uow, const app::Caller& caller,
                                  std::int64_t list_id) {
  SD_TRY(app::CheckMayWrite(caller, Spec("call-lists")));
  SD_ASSIGN(Record list, LoadVisible(uow, caller, "call-lists", list_id));
  if (app::TextOf(list, "status") == "closed") {
    return Error::Make(ErrorCode::kConflict, core::Msg("call_list.closed"));
  }
  return list;
}

// The records a query lists for `worker`, in its order, as entries would show them; 422 naming
// `field` above the largest list.
core::Result<std::vector<ca::ViewMatch>> MatchesFor(app::UnitOfWork& uow, const app::Caller& worker,
                                                    std::string_view entity, app::ListQuery query,
                                                    const std::string& field) {
  const app::EntitySpec& source = Spec(entity);
  SD_ASSIGN(auto visibility, app::VisibilityFor(uow, worker, source));
  query.offset = 0;
  query.after.reset();
  query.limit = ca::kMaxCallListEntries + 1;
  query.with_total = false;
  SD_ASSIGN(app::Page page, uow.List(source, query, visibility));
  if (static_cast<std::int64_t>(page.items.size()) > ca::kMaxCallListEntries) {
    return Error::Invalid(
        field, core::Msg("call_list.too_many", {{"max", std::to_string(ca::kMaxCallListEntries)}}));
  }
  std::vector<ca::ViewMatch> out;
  out.reserve(page.items.size());
  for (const Record& r : page.items) {
    auto [name, phone] = NameAndPhone(entity, r);
    const std::int64_t id = app::RecordId(r);
    out.push_back({id, name.empty() ? "#" + std::to_string(id) : name, phone});
  }
  return out;
}

// New entries of a list from `position` on, one insert statement.
std::vector<Record> EntryRows(std::int64_t list_id, std::string_view entity,
                              const std::vector<ca::ViewMatch>& matches, std::int64_t position) {
  std::vector<Record> rows;
  rows.reserve(matches.size());
  for (const ca::ViewMatch& m : matches) {
    Record row{{"call_list_id", list_id},  {"target_entity", std::string(entity)},
               {"target_id", m.target_id}, {"display_name", m.display_name},
               {"position", position++},   {"status", std::string("pending")}};
    row["phone"] = m.phone.empty() ? FieldValue{} : FieldValue{m.phone};  // one column set
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

const std::vector<std::string_view>& CallListSources() {
  static const std::vector<std::string_view> kSources = {"accounts", "contacts", "leads"};
  return kSources;
}

core::Result<app::CreateResult<Record>> CallLists::Build(const app::Caller& caller,
                                                         const BuildCallList& request,
                                                         const app::IdempotencyRequest* idempotency,
                                                         const app::Renderer<Record>& render) {
  const app::EntitySpec& lists = Spec("call-lists");
  const app::EntitySpec& entries = Spec("call-list-entries");
  SD_TRY(app::CheckMayWrite(caller, lists));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<Record>{std::nullopt, std::move(seen)};
  // The view's query as the caller's own list shows it: only what they may see.
  const std::string field = request.view_id ? "saved_view_id" : "query";
  SD_ASSIGN(auto matches, MatchesFor(*uow, caller, request.entity, request.query, field));
  if (matches.empty()) return Error::Invalid(field, core::Msg("call_list.empty"));
  const std::int64_t now = clock_.Now().micros_since_epoch();
  Record list{{"name", request.name},
              {"source_entity", request.entity},
              {"source_query", request.query_text},
              {"status", std::string("open")},
              {"entries_total", static_cast<std::int64_t>(matches.size())},
              {"entries_done", std::int64_t{0}},
              {"entries_skipped", std::int64_t{0}},
              {"owner_id", caller.user_id}};
  if (request.view_id) list["source_view_id"] = *request.view_id;
  SD_ASSIGN(Record stored, uow->Insert(lists, list, now));
  SD_TRY(app::AuditChange(*uow, caller, now, lists, "create", nullptr, &stored));
  // The entries are the list's body, made with it: audited as the list's creation.
  SD_TRY(
      uow->InsertMany(entries, EntryRows(app::RecordId(stored), request.entity, matches, 1), now));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(stored), now));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(stored), std::nullopt};
}

core::Result<app::CreateResult<LoggedCall>> CallLists::Log(
    const app::Caller& caller, std::int64_t entry_id, const LogCall& request,
    const app::IdempotencyRequest* idempotency, const app::Renderer<LoggedCall>& render) {
  SD_ASSIGN(auto uow, store_.Write());
  // A retried log answers as the first did, though the entry is no longer pending.
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<LoggedCall>{std::nullopt, std::move(seen)};
  SD_ASSIGN(Record entry, LoadPending(*uow, caller, entry_id));
  const std::int64_t now = clock_.Now().micros_since_epoch();
  SD_TRY(CheckLog(*uow, request, now));
  SD_ASSIGN(auto list, uow->Get(Spec("call-lists"), *app::IntOf(entry, "call_list_id"),
                                app::Visibility::All()));
  const std::string list_name = list ? app::TextOf(*list, "name") : "";
  SD_ASSIGN(Record call, app::CreateInTransaction(*uow, caller, Spec("activities"),
                                                  CallFor(entry, request, list_name), now));
  Record changes{{"status", std::string("done")},
                 {"outcome", request.outcome},
                 {"activity_id", app::RecordId(call)},
                 {"called_at", now}};
  if (request.next_call_on) changes["next_call_on"] = *request.next_call_on;
  SD_ASSIGN(Record stored, FinishEntry(*uow, caller, entry, changes, now));
  LoggedCall out{std::move(stored), std::move(call)};
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(out), now));
  SD_TRY(uow->Commit());
  return app::CreateResult<LoggedCall>{std::move(out), std::nullopt};
}

core::Result<Record> CallLists::Skip(const app::Caller& caller, std::int64_t entry_id) {
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record entry, LoadPending(*uow, caller, entry_id));
  const std::int64_t now = clock_.Now().micros_since_epoch();
  SD_ASSIGN(Record stored,
            FinishEntry(*uow, caller, entry, {{"status", std::string("skipped")}}, now));
  SD_TRY(uow->Commit());
  return stored;
}

core::Result<NextEntry> CallLists::Next(const app::Caller& caller, std::int64_t list_id) {
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(Record list, LoadVisible(*uow, caller, "call-lists", list_id));
  const app::EntitySpec& entries = Spec("call-list-entries");
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, entries));
  app::ListQuery query{.filters = {{"call_list_id", app::FilterOp::kEq, {list_id}},
                                   {"status", app::FilterOp::kEq, {std::string("pending")}}},
                       .sort_field = "position",
                       .limit = 1,
                       .with_total = false};
  SD_ASSIGN(app::Page page, uow->List(entries, query, visibility));
  const bool open = app::TextOf(list, "status") != "closed";
  NextEntry out{std::move(list), std::nullopt};
  if (open && !page.items.empty()) out.entry = std::move(page.items.front());
  return out;
}

core::Result<Record> CallLists::Close(const app::Caller& caller, std::int64_t list_id,
                                      std::int64_t version) {
  const app::EntitySpec& lists = Spec("call-lists");
  SD_TRY(app::CheckMayWrite(caller, lists));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record list, LoadVisible(*uow, caller, "call-lists", list_id));
  SD_TRY(CheckVersion(list, version));
  if (app::TextOf(list, "status") == "closed") {
    return Error::Make(ErrorCode::kConflict, core::Msg("call_list.closed"));
  }
  const std::int64_t now = clock_.Now().micros_since_epoch();
  SD_ASSIGN(Record closed,
            uow->Update(lists, list_id, {{"status", std::string("closed")}}, version, now));
  SD_TRY(app::AuditChange(*uow, caller, now, lists, "update", &list, &closed));
  SD_TRY(uow->Commit());
  return closed;
}

core::Result<RebuildSource> CallLists::SourceOf(const app::Caller& caller, std::int64_t list_id) {
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(Record list, LoadOpenList(*uow, caller, list_id));
  RebuildSource out{.entity = app::TextOf(list, "source_entity"),
                    .query_text = app::TextOf(list, "source_query")};
  SD_ASSIGN(auto worker, WorkerOf(*uow, app::IntOf(list, "owner_id").value_or(0)));
  out.worker_sees_cost = worker && app::SeesCost(*worker);
  const auto view_id = app::IntOf(list, "source_view_id");
  if (!view_id) return out;
  // The view belongs to whoever built the list; whoever may change the list reads it through
  // the list. A deleted view leaves the query the list was last built with.
  SD_ASSIGN(auto view, uow->Get(Spec("saved-views"), *view_id, app::Visibility::All()));
  if (!view) return out;
  const std::string lists = app::TextOf(*view, "list");
  if (lists != out.entity) {
    return Error::Invalid("source_view_id", core::Msg("call_list.view_changed",
                                                      {{"list", lists}, {"entity", out.entity}}));
  }
  out.query_text = app::TextOf(*view, "query");
  out.from_view = true;
  return out;
}

core::Result<RebuiltList> CallLists::Rebuild(const app::Caller& caller, std::int64_t list_id,
                                             std::int64_t version, const RebuildCallList& request) {
  const app::EntitySpec& lists = Spec("call-lists");
  const app::EntitySpec& entries = Spec("call-list-entries");
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record list, LoadOpenList(*uow, caller, list_id));
  SD_TRY(CheckVersion(list, version));
  // The worker's visibility, not the caller's: a leader rebuilding a rep's list must not put on
  // it records the rep may not read.
  SD_ASSIGN(auto worker, WorkerOf(*uow, app::IntOf(list, "owner_id").value_or(0)));
  if (!worker) return NotFound(lists.singular, list_id);
  const std::string entity = app::TextOf(list, "source_entity");
  SD_ASSIGN(auto matches, MatchesFor(*uow, *worker, entity, request.query,
                                     request.from_view ? "source_view_id" : "source_query"));
  SD_ASSIGN(auto stored,
            app::ReadAll(*uow, entries, {{"call_list_id", app::FilterOp::kEq, {list_id}}}));
  std::vector<ca::ListedEntry> listed;
  std::int64_t last_position = 0, worked = 0;
  std::unordered_map<std::int64_t, const Record*> by_id;
  for (const Record& e : stored) {
    const std::string status = app::TextOf(e, "status");
    listed.push_back({app::RecordId(e), app::IntOf(e, "target_id").value_or(0), status,
                      app::TextOf(e, "display_name"), app::TextOf(e, "phone")});
    last_position = std::max(last_position, app::IntOf(e, "position").value_or(0));
    if (status == "done" || status == "skipped") ++worked;
    by_id.emplace(app::RecordId(e), &e);
  }
  const ca::RebuildPlan plan = ca::PlanRebuild(listed, matches);
  const std::int64_t now = clock_.Now().micros_since_epoch();
  // Entries are the list's body: changed through the list, audited as the list's change.
  for (std::int64_t id : plan.drop) {
    SD_TRY(uow->Update(entries, id, {{"status", std::string("dropped")}},
                       app::RecordVersion(*by_id.at(id)), now));
  }
  for (std::size_t i = 0; i < plan.refresh.size(); ++i) {
    const std::int64_t id = plan.refresh_entry_ids[i];
    const ca::ViewMatch& m = plan.refresh[i];
    SD_TRY(uow->Update(entries, id,
                       {{"display_name", m.display_name},
                        {"phone", m.phone.empty() ? FieldValue{} : FieldValue{m.phone}}},
                       app::RecordVersion(*by_id.at(id)), now));
  }
  if (!plan.add.empty()) {
    SD_TRY(uow->InsertMany(entries, EntryRows(list_id, entity, plan.add, last_position + 1), now));
  }
  const auto pending = plan.kept + static_cast<std::int64_t>(plan.add.size());
  Record changes{{"entries_total", worked + pending}, {"source_query", request.query_text}};
  if (pending == 0) changes["status"] = std::string("closed");
  SD_ASSIGN(Record updated, uow->Update(lists, list_id, changes, version, now));
  SD_TRY(app::AuditChange(*uow, caller, now, lists, "update", &list, &updated));
  SD_TRY(uow->Commit());
  return RebuiltList{std::move(updated),
                     static_cast<std::int64_t>(plan.add.size()),
                     static_cast<std::int64_t>(plan.drop.size()),
                     static_cast<std::int64_t>(plan.refresh.size()),
                     plan.kept,
                     request.from_view};
}

core::Result<Record> CallLists::HandOver(const app::Caller& caller, std::int64_t list_id,
                                         std::int64_t to_user_id, std::int64_t version) {
  const app::EntitySpec& lists = Spec("call-lists");
  SD_TRY(app::CheckMayWrite(caller, lists));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, lists));
  SD_ASSIGN(Record list, LoadVisible(*uow, caller, "call-lists", list_id));
  SD_TRY(CheckVersion(list, version));
  const std::int64_t now = clock_.Now().micros_since_epoch();
  // The owner rules of any record (who the caller may give it to), audited, as a PATCH.
  SD_ASSIGN(Record handed, app::UpdateInTransaction(*uow, caller, lists, visibility, list,
                                                    {{"owner_id", to_user_id}}, now));
  SD_TRY(CheckWorkerSees(*uow, list_id, to_user_id));
  SD_TRY(uow->Commit());
  return handed;
}

}  // namespace salesdesk::modules::activities
