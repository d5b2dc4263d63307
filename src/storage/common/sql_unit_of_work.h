// One transaction seen through the app's UnitOfWork port. Its methods are split by concern
// across sql_record_repository.cpp, sql_aggregate_repository.cpp, sql_auth_repository.cpp,
// sql_job_runs_repository.cpp and sql_unit_of_work.cpp.
#pragma once

#include <memory>

#include "app/ports/import_state_store.h"
#include "app/ports/store.h"
#include "storage/common/sql.h"

namespace salesdesk::storage {

class SqlUnitOfWork : public app::UnitOfWork, public app::ImportStateStore {
 public:
  explicit SqlUnitOfWork(std::unique_ptr<SqlTransaction> tx) : tx_(std::move(tx)) {}

  core::Result<std::optional<app::Record>> Get(const app::EntitySpec& e, std::int64_t id,
                                               const app::Visibility& visibility) override;
  core::Result<app::AggregateResult> Aggregate(const app::EntitySpec& e,
                                               const app::AggregateQuery& query,
                                               const app::Visibility& visibility) override;
  core::Result<app::Page> List(const app::EntitySpec& e, const app::ListQuery& query,
                               const app::Visibility& visibility) override;
  core::Result<app::Record> Insert(const app::EntitySpec& e, const app::Record& fields,
                                   std::int64_t now_us) override;
  core::Result<std::vector<app::Record>> InsertMany(const app::EntitySpec& e,
                                                    const std::vector<app::Record>& records,
                                                    std::int64_t now_us) override;
  core::Result<app::Record> Update(const app::EntitySpec& e, std::int64_t id,
                                   const app::Record& fields, std::int64_t expected_version,
                                   std::int64_t now_us) override;
  core::Result<void> Delete(const app::EntitySpec& e, std::int64_t id,
                            std::int64_t expected_version) override;
  core::Result<void> Accumulate(const app::EntitySpec& e, const app::Record& key,
                                std::string_view field, std::int64_t delta,
                                std::int64_t now_us) override;
  core::Result<bool> Exists(const app::EntitySpec& e, std::int64_t id) override;
  core::Result<std::optional<std::int64_t>> ParentOf(const app::EntitySpec& e,
                                                     std::int64_t id) override;
  core::Result<std::int64_t> NextNumber(const std::string& sequence) override;
  core::Result<std::int64_t> DataVersion(const std::string& group) override;
  core::Result<std::vector<std::int64_t>> TeamMemberIds(std::int64_t user_id) override;
  core::Result<void> AppendAudit(const app::AuditEntry& entry) override;

  core::Result<std::optional<app::UserCredentials>> FindUserByEmail(
      const std::string& email) override;
  core::Result<std::optional<app::UserCredentials>> FindUserById(std::int64_t id) override;
  core::Result<void> SetPassword(std::int64_t user_id, const std::string& hash,
                                 std::int64_t now_us) override;
  core::Result<void> InsertSession(const app::SessionRecord& session) override;
  core::Result<std::optional<std::pair<app::SessionRecord, app::UserCredentials>>>
  FindSessionWithUser(const std::string& token_hash) override;
  core::Result<void> DeleteSession(const std::string& token_hash) override;
  core::Result<void> DeleteSessionsOfUser(std::int64_t user_id) override;
  core::Result<std::int64_t> RecordLoginFailure(const std::string& key, std::int64_t now_us,
                                                std::int64_t memory_us) override;
  core::Result<std::optional<app::LoginFailures>> FindLoginFailures(
      const std::string& key) override;
  core::Result<void> BlockLogin(const std::string& key, std::int64_t until_us) override;
  core::Result<void> ClearLoginFailures(const std::string& key) override;
  core::Result<std::optional<app::StoredResponse>> FindIdempotent(std::int64_t user_id,
                                                                  const std::string& key) override;
  core::Result<void> SaveIdempotent(std::int64_t user_id, const std::string& key,
                                    const app::StoredResponse& response,
                                    std::int64_t now_us) override;
  core::Result<bool> ClaimJobRun(const std::string& job, std::int64_t tick,
                                 const std::string& runner, std::int64_t now_us) override;
  core::Result<void> FinishJobRun(const std::string& job, std::int64_t tick,
                                  const std::string& outcome, std::int64_t now_us) override;
  core::Result<std::int64_t> PruneJobRuns(std::int64_t started_before_us,
                                          std::int64_t limit) override;
  core::Result<std::int64_t> InsertImport(const app::StoredImport& row,
                                          const std::string& file_base64,
                                          const std::optional<std::string>& key,
                                          const std::string& request_hash) override;
  core::Result<std::optional<app::StoredImport>> FindImport(std::int64_t id) override;
  core::Result<std::optional<std::pair<std::int64_t, std::string>>> FindImportByKey(
      std::int64_t user_id, const std::string& key) override;
  core::Result<std::string> ImportFile(std::int64_t id) override;
  core::Result<bool> SaveImport(const app::StoredImport& row,
                                const std::optional<std::string>& if_status) override;
  core::Result<std::vector<std::int64_t>> StaleImports(std::int64_t progress_before) override;
  core::Result<std::int64_t> ForgetImports(std::int64_t created_before) override;
  core::Result<std::optional<std::string>> RememberedMapping(const std::string& shape) override;
  core::Result<void> RememberMapping(const std::string& shape, const std::string& mapping,
                                     std::int64_t now_us) override;
  core::Result<void> Commit() override { return tx_->Commit(); }

 private:
  // After a write to a table a cache is built from: its group's version moves (data_versions).
  core::Result<void> BumpDataVersion(const app::EntitySpec& e);
  // The row as stored now, for the entity's after-store hooks (none: not read).
  core::Result<std::optional<app::Record>> BeforeHooks(const app::EntitySpec& e, std::int64_t id);
  core::Result<void> RunStoredHooks(const app::EntitySpec& e, const app::Record* before,
                                    const app::Record* after);
  core::Result<SqlRows> Q(std::string_view sql, std::vector<SqlValue> params = {}) {
    return tx_->Query(sql, params);
  }
  std::unique_ptr<SqlTransaction> tx_;
};

}  // namespace salesdesk::storage
