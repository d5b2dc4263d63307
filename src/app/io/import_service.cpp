#include "app/io/import_service.h"

#include <boost/json/serialize.hpp>

#include "app/access/access_policy.h"
#include "app/auth/crypto.h"
#include "app/io/import_job.h"
#include "app/records/record_json.h"

namespace salesdesk::app::io {
namespace {

using core::Error;
using core::ErrorCode;

Error NotFound(std::int64_t id) {
  return Error::Make(ErrorCode::kNotFound,
                     core::Msg("import.not_found", {{"id", std::to_string(id)}}));
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

ImportService::ImportService(RecordService& records, const core::Clock& clock,
                             ImportOptions options)
    : records_(records), clock_(clock), options_(options) {}

ImportService::~ImportService() {
  stopping_ = true;
  std::lock_guard lock(mutex_);
  for (auto& [id, job] : jobs_) {
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
    std::lock_guard lock(mutex_);
    auto seen = keys_.find({caller.user_id, idempotency->key});
    if (seen != keys_.end()) {
      if (seen->second.first != idempotency->request_hash) {
        Error err =
            Error::Make(ErrorCode::kIdempotencyMismatch, core::Msg("idempotency.key_reused"));
        err.field = "Idempotency-Key";
        return err;
      }
      return View(*jobs_.at(seen->second.second));
    }
  }
  auto job = std::make_shared<Job>();
  job->user_id = caller.user_id;
  job->entity = e;
  SD_ASSIGN(job->source, ImportSource::FromBytes(format, std::move(bytes)));
  bool first = true;
  SD_TRY(job->source->ForEachRow([&](std::int64_t, std::vector<std::string>& cells) {
    if (first) {
      job->header = cells;
      first = false;
    } else {
      if (job->preview.size() < options_.preview_rows) job->preview.push_back(cells);
      ++job->rows_total;
    }
    return true;
  }));
  if (job->header.empty()) return Error::Invalid("body", core::Msg("import.empty_file"));
  job->shape = ShapeKey(*e, job->header);
  job->created_at_us = clock_.Now().micros_since_epoch();
  std::lock_guard lock(mutex_);
  ForgetOldImports(job->created_at_us);
  job->id = next_id_++;
  auto known = remembered_.find(job->shape);
  job->mapping_remembered = known != remembered_.end();
  if (job->mapping_remembered) {
    // The same shape may differ in case and blanks: the mapping follows this file's names.
    for (const auto& column : job->header) {
      auto target = known->second.find(NormalisedColumn(column));
      if (target != known->second.end()) job->mapping[column] = target->second;
    }
  } else {
    job->mapping = ProposeMapping(*e, job->header);
  }
  jobs_[job->id] = job;
  if (idempotency != nullptr)
    keys_[{caller.user_id, idempotency->key}] = {idempotency->request_hash, job->id};
  return View(*job);
}

// Imports not running and a day old are dropped with their files (the caller holds mutex_).
void ImportService::ForgetOldImports(std::int64_t now_us) {
  constexpr std::int64_t kDayUs = 86'400'000'000;
  for (auto it = jobs_.begin(); it != jobs_.end();) {
    Job& job = *it->second;
    std::unique_lock job_lock(job.mutex);
    const bool idle = job.status != ImportStatus::kRunning;
    job_lock.unlock();
    if (!idle || now_us - job.created_at_us < kDayUs) {
      ++it;
      continue;
    }
    if (job.thread.joinable()) job.thread.join();  // finished: returns at once
    std::erase_if(keys_, [&](const auto& k) { return k.second.second == it->first; });
    it = jobs_.erase(it);
  }
}

core::Result<std::shared_ptr<ImportService::Job>> ImportService::Find(const Caller& caller,
                                                                      std::int64_t id) {
  std::lock_guard lock(mutex_);
  auto it = jobs_.find(id);
  // Someone else's import looks absent, like an invisible record.
  if (it == jobs_.end() || (it->second->user_id != caller.user_id && !caller.is_system()))
    return NotFound(id);
  return it->second;
}

ImportView ImportService::View(const Job& job) const {
  ImportView v;
  v.id = job.id;
  v.entity = std::string(job.entity->plural);
  v.format = job.source->format();
  v.columns = job.header;
  v.preview = job.preview;
  v.rows_total = job.rows_total;
  std::lock_guard lock(job.mutex);
  v.status = job.status;
  v.mapping = job.mapping;
  v.mapping_remembered = job.mapping_remembered;
  v.rows_done = job.rows_done;
  v.rows_created = job.rows_created;
  v.rows_replayed = job.rows_replayed;
  v.rows_failed = job.rows_failed;
  v.progress_at_us = job.progress_at_us;
  v.errors = job.errors;
  v.failure = job.failure;
  return v;
}

core::Result<ImportView> ImportService::Get(const Caller& caller, std::int64_t id) {
  SD_ASSIGN(auto job, Find(caller, id));
  return View(*job);
}

core::Result<ImportView> ImportService::SetMapping(const Caller& caller, std::int64_t id,
                                                   ColumnMapping mapping) {
  SD_ASSIGN(auto job, Find(caller, id));
  SD_TRY(CheckMapping(*job->entity, job->header, mapping));
  {
    std::lock_guard lock(job->mutex);
    if (job->status != ImportStatus::kUploaded)
      return Error::Make(ErrorCode::kConflict, core::Msg("import.running"));
    job->mapping = mapping;
    job->mapping_remembered = false;
  }
  ColumnMapping by_shape;  // normalised column -> target
  for (const auto& [column, target] : mapping) by_shape[NormalisedColumn(column)] = target;
  {
    std::lock_guard lock(mutex_);
    remembered_[job->shape] = std::move(by_shape);
  }
  return View(*job);
}

core::Result<DryRunReport> ImportService::DryRun(const Caller& caller, std::int64_t id) {
  SD_ASSIGN(auto job, Find(caller, id));
  ColumnMapping mapping;
  {
    std::lock_guard lock(job->mutex);
    mapping = job->mapping;
  }
  SD_TRY(CheckMapping(*job->entity, job->header, mapping));
  const EntitySpec& e = *job->entity;
  DryRunReport report;
  std::map<std::string, std::string> column_of;
  core::Result<void> refused = core::Ok();
  bool header = true;
  SD_TRY(job->source->ForEachRow([&](std::int64_t row, std::vector<std::string>& cells) {
    if (header) {
      header = false;  // row 1 names the columns
      return true;
    }
    ++report.rows_total;
    auto body = RowToBody(e, job->header, mapping, cells, column_of);
    auto record = DecodeRecordObject(e, body, DecodeMode::kCreate);
    core::Result<void> checked = record.ok()
                                     ? records_.CheckCreate(caller, e, std::move(record).value())
                                     : core::Result<void>(record.error());
    if (checked.ok()) {
      ++report.rows_ok;
    } else if (checked.error().code == ErrorCode::kInvalidArgument ||
               checked.error().code == ErrorCode::kConflict ||
               checked.error().code == ErrorCode::kNotFound) {
      ++report.rows_bad;
      AddRowIssues(row, checked.error(), column_of, report.errors);
    } else {
      refused = checked.error();  // forbidden, unavailable: not the row's fault
      return false;
    }
    return true;
  }));
  SD_TRY(refused);
  return report;
}

core::Result<ImportView> ImportService::Run(const Caller& caller, std::int64_t id) {
  SD_ASSIGN(auto job, Find(caller, id));
  SD_TRY(CheckMayWrite(caller, *job->entity));
  {
    std::lock_guard lock(job->mutex);
    SD_TRY(CheckMapping(*job->entity, job->header, job->mapping));
    if (job->status != ImportStatus::kUploaded)
      return Error::Make(ErrorCode::kConflict, core::Msg("import.running"));
    job->status = ImportStatus::kRunning;
    job->progress_at_us = clock_.Now().micros_since_epoch();
    job->caller = caller;
  }
  std::lock_guard lock(mutex_);  // the destructor joins under the same lock
  job->thread = std::thread([this, job] { RunJob(job); });
  return View(*job);
}

}  // namespace salesdesk::app::io
