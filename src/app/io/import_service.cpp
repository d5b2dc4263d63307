#include "app/io/import_service.h"

#include <algorithm>
#include <map>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "app/access/access_policy.h"
#include "app/auth/crypto.h"
#include "app/io/import_job.h"
#include "app/ports/import_state_store.h"
#include "app/records/record_json.h"
#include "core/io/csv_writer.h"

namespace salesdesk::app::io {
namespace {

using core::Error;
using core::ErrorCode;

constexpr std::int64_t kDayUs = 86'400'000'000;

Error NotFound(std::int64_t id) {
  return Error::Make(ErrorCode::kNotFound,
                     core::Msg("import.not_found", {{"id", std::to_string(id)}}));
}

Error Running() { return Error::Make(ErrorCode::kConflict, core::Msg("import.running")); }

std::string MappingJson(const ColumnMapping& m) {
  boost::json::object o;
  for (const auto& [column, target] : m) o[column] = target;
  return boost::json::serialize(o);
}

// The earlier rows of the file sharing a key with this one (kinds in the keys' order), each row
// once; the row's own new keys are remembered for the rows after it.
std::vector<FileDuplicate> SameFile(
    const std::vector<std::pair<std::string, std::string>>& keys, std::int64_t row,
    std::map<std::pair<std::string, std::string>, std::int64_t>& first_row_of_key) {
  std::vector<FileDuplicate> out;
  for (const auto& key : keys) {
    auto [it, fresh] = first_row_of_key.try_emplace(key, row);
    if (fresh || it->second == row) continue;
    auto same = std::find_if(out.begin(), out.end(),
                             [&](const FileDuplicate& d) { return d.row == it->second; });
    if (same == out.end()) same = out.insert(out.end(), FileDuplicate{it->second, {}});
    if (std::find(same->matched.begin(), same->matched.end(), key.first) == same->matched.end()) {
      same->matched.push_back(key.first);
    }
  }
  return out;
}

ColumnMapping MappingOf(const std::string& text) {
  ColumnMapping out;
  boost::system::error_code ec;
  const boost::json::value v = boost::json::parse(text, ec);
  if (ec || !v.is_object()) return out;
  for (const auto& [column, target] : v.as_object()) {
    if (target.is_string()) out[std::string(column)] = std::string(target.as_string());
  }
  return out;
}

}  // namespace

const char* ImportStatusName(ImportStatus s) {
  switch (s) {
    case ImportStatus::kUploaded:
      return "uploaded";
    case ImportStatus::kRunning:
      return "running";
    case ImportStatus::kDone:
      return "done";
    default:
      return "failed";
  }
}

ImportService::ImportService(Store& store, RecordService& records, const core::Clock& clock,
                             ImportOptions options)
    : store_(store), records_(records), clock_(clock), options_(options) {
  // Start-up: runs that died with a previous server are told so. A database that cannot be
  // reached now is not the import's business; a later read marks them.
  (void)FailStaleRuns();
}

ImportService::~ImportService() {
  stopping_ = true;
  std::lock_guard lock(mutex_);
  for (auto& [id, job] : running_) {
    if (job->thread.joinable()) job->thread.join();
  }
}

core::Result<const EntitySpec*> ImportService::CheckImportable(const Caller& caller,
                                                               std::string_view entity) const {
  const EntitySpec* e = FindEntity(entity);
  if (e == nullptr || e->custom_writes) {
    return Error::Invalid("entity", core::Msg("import.entity", {{"entity", std::string(entity)}}));
  }
  SD_TRY(CheckMayWrite(caller, *e));
  return e;
}

core::Result<ImportView> ImportService::Upload(const Caller& caller, std::string_view entity,
                                               ImportFormat format, std::string bytes,
                                               const IdempotencyRequest* idempotency) {
  SD_ASSIGN(const EntitySpec* e, CheckImportable(caller, entity));
  if (idempotency != nullptr) {
    SD_ASSIGN(auto uow, store_.Read());
    SD_ASSIGN(ImportStateStore * state, ImportStateOf(*uow));
    SD_ASSIGN(auto seen, state->FindImportByKey(caller.user_id, idempotency->key));
    if (seen) {
      if (seen->second != idempotency->request_hash) {
        Error err =
            Error::Make(ErrorCode::kIdempotencyMismatch, core::Msg("idempotency.key_reused"));
        err.field = "Idempotency-Key";
        return err;
      }
      uow.reset();
      return Get(caller, seen->first);
    }
  }
  std::string file = ToBase64(bytes);
  SD_ASSIGN(auto source, ImportSource::FromBytes(format, std::move(bytes)));
  ImportView v;
  v.entity = std::string(e->plural);
  v.format = format;
  bool first = true;
  SD_TRY(source->ForEachRow([&](std::int64_t, std::vector<std::string>& cells) {
    if (first) {
      v.columns = cells;
      first = false;
    } else {
      if (v.preview.size() < options_.preview_rows) v.preview.push_back(cells);
      ++v.rows_total;
    }
    return true;
  }));
  if (v.columns.empty()) return Error::Invalid("body", core::Msg("import.empty_file"));
  const std::string shape = ShapeKey(*e, v.columns);
  const std::int64_t now = clock_.Now().micros_since_epoch();
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(ImportStateStore * state, ImportStateOf(*uow));
  SD_TRY(state->ForgetImports(now - kDayUs));
  SD_ASSIGN(auto known, state->RememberedMapping(shape));
  v.mapping_remembered = known.has_value();
  if (known) {
    // The same shape may differ in case and blanks: the mapping follows this file's names.
    const ColumnMapping by_shape = MappingOf(*known);
    for (const auto& column : v.columns) {
      auto target = by_shape.find(NormalisedColumn(column));
      if (target != by_shape.end()) v.mapping[column] = target->second;
    }
  } else {
    v.mapping = ProposeMapping(*e, v.columns);
  }
  StoredImport row{0, caller.user_id, ImportStatusName(v.status), 0, now, EncodeState(v, shape)};
  std::optional<std::string> key;
  if (idempotency != nullptr) key = idempotency->key;
  SD_ASSIGN(v.id, state->InsertImport(row, file, key,
                                      idempotency != nullptr ? idempotency->request_hash : ""));
  SD_TRY(uow->Commit());
  return v;
}

bool ImportService::RunsHere(std::int64_t id) {
  std::lock_guard lock(mutex_);
  return running_.count(id) > 0;
}

core::Result<ImportService::Loaded> ImportService::Load(const Caller& caller, std::int64_t id) {
  std::optional<StoredImport> row;
  {
    SD_ASSIGN(auto uow, store_.Read());
    SD_ASSIGN(ImportStateStore * state, ImportStateOf(*uow));
    SD_ASSIGN(row, state->FindImport(id));
  }
  // Someone else's import looks absent, like an invisible record.
  if (!row || (row->user_id != caller.user_id && !caller.is_system())) return NotFound(id);
  SD_ASSIGN(StoredState state, DecodeState(*row));
  const EntitySpec* e = FindEntity(state.view.entity);
  if (e == nullptr) return NotFound(id);
  if (state.view.status == ImportStatus::kRunning && !RunsHere(id) &&
      row->progress_at < clock_.Now().micros_since_epoch() - kStaleRunUs) {
    SD_TRY(FailInterrupted(state.view, state.shape, row->user_id));
  }
  return Loaded{std::move(state), row->user_id, e};
}

core::Result<std::unique_ptr<ImportSource>> ImportService::LoadFile(std::int64_t id,
                                                                    ImportFormat format) {
  std::string text;
  {
    SD_ASSIGN(auto uow, store_.Read());
    SD_ASSIGN(ImportStateStore * state, ImportStateOf(*uow));
    SD_ASSIGN(text, state->ImportFile(id));
  }
  SD_ASSIGN(std::string bytes, FromBase64(text));
  return ImportSource::FromBytes(format, std::move(bytes));
}

core::Result<bool> ImportService::Save(const ImportView& v, const std::string& shape,
                                       std::int64_t user_id,
                                       std::optional<ImportStatus> if_status) {
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(ImportStateStore * state, ImportStateOf(*uow));
  std::optional<std::string> expected;
  if (if_status) expected = ImportStatusName(*if_status);
  SD_ASSIGN(const bool saved, state->SaveImport({v.id, user_id, ImportStatusName(v.status),
                                                 v.progress_at_us, 0, EncodeState(v, shape)},
                                                expected));
  SD_TRY(uow->Commit());
  return saved;
}

// The run stopped with its server: failed, saying how far it got and how to run it again.
core::Result<void> ImportService::FailInterrupted(ImportView& v, const std::string& shape,
                                                  std::int64_t user_id) {
  v.status = ImportStatus::kFailed;
  v.failure =
      core::EnglishText(core::Msg("import.interrupted", {{"done", std::to_string(v.rows_done)},
                                                         {"total", std::to_string(v.rows_total)}}));
  // Another server may have done it first: then its words stay.
  SD_TRY(Save(v, shape, user_id, ImportStatus::kRunning));
  return core::Ok();
}

core::Result<std::int64_t> ImportService::FailStaleRuns() {
  std::vector<std::int64_t> ids;
  {
    SD_ASSIGN(auto uow, store_.Read());
    SD_ASSIGN(ImportStateStore * state, ImportStateOf(*uow));
    SD_ASSIGN(ids, state->StaleImports(clock_.Now().micros_since_epoch() - kStaleRunUs));
  }
  std::int64_t failed = 0;
  for (const std::int64_t id : ids) {
    if (RunsHere(id)) continue;
    SD_ASSIGN(Loaded l, Load(Caller::System(), id));
    failed += l.state.view.status == ImportStatus::kFailed ? 1 : 0;
  }
  return failed;
}

core::Result<ImportView> ImportService::Get(const Caller& caller, std::int64_t id) {
  SD_ASSIGN(Loaded l, Load(caller, id));
  return std::move(l.state.view);
}

core::Result<ImportView> ImportService::SetMapping(const Caller& caller, std::int64_t id,
                                                   ColumnMapping mapping) {
  SD_ASSIGN(Loaded l, Load(caller, id));
  ImportView& v = l.state.view;
  SD_TRY(CheckMapping(*l.entity, v.columns, mapping));
  if (v.status != ImportStatus::kUploaded) return Running();
  ColumnMapping by_shape;  // normalised column -> target
  for (const auto& [column, target] : mapping) by_shape[NormalisedColumn(column)] = target;
  v.mapping = std::move(mapping);
  v.mapping_remembered = false;
  v.dry_run.reset();  // it judged another mapping
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(ImportStateStore * state, ImportStateOf(*uow));
  SD_ASSIGN(const bool saved,
            state->SaveImport({v.id, l.user_id, ImportStatusName(v.status), v.progress_at_us, 0,
                               EncodeState(v, l.state.shape)},
                              std::string(ImportStatusName(ImportStatus::kUploaded))));
  if (!saved) return Running();
  SD_TRY(state->RememberMapping(l.state.shape, MappingJson(by_shape),
                                clock_.Now().micros_since_epoch()));
  SD_TRY(uow->Commit());
  return std::move(v);
}

core::Result<DryRunReport> ImportService::CheckRows(const Caller& caller, const EntitySpec& e,
                                                    const ImportSource& source,
                                                    const std::vector<std::string>& header,
                                                    const ColumnMapping& mapping,
                                                    const BadRowFn& on_bad) {
  DryRunReport report;
  std::map<std::string, std::string> column_of;
  core::Result<void> refused = core::Ok();
  const DuplicateChecks* duplicates = DuplicateCheckFor(e.plural);
  // Every good row's keys, to the first row that had each: a later row sharing one looks like it.
  std::map<std::pair<std::string, std::string>, std::int64_t> first_row_of_key;
  bool first = true;
  SD_TRY(source.ForEachRow([&](std::int64_t row, std::vector<std::string>& cells) {
    if (first) {
      first = false;  // row 1 names the columns
      return true;
    }
    ++report.rows_total;
    auto body = RowToBody(e, header, mapping, cells, column_of);
    auto record = DecodeRecordObject(e, body, DecodeMode::kCreate);
    core::Result<void> checked =
        record.ok() ? records_.CheckCreate(caller, e, *record) : core::Result<void>(record.error());
    if (checked.ok()) {
      ++report.rows_ok;
      if (duplicates != nullptr) {
        RowDuplicates found{row, {}, SameFile(duplicates->keys(e, *record), row, first_row_of_key)};
        if (report.duplicates_checked < kMaxDuplicateCheckedRows) {
          ++report.duplicates_checked;
          auto matches = duplicates->check(store_, caller, e, *record);
          if (!matches.ok()) {
            refused = matches.error();
            return false;
          }
          found.matches = std::move(matches).value();
        }
        if (!found.matches.empty() || !found.same_file.empty()) {
          report.duplicates.push_back(std::move(found));
        }
      }
    } else if (checked.error().code == ErrorCode::kInvalidArgument ||
               checked.error().code == ErrorCode::kConflict ||
               checked.error().code == ErrorCode::kNotFound) {
      ++report.rows_bad;
      std::vector<ImportRowIssue> issues;
      AddRowIssues(row, checked.error(), column_of, issues);
      if (on_bad) on_bad(row, cells, issues);
      for (auto& i : issues) report.errors.push_back(std::move(i));
    } else {
      refused = checked.error();  // forbidden, unavailable: not the row's fault
      return false;
    }
    return true;
  }));
  SD_TRY(refused);
  return report;
}

core::Result<DryRunReport> ImportService::DryRun(const Caller& caller, std::int64_t id,
                                                 const BadRowFn& on_bad, bool keep) {
  SD_ASSIGN(Loaded l, Load(caller, id));
  ImportView& v = l.state.view;
  SD_TRY(CheckMapping(*l.entity, v.columns, v.mapping));
  SD_ASSIGN(auto source, LoadFile(id, v.format));
  SD_ASSIGN(DryRunReport report,
            CheckRows(caller, *l.entity, *source, v.columns, v.mapping, on_bad));
  if (keep && v.status == ImportStatus::kUploaded) {
    // Kept with the import for whoever comes back to it; a run that started meanwhile wins.
    v.dry_run = DryRunSummary{report.rows_total, report.rows_ok, report.rows_bad,
                              static_cast<std::int64_t>(report.errors.size())};
    SD_TRY(Save(v, l.state.shape, l.user_id, ImportStatus::kUploaded));
  }
  return report;
}

core::Result<ImportView> ImportService::Run(const Caller& caller, std::int64_t id) {
  SD_ASSIGN(Loaded l, Load(caller, id));
  SD_TRY(CheckMayWrite(caller, *l.entity));
  ImportView& v = l.state.view;
  SD_TRY(CheckMapping(*l.entity, v.columns, v.mapping));
  // A failed run may run again: each row's idempotency key replays what it created.
  const ImportStatus was = v.status;
  if (was != ImportStatus::kUploaded && was != ImportStatus::kFailed) return Running();
  auto job = std::make_shared<Job>();
  job->user_id = l.user_id;
  job->entity = l.entity;
  job->shape = l.state.shape;
  job->caller = caller;
  SD_ASSIGN(job->source, LoadFile(id, v.format));
  v.status = ImportStatus::kRunning;
  v.progress_at_us = clock_.Now().micros_since_epoch();
  v.rows_done = v.rows_created = v.rows_replayed = v.rows_failed = v.errors_total = 0;
  v.errors.clear();
  v.failure.clear();
  SD_ASSIGN(const bool claimed, Save(v, job->shape, l.user_id, was));
  if (!claimed) return Running();  // another request (or server) started it first
  job->view = v;
  std::lock_guard lock(mutex_);  // the destructor joins under the same lock
  // Runs that ended are forgotten here: their threads return at once.
  for (auto it = running_.begin(); it != running_.end();) {
    std::unique_lock job_lock(it->second->mutex);
    const bool over = it->second->view.status != ImportStatus::kRunning;
    job_lock.unlock();
    if (!over) {
      ++it;
      continue;
    }
    if (it->second->thread.joinable()) it->second->thread.join();
    it = running_.erase(it);
  }
  running_[id] = job;
  job->thread = std::thread([this, job] { RunJob(job); });
  return v;
}

}  // namespace salesdesk::app::io

