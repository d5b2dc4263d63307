-- Copies of a sales summary (issue 14: "e-mailed to chosen people"): more readers than the one
-- recipient, comma-separated, checked and lower-cased by the record's rules.
ALTER TABLE summary_subscriptions ADD COLUMN cc_emails TEXT;
