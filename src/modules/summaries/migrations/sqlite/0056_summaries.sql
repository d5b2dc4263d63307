-- Regular sales summaries (issue 14, decision 0076): a person's standing order for the cockpit's
-- figures of each closed day, week or month, e-mailed as PDF and/or XLSX to one address in one
-- language. last_period is the key of the last period put in the outbox, so a period goes once.
CREATE TABLE summary_subscriptions (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  cadence TEXT NOT NULL,
  recipient_email TEXT NOT NULL,
  language TEXT NOT NULL,
  formats TEXT NOT NULL,
  scope TEXT NOT NULL,
  active INTEGER NOT NULL,
  last_period TEXT,
  last_sent_at INTEGER,
  last_message_id INTEGER REFERENCES outbox_messages(id),
  last_error TEXT,
  owner_id INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX summary_subscriptions_owner ON summary_subscriptions(owner_id, created_at);
CREATE INDEX summary_subscriptions_due ON summary_subscriptions(active, cadence);
CREATE INDEX summary_subscriptions_message ON summary_subscriptions(last_message_id);
