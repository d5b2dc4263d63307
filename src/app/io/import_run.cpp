// The background run of an import: rows decoded as the API decodes a create, then written in
// batches of one transaction each; a batch that fails is written again row by row so the good
// rows land and each bad one is reported. Progress is published after every batch, and a batch
// is written at least every ImportOptions::max_batch_us.
#include <boost/json/serialize.hpp>
#include <chrono>

#include "app/auth/crypto.h"
#include "app/io/import_job.h"
#include "app/records/record_fields.h"
#include "app/records/record_json.h"

namespace salesdesk::app::io {

using core::Error;
using core::ErrorCode;

void AddRowIssues(std::int64_t row, const Error& e,
                  const std::map<std::string, std::string>& column_of,
                  std::vector<ImportRowIssue>& out) {
  auto add = [&](const std::string& field, const std::string& code, const std::string& message,
                 const core::MessageParams& params) {
    std::string column;
    auto c = column_of.find(field);
    if (c == column_of.end()) c = column_of.find(field.substr(0, field.find('.')));
    if (c != column_of.end()) column = c->second;
    out.push_back({row, column, field, code, message, params});
  };
  if (e.issues.empty()) {
    add(e.field, e.message_code, e.message, e.params);
  } else {
    for (const auto& i : e.issues) add(i.field, i.code, i.message, i.params);
  }
}

bool IsRowFault(const Error& e) {
  return e.code == ErrorCode::kInvalidArgument || e.code == ErrorCode::kConflict ||
         e.code == ErrorCode::kNotFound || e.code == ErrorCode::kIdempotencyMismatch ||
         e.code == ErrorCode::kOverflow;
}

namespace {

// One decoded row waiting for its batch.
struct PendingRow {
  std::int64_t row;
  std::map<std::string, std::string> column_of;
};

}  // namespace

// Progress and bad rows saved after every batch, so any server answers how far the run got and
// a server that stops leaves the import where it was (decision 0054).
void ImportService::Publish(Job& job) {
  ImportView v;
  {
    std::lock_guard lock(job.mutex);
    v = job.view;
  }
  // A database that cannot be reached now is told at the next batch or at the end.
  (void)Save(v, job.shape, job.user_id);
}

void ImportService::RunJob(const std::shared_ptr<Job>& job) {
  const EntitySpec& e = *job->entity;
  const Caller caller = job->caller;
  ColumnMapping mapping;
  std::vector<std::string> columns;
  {
    std::lock_guard lock(job->mutex);
    mapping = job->view.mapping;
    columns = job->view.columns;
  }
  const std::string path = "/api/v1/" + std::string(e.plural) + "/";
  const ResponseRenderer render = [&](const Record& r) {
    const std::int64_t id = IntOf(r, "id").value_or(0);
    return StoredResponse{"", 201, boost::json::serialize(boost::json::object{{"id", id}}),
                          path + std::to_string(id)};
  };

  std::vector<BatchCreate> batch;
  std::vector<PendingRow> pending;
  std::vector<ImportRowIssue> issues;
  std::int64_t done = 0, created = 0, replayed = 0, failed = 0;
  std::string failure;
  // Real elapsed time, whatever clock the records are stamped with.
  auto last_write = std::chrono::steady_clock::now();
  const auto max_batch = std::chrono::microseconds(options_.max_batch_us);

  auto publish = [&] {
    {
      std::lock_guard lock(job->mutex);
      ImportView& v = job->view;
      v.rows_done += done;
      v.rows_created += created;
      v.rows_replayed += replayed;
      v.rows_failed += failed;
      v.errors_total += static_cast<std::int64_t>(issues.size());
      for (auto& i : issues) {
        if (v.errors.size() < kMaxStoredErrors) v.errors.push_back(std::move(i));
      }
      v.progress_at_us = clock_.Now().micros_since_epoch();
    }
    done = created = replayed = failed = 0;
    issues.clear();
    Publish(*job);
  };
  auto count = [&](const CreateOutcome& o) { ++(o.replay ? replayed : created); };

  auto flush = [&] {
    if (batch.empty()) return;
    std::size_t failed_at = 0;
    auto written = records_.CreateBatch(caller, e, batch, render, failed_at);
    if (written.ok()) {
      for (const auto& o : *written) count(o);
    } else {
      for (std::size_t i = 0; i < batch.size() && failure.empty(); ++i) {
        const BatchCreate& item = batch[i];
        const ResponseRenderer one_render = [&](const Record& r) {
          StoredResponse s = render(r);
          s.request_hash = item.idempotency.request_hash;
          return s;
        };
        auto one = records_.Create(caller, e, item.fields, &item.idempotency, one_render);
        if (one.ok()) {
          count(*one);
        } else if (IsRowFault(one.error())) {
          ++failed;
          AddRowIssues(pending[i].row, one.error(), pending[i].column_of, issues);
        } else {
          failure = one.error().message;
        }
      }
    }
    done += static_cast<std::int64_t>(batch.size());
    batch.clear();
    pending.clear();
    last_write = std::chrono::steady_clock::now();
    publish();
  };

  bool header = true;
  auto read = job->source->ForEachRow([&](std::int64_t row, std::vector<std::string>& cells) {
    if (header) {
      header = false;  // row 1 names the columns
      return true;
    }
    if (stopping_ || !failure.empty()) return false;
    PendingRow p{row, {}};
    auto body = RowToBody(e, columns, mapping, cells, p.column_of);
    auto record = DecodeRecordObject(e, body, DecodeMode::kCreate);
    if (!record.ok()) {
      ++done;
      ++failed;
      AddRowIssues(row, record.error(), p.column_of, issues);
    } else {
      // The row of this file, whatever the import that carries it: a re-run replays.
      const std::string key = "import-" + std::string(e.plural) + "-" + job->source->digest() +
                              "-" + std::to_string(row);
      batch.push_back({std::move(record).value(), {key, HashHex(boost::json::serialize(body))}});
      pending.push_back(std::move(p));
    }
    if (batch.size() >= options_.batch_rows ||
        std::chrono::steady_clock::now() - last_write >= max_batch)
      flush();
    return true;
  });
  if (failure.empty()) flush();
  if (!read.ok()) failure = read.error().message;
  if (stopping_ && failure.empty()) {
    failure = core::EnglishText(
        core::Msg("import.interrupted", {{"done", std::to_string(job->view.rows_done + done)},
                                         {"total", std::to_string(job->view.rows_total)}}));
  }
  {
    std::lock_guard lock(job->mutex);
    job->view.failure = failure;
    job->view.status = failure.empty() ? ImportStatus::kDone : ImportStatus::kFailed;
  }
  publish();
}

}  // namespace salesdesk::app::io
