-- Duplicates of accounts and leads: their normalised keys for the check, and merges (issue 11, decision 0034).
CREATE TABLE duplicate_keys (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  entity TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  key TEXT NOT NULL
);
-- The check looks keys up by (kind, key); the upkeep reads one record's keys.
CREATE INDEX duplicate_keys_kind_key ON duplicate_keys(kind, key);
CREATE INDEX duplicate_keys_record ON duplicate_keys(entity, record_id);

-- Merges of two accounts or two leads, kept so a merge can be undone within a day.
CREATE TABLE record_merges (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  entity TEXT NOT NULL,
  keep_id INTEGER NOT NULL,
  merge_id INTEGER NOT NULL,
  owner_id INTEGER REFERENCES users(id),
  merged TEXT,
  filled TEXT,
  moved TEXT,
  moved_count INTEGER NOT NULL DEFAULT 0,
  undone_at INTEGER,
  undone_by_id INTEGER REFERENCES users(id)
);
CREATE INDEX record_merges_owner ON record_merges(owner_id, created_at);
CREATE INDEX record_merges_undone_by ON record_merges(undone_by_id);
CREATE INDEX record_merges_keep ON record_merges(entity, keep_id);
