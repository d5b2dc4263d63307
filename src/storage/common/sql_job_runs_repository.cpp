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

// The batch walks the table from its oldest rows (both engines scan in insertion order, so a
// batch stops after `limit` old rows) and asks the primary key (job, tick) for each job's
// latest tick, so no index beyond it is needed. Row values in IN work on both engines.
core::Result<std::int64_t> SqlUnitOfWork::PruneJobRuns(std::int64_t started_before_us,
                                                       std::int64_t limit) {
  SD_ASSIGN(SqlRows rows,
            Q("DELETE FROM job_runs WHERE (job, tick) IN ("
              "SELECT r.job, r.tick FROM job_runs r WHERE r.started_at < ? AND r.tick < "
              "(SELECT max(l.tick) FROM job_runs l WHERE l.job = r.job) LIMIT ?)",
              {started_before_us, limit}));
  return rows.affected;
}

}  // namespace salesdesk::storage
