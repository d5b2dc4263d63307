-- The mail module: the outbox (messages and their attachments) and each person's calendar feed.
CREATE TABLE outbox_messages (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  to_address TEXT NOT NULL,
  cc TEXT,
  reply_to TEXT,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  language TEXT,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  next_attempt_at INTEGER,
  last_error TEXT,
  sent_at INTEGER,
  account_id INTEGER REFERENCES accounts(id),
  related_entity TEXT,
  related_id INTEGER,
  owner_id INTEGER REFERENCES users(id)
);
-- The sender job reads the queued messages that are due; the lists read a person's newest.
CREATE INDEX outbox_messages_due ON outbox_messages(state, next_attempt_at);
CREATE INDEX outbox_messages_owner ON outbox_messages(owner_id, created_at);
CREATE INDEX outbox_messages_related ON outbox_messages(related_entity, related_id);
CREATE INDEX outbox_messages_account ON outbox_messages(account_id);

CREATE TABLE outbox_attachments (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  message_id INTEGER NOT NULL REFERENCES outbox_messages(id),
  filename TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  content_base64 TEXT NOT NULL
);
CREATE INDEX outbox_attachments_message ON outbox_attachments(message_id);

CREATE TABLE calendar_feeds (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  owner_id INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX calendar_feeds_owner ON calendar_feeds(owner_id);
