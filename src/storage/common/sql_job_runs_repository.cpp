// Runs of scheduled jobs (app/ports/job_run_log.h): the (job, tick) primary key lets exactly one
// of several servers claim a tick; the row then says who ran it and how it ended.
#include "storage/common/sql_unit_of_work.h"
#include "storage/common/sql_util.h"

namespace salesdesk::storage {

core::Result<bool> SqlUnitOfWork::ClaimJobRun(const std::string& job, std::int64_t tick,
                                              const std::string& runner, std::int64_t now_us) {
  SD_ASSIGN(SqlRows rows, Q("INSERT INTO job_runs (job, tick, runner, started_at) "
                            "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                            {job, tick, runner, now_us}));
  return rows.affected == 1;
}

core::Result<void> SqlUnitOfWork::FinishJobRun(const std::string& job, std::int64_t tick,
                                               const std::string& outcome, std::int64_t now_us) {
  SD_TRY(Q("UPDATE job_runs SET finished_at = ?, outcome = ? WHERE job = ? AND tick = ?",
           {now_us, outcome, job, tick}));
  return core::Ok();
}

}  // namespace salesdesk::storage
