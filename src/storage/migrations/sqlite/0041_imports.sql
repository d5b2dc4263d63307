-- Imports survive a restart (decision 0054): each upload's state, its file (base64) and the
-- column mappings remembered per file shape. The service owns `state` (JSON: columns, preview,
-- mapping, counts, bad rows, the last dry run's summary).
CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  status TEXT NOT NULL,
  progress_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  state TEXT NOT NULL,
  idem_key TEXT,
  request_hash TEXT NOT NULL DEFAULT ''
);
-- A retried upload answers the same import; NULL keys never collide on either engine.
CREATE UNIQUE INDEX imports_upload_key ON imports(user_id, idem_key);
-- The start-up sweep of dead runs and the day-old clean-up.
CREATE INDEX imports_status ON imports(status, progress_at);
CREATE INDEX imports_created ON imports(created_at);
CREATE TABLE import_files (
  import_id INTEGER PRIMARY KEY REFERENCES imports(id),
  content TEXT NOT NULL
);
CREATE TABLE import_mappings (
  shape TEXT PRIMARY KEY,
  mapping TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
