-- Full-text search of leads for ?q= (decision 0064, as migration 0049 does for accounts):
-- names, company and e-mail, the fields app::FullTextIndexOf("leads") declares, in that
-- order; salesdesk_search_text comes from migration 0049.
CREATE INDEX leads_fts_idx ON leads USING gin (to_tsvector('simple', salesdesk_search_text(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(company, '') || ' ' || coalesce(email, ''))));
