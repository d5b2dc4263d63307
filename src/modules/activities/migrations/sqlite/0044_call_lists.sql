-- Call lists (issue 11): a telemarketer's list built from a saved view, worked one entry at a
-- time. The entries capture the name and phone at build time; a logged entry points at its call.
CREATE TABLE call_lists (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  source_entity TEXT NOT NULL,
  source_view_id INTEGER,
  source_query TEXT,
  status TEXT NOT NULL,
  entries_total INTEGER,
  entries_done INTEGER,
  entries_skipped INTEGER,
  owner_id INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX call_lists_owner ON call_lists(owner_id, status);
CREATE TABLE call_list_entries (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  call_list_id INTEGER NOT NULL REFERENCES call_lists(id),
  target_entity TEXT NOT NULL,
  target_id INTEGER NOT NULL,
  display_name TEXT NOT NULL,
  phone TEXT,
  position INTEGER NOT NULL,
  status TEXT NOT NULL,
  outcome TEXT,
  next_call_on TEXT,
  activity_id INTEGER REFERENCES activities(id),
  called_at INTEGER,
  UNIQUE (call_list_id, position)
);
-- "The next pending entry" and the progress counts read the list's entries by status.
CREATE INDEX call_list_entries_list ON call_list_entries(call_list_id, status, position);
