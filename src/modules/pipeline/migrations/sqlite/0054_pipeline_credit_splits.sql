-- Split credit on deals (RULES C-R2, D-R5; decision 0071): an opportunity's credit shared between
-- reps like an order's (decisions 0045, 0065): revenue shares in basis points summing to 10,000,
-- overlay shares on top; no rows = 100 % to the deal's owner. Each person's forecast counts their
-- revenue share; an order made from one of the deal's quotes copies the rows.
CREATE TABLE opportunity_credit_splits (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  opportunity_id INTEGER NOT NULL REFERENCES opportunities(id),
  position INTEGER NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id),
  share_bp INTEGER NOT NULL,
  kind TEXT NOT NULL DEFAULT 'revenue'
);
CREATE UNIQUE INDEX opportunity_credit_splits_deal ON opportunity_credit_splits(opportunity_id, user_id);
CREATE INDEX opportunity_credit_splits_user ON opportunity_credit_splits(user_id);
