// The storage port: a unit of work (one database transaction) offering the small interfaces the
// platform's callers need — records, the ledger beside them, credentials and sessions, sign-in
// throttling, idempotency keys, job runs. A caller that needs one of them takes that interface;
// the services that open transactions hold the whole unit. Implemented once over SQL in
// storage/common for SQLite and PostgreSQL.
#pragma once

#include <memory>

#include "app/ports/credential_store.h"
#include "app/ports/idempotency_store.h"
#include "app/ports/job_run_log.h"
#include "app/ports/login_failure_store.h"
#include "app/ports/record_ledger.h"
#include "app/ports/record_repository.h"
#include "core/result.h"

namespace salesdesk::app {

class UnitOfWork : public RecordRepository,
                   public RecordLedger,
                   public CredentialStore,
                   public LoginFailureStore,
                   public IdempotencyStore,
                   public JobRunLog {
 public:
  ~UnitOfWork() override = default;  // rolls back unless committed
  virtual core::Result<void> Commit() = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  virtual core::Result<std::unique_ptr<UnitOfWork>> Read() = 0;
  virtual core::Result<std::unique_ptr<UnitOfWork>> Write() = 0;
};

}  // namespace salesdesk::app
