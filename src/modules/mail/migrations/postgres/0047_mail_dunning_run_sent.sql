-- A dunning run remembers being sent (decision 0062): when its letters were last put in the
-- outbox, by whom, how many of its letters are in the outbox and how many could not be sent
-- for want of the customer's e-mail address. Mail adds the columns to billing's runs (billing
-- never names the outbox).
ALTER TABLE dunning_runs ADD COLUMN sent_at BIGINT;
ALTER TABLE dunning_runs ADD COLUMN sent_by_id BIGINT REFERENCES users(id);
ALTER TABLE dunning_runs ADD COLUMN letters_sent BIGINT;
ALTER TABLE dunning_runs ADD COLUMN letters_without_email BIGINT;
CREATE INDEX dunning_runs_sent_by ON dunning_runs(sent_by_id);
