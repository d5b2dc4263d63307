-- The appraisal module: the weights, caps and default targets of the scorecard per role, and
-- one card per rep and month (open, then signed with its figures frozen, RULES B-R1).
CREATE TABLE appraisal_templates (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  role TEXT NOT NULL,
  item TEXT NOT NULL,
  weight INTEGER NOT NULL,
  cap_bp INTEGER NOT NULL,
  target INTEGER,
  UNIQUE (role, item)
);

CREATE TABLE appraisal_cards (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  month TEXT NOT NULL,
  status TEXT NOT NULL,
  conduct_rating INTEGER,
  manager_comment TEXT,
  rated_by_id INTEGER REFERENCES users(id),
  rated_at INTEGER,
  signed_by_id INTEGER REFERENCES users(id),
  signed_at INTEGER,
  acknowledged_at INTEGER,
  score_bp INTEGER,
  figures TEXT,
  owner_id INTEGER NOT NULL REFERENCES users(id),
  UNIQUE (owner_id, month)
);
CREATE INDEX appraisal_cards_owner ON appraisal_cards(owner_id, id);
CREATE INDEX appraisal_cards_month ON appraisal_cards(month);
CREATE INDEX appraisal_cards_rated_by ON appraisal_cards(rated_by_id);
CREATE INDEX appraisal_cards_signed_by ON appraisal_cards(signed_by_id);
