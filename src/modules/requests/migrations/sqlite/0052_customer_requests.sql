-- Customer requests (decision 0066): what a customer asked, who must answer it and when it was
-- answered against the 24-hour SLA (RULES B-R2 row 11). Instants in µs since the epoch.
CREATE TABLE customer_requests (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  contact_id INTEGER REFERENCES contacts(id),
  subject TEXT NOT NULL,
  details TEXT,
  kind TEXT NOT NULL,
  channel TEXT,
  received_at INTEGER NOT NULL,
  due_at INTEGER NOT NULL,
  answer TEXT,
  answered_at INTEGER,
  status TEXT NOT NULL,
  answered_on_time INTEGER NOT NULL DEFAULT 0,
  owner_id INTEGER REFERENCES users(id)
);
-- Row 11 reads an owner's requests of a month; the account's page its requests newest first; the
-- rep's open list by due instant.
CREATE INDEX customer_requests_owner ON customer_requests(owner_id, received_at);
CREATE INDEX customer_requests_account ON customer_requests(account_id, received_at);
CREATE INDEX customer_requests_contact ON customer_requests(contact_id);
CREATE INDEX customer_requests_open ON customer_requests(status, due_at);
