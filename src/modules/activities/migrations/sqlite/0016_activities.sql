-- The activities module: calls, visits, meetings and e-mails, each owned by a salesperson.
CREATE TABLE activities (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  status TEXT NOT NULL,
  planned_at INTEGER NOT NULL,
  done_at INTEGER,
  duration_minutes INTEGER,
  direction TEXT,
  outcome TEXT,
  next_step TEXT,
  next_action_on TEXT,
  check_in_at INTEGER,
  place TEXT,
  latitude INTEGER,
  longitude INTEGER,
  report TEXT,
  account_id INTEGER REFERENCES accounts(id),
  contact_id INTEGER REFERENCES contacts(id),
  related_entity TEXT,
  related_id INTEGER,
  owner_id INTEGER REFERENCES users(id)
);
-- The timeline reads a record's activities newest first; "Today" reads an owner's by time.
CREATE INDEX activities_account ON activities(account_id, planned_at);
CREATE INDEX activities_contact ON activities(contact_id, planned_at);
CREATE INDEX activities_related ON activities(related_entity, related_id);
CREATE INDEX activities_owner ON activities(owner_id, planned_at);
CREATE INDEX activities_next_action ON activities(owner_id, next_action_on);
