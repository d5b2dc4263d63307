-- The forecasts module (issue 12, decision 0041): managers' adjustments of a forecast cell, kept
-- with the value they replaced (RULES D-R3), and the weekly snapshots of every person's forecast
-- (D-R4), immutable once written. Money in minor units of the company currency.
CREATE TABLE forecast_adjustments (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  owner_id INTEGER REFERENCES users(id),
  subject_id INTEGER NOT NULL REFERENCES users(id),
  period TEXT NOT NULL,
  category TEXT NOT NULL,
  amount_minor INTEGER NOT NULL, amount_currency TEXT NOT NULL,
  basis_minor INTEGER NOT NULL, basis_currency TEXT NOT NULL,
  note TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active',
  replaced_id INTEGER REFERENCES forecast_adjustments(id)
);
CREATE INDEX forecast_adjustments_period ON forecast_adjustments(period, status);
CREATE INDEX forecast_adjustments_subject ON forecast_adjustments(subject_id, period);
CREATE INDEX forecast_adjustments_owner ON forecast_adjustments(owner_id);

CREATE TABLE forecast_snapshots (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  owner_id INTEGER REFERENCES users(id),
  taken_on TEXT NOT NULL,
  period TEXT NOT NULL,
  currency TEXT NOT NULL,
  raw_closed INTEGER NOT NULL, raw_commit INTEGER NOT NULL,
  raw_best_case INTEGER NOT NULL, raw_open_pipeline INTEGER NOT NULL,
  view_closed INTEGER NOT NULL, view_commit INTEGER NOT NULL,
  view_best_case INTEGER NOT NULL, view_open_pipeline INTEGER NOT NULL,
  adjustments TEXT
);
CREATE UNIQUE INDEX forecast_snapshots_key ON forecast_snapshots(owner_id, period, taken_on);
CREATE INDEX forecast_snapshots_taken ON forecast_snapshots(taken_on);
-- An adjustment's history walks back through what each one replaced.
CREATE INDEX forecast_adjustments_replaced ON forecast_adjustments(replaced_id);
