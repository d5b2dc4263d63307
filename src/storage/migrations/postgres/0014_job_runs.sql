-- Runs of scheduled jobs: one row per job and tick (period number since the epoch). Of several
-- servers sharing the database, the one whose insert lands runs the job for that tick.
CREATE TABLE job_runs (
  job TEXT NOT NULL,
  tick BIGINT NOT NULL,
  runner TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  finished_at BIGINT,
  outcome TEXT,
  PRIMARY KEY (job, tick)
);
