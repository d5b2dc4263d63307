-- The maintained daily actuals (decision 0078): per person, measure, unit and day what targets
-- count, changed in the same transaction as the invoices, credit notes, activities and orders
-- behind it. The unique key is what Accumulate's upsert names, and the reads' range: a person's
-- measure over some days.
CREATE TABLE daily_actuals (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  owner_id INTEGER NOT NULL REFERENCES users(id),
  measure TEXT NOT NULL,
  unit TEXT NOT NULL,
  day TEXT NOT NULL,
  amount INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX daily_actuals_key ON daily_actuals(owner_id, measure, day, unit);
