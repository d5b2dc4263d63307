-- The targets module: target plans (versioned) and their decomposition, one row per month,
-- ISO-week part and day, written when a plan is activated or re-planned.
CREATE TABLE target_plans (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  subject_kind TEXT NOT NULL,
  subject_id INTEGER,
  measure TEXT NOT NULL,
  currency TEXT,
  fiscal_year INTEGER NOT NULL,
  annual_total INTEGER NOT NULL,
  profile_kind TEXT NOT NULL DEFAULT 'equal',
  weights TEXT,
  revision INTEGER,
  status TEXT NOT NULL DEFAULT 'draft',
  previous_plan_id INTEGER REFERENCES target_plans(id),
  closed_through TEXT,
  replan_policy TEXT,
  activated_at INTEGER,
  owner_id INTEGER REFERENCES users(id)
);
CREATE INDEX target_plans_owner ON target_plans(owner_id, fiscal_year, status);
CREATE INDEX target_plans_subject ON target_plans(subject_kind, subject_id, measure, fiscal_year);
CREATE INDEX target_plans_previous ON target_plans(previous_plan_id);

CREATE TABLE target_periods (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  plan_id INTEGER NOT NULL REFERENCES target_plans(id),
  level TEXT NOT NULL,
  month INTEGER,
  iso_year INTEGER,
  iso_week INTEGER,
  date_from TEXT NOT NULL,
  date_to TEXT NOT NULL,
  half_days INTEGER,
  target INTEGER
);
CREATE INDEX target_periods_plan ON target_periods(plan_id, level, date_from);
