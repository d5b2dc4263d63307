-- Normalised keys of accounts and leads for the duplicate check (issue 11, decision 0034).
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
