-- Superseded versions of price lists, their items and pricing rules (decision 0017): a quote
-- keeps the pricing conditions of its instant, so a changed line of an old quote is priced
-- with the rules and list prices as they stood then, and an old price can still be explained.
CREATE TABLE pricing_versions (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  entity TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  record_version INTEGER NOT NULL,
  valid_from INTEGER NOT NULL,
  valid_until INTEGER NOT NULL,
  fields TEXT NOT NULL
);
CREATE INDEX pricing_versions_until ON pricing_versions(valid_until);
CREATE INDEX pricing_versions_record ON pricing_versions(entity, record_id, record_version);

-- The instant a quote line's price comes from (its pricing conditions).
ALTER TABLE quote_lines ADD COLUMN priced_as_of INTEGER;
