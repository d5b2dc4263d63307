-- The director's re-opening of a signed card (RULES B-R1, decision 0053): who, when and why the
-- last time; the audit trail keeps every one.
ALTER TABLE appraisal_cards ADD COLUMN reopened_by_id INTEGER REFERENCES users(id);
ALTER TABLE appraisal_cards ADD COLUMN reopened_at INTEGER;
ALTER TABLE appraisal_cards ADD COLUMN reopen_reason TEXT;
CREATE INDEX appraisal_cards_reopened_by ON appraisal_cards(reopened_by_id);
