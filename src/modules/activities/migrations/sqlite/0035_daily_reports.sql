-- The daily sales report: one per rep and working day, figures pre-filled from the activity log.
CREATE TABLE daily_reports (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  report_date TEXT NOT NULL,
  status TEXT NOT NULL,
  note TEXT,
  calls INTEGER,
  connected_calls INTEGER,
  visits INTEGER,
  meetings INTEGER,
  new_leads INTEGER,
  quotes INTEGER,
  orders INTEGER,
  orders_amount_minor INTEGER,
  orders_amount_currency TEXT,
  orders_other_currency INTEGER,
  submitted_at INTEGER,
  on_time INTEGER NOT NULL DEFAULT 0,
  review_comment TEXT,
  reviewed_by INTEGER REFERENCES users(id),
  reviewed_at INTEGER,
  owner_id INTEGER NOT NULL REFERENCES users(id),
  UNIQUE (owner_id, report_date)
);
-- A leader's list of the team's reports by day and status.
CREATE INDEX daily_reports_day ON daily_reports(report_date, status);
