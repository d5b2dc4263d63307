-- Full-text search for ?q= (issue 11, decision 0064): accounts (name, legal name, city, tax id),
-- contacts (names, e-mail), quotes (number, notes) and sales orders (number); their customer's
-- name matches through the accounts' index. Every word of a query is a word prefix, case and
-- accents folded.
-- The indexed fields and their order are those app::FullTextIndexOf declares; the full-text
-- contract test holds the two together.
-- SQLite: FTS5 external-content tables over the records (unicode61, diacritics removed),
-- kept current by triggers and filled from the rows already there. Prefix indexes of 1 to 4
-- characters: a short prefix ("q" of every quote number, a year, the palette's first letters)
-- is then one doclist to skip through instead of the merge of every word it begins.

CREATE VIRTUAL TABLE accounts_fts USING fts5(name, legal_name, city, tax_id, content='accounts', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4');
CREATE TRIGGER accounts_fts_insert AFTER INSERT ON accounts BEGIN
  INSERT INTO accounts_fts(rowid, name, legal_name, city, tax_id) VALUES (new.id, new.name, new.legal_name, new.city, new.tax_id);
END;
CREATE TRIGGER accounts_fts_delete AFTER DELETE ON accounts BEGIN
  INSERT INTO accounts_fts(accounts_fts, rowid, name, legal_name, city, tax_id) VALUES ('delete', old.id, old.name, old.legal_name, old.city, old.tax_id);
END;
CREATE TRIGGER accounts_fts_update AFTER UPDATE OF name, legal_name, city, tax_id ON accounts BEGIN
  INSERT INTO accounts_fts(accounts_fts, rowid, name, legal_name, city, tax_id) VALUES ('delete', old.id, old.name, old.legal_name, old.city, old.tax_id);
  INSERT INTO accounts_fts(rowid, name, legal_name, city, tax_id) VALUES (new.id, new.name, new.legal_name, new.city, new.tax_id);
END;
INSERT INTO accounts_fts(accounts_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE contacts_fts USING fts5(first_name, last_name, email, content='contacts', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4');
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
  INSERT INTO contacts_fts(rowid, first_name, last_name, email) VALUES (new.id, new.first_name, new.last_name, new.email);
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
  INSERT INTO contacts_fts(contacts_fts, rowid, first_name, last_name, email) VALUES ('delete', old.id, old.first_name, old.last_name, old.email);
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF first_name, last_name, email ON contacts BEGIN
  INSERT INTO contacts_fts(contacts_fts, rowid, first_name, last_name, email) VALUES ('delete', old.id, old.first_name, old.last_name, old.email);
  INSERT INTO contacts_fts(rowid, first_name, last_name, email) VALUES (new.id, new.first_name, new.last_name, new.email);
END;
INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE quotes_fts USING fts5(number, notes, content='quotes', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, number, notes) VALUES (new.id, new.number, new.notes);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, number, notes) VALUES ('delete', old.id, old.number, old.notes);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF number, notes ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, number, notes) VALUES ('delete', old.id, old.number, old.notes);
  INSERT INTO quotes_fts(rowid, number, notes) VALUES (new.id, new.number, new.notes);
END;
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE sales_orders_fts USING fts5(number, content='sales_orders', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4');
CREATE TRIGGER sales_orders_fts_insert AFTER INSERT ON sales_orders BEGIN
  INSERT INTO sales_orders_fts(rowid, number) VALUES (new.id, new.number);
END;
CREATE TRIGGER sales_orders_fts_delete AFTER DELETE ON sales_orders BEGIN
  INSERT INTO sales_orders_fts(sales_orders_fts, rowid, number) VALUES ('delete', old.id, old.number);
END;
CREATE TRIGGER sales_orders_fts_update AFTER UPDATE OF number ON sales_orders BEGIN
  INSERT INTO sales_orders_fts(sales_orders_fts, rowid, number) VALUES ('delete', old.id, old.number);
  INSERT INTO sales_orders_fts(rowid, number) VALUES (new.id, new.number);
END;
INSERT INTO sales_orders_fts(sales_orders_fts) VALUES ('rebuild');