namespace salesdesk::app::io {

core::Result<std::string> ImportService::BadRowsCsv(const Caller& caller, std::int64_t id) {
  SD_ASSIGN(ImportView v, Get(caller, id));
  std::string out(core::io::kUtf8Bom);
  auto row_of = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) core::io::CsvComma(out);
      core::io::AppendCsvText(out, cells[i]);
    }
  };
  std::vector<std::string> header = v.columns;
  header.push_back("row");
  header.push_back("errors");
  row_of(header);
  core::io::EndCsvRow(out);
  // A read: the dry run's counts are not kept from here.
  SD_TRY(DryRun(
      caller, id,
      [&](std::int64_t row, const std::vector<std::string>& cells,
          const std::vector<ImportRowIssue>& issues) {
        // The row as read, fitted to the header so the error columns line up (cells
        // past the header belong to no column: the import ignores them too).
        std::vector<std::string> line = cells;
        line.resize(v.columns.size());
        line.push_back(std::to_string(row));
        std::string errors;
        for (const auto& i : issues) {
          if (!errors.empty()) errors += '\n';
          errors += (i.column.empty() ? i.field : i.column) + ": " + i.message;
        }
        line.push_back(std::move(errors));
        row_of(line);
        core::io::EndCsvRow(out);
      },
      false));
  return out;
}

}  // namespace salesdesk::app::io
