-- The billing module, part 1: payment terms (their lines split an invoice into instalments).
CREATE TABLE payment_terms (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  lines TEXT NOT NULL,
  description TEXT,
  active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX payment_terms_name ON payment_terms(name_sort);
