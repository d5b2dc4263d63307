-- Quotes belong to an opportunity (issue 12, decision 0055). Pipeline adds the link to sales'
-- quotes (sales never names opportunities) and, per pipeline, whether accepting a linked quote
-- wins the deal (on unless a director turns it off).
ALTER TABLE quotes ADD COLUMN opportunity_id INTEGER REFERENCES opportunities(id);
CREATE INDEX quotes_opportunity ON quotes(opportunity_id);
ALTER TABLE pipelines ADD COLUMN win_on_quote_accept INTEGER NOT NULL DEFAULT 1;
