-- Full-text search of leads for ?q= (decision 0064, as migration 0049 does for accounts):
-- names, company and e-mail, the fields app::FullTextIndexOf("leads") declares, in that
-- order.
CREATE VIRTUAL TABLE leads_fts USING fts5(first_name, last_name, company, email, content='leads', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4');
CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN
  INSERT INTO leads_fts(rowid, first_name, last_name, company, email) VALUES (new.id, new.first_name, new.last_name, new.company, new.email);
END;
CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN
  INSERT INTO leads_fts(leads_fts, rowid, first_name, last_name, company, email) VALUES ('delete', old.id, old.first_name, old.last_name, old.company, old.email);
END;
CREATE TRIGGER leads_fts_update AFTER UPDATE OF first_name, last_name, company, email ON leads BEGIN
  INSERT INTO leads_fts(leads_fts, rowid, first_name, last_name, company, email) VALUES ('delete', old.id, old.first_name, old.last_name, old.company, old.email);
  INSERT INTO leads_fts(rowid, first_name, last_name, company, email) VALUES (new.id, new.first_name, new.last_name, new.company, new.email);
END;
INSERT INTO leads_fts(leads_fts) VALUES ('rebuild');
