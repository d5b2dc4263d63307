-- Bad-debt write-offs (decision 0056): an amount of a posted invoice's open principal given up,
-- applied to its instalments oldest due first like a payment (E-R2) and relieving carrying base
-- at the invoice's rate (no FX, E-R6). The commission statement line names the document a
-- clawback comes from (a credit note's number or a write-off), C-R8.
CREATE TABLE invoice_write_offs (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  invoice_id INTEGER NOT NULL REFERENCES invoices(id),
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  currency TEXT NOT NULL,
  amount_minor INTEGER NOT NULL, amount_currency TEXT NOT NULL,
  reason TEXT NOT NULL,
  written_off_on TEXT NOT NULL,
  relieved_base_minor INTEGER, relieved_base_currency TEXT,
  written_off_by INTEGER REFERENCES users(id),
  owner_id INTEGER REFERENCES users(id)
);
CREATE INDEX invoice_write_offs_owner ON invoice_write_offs(owner_id, id);
CREATE INDEX invoice_write_offs_invoice ON invoice_write_offs(invoice_id, written_off_on);
CREATE INDEX invoice_write_offs_account ON invoice_write_offs(account_id);
CREATE INDEX invoice_write_offs_written_off_by ON invoice_write_offs(written_off_by);

CREATE TABLE invoice_write_off_allocations (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  write_off_id INTEGER NOT NULL REFERENCES invoice_write_offs(id),
  invoice_id INTEGER NOT NULL REFERENCES invoices(id),
  instalment_id INTEGER NOT NULL REFERENCES invoice_instalments(id),
  amount_minor INTEGER NOT NULL, amount_currency TEXT NOT NULL
);
CREATE INDEX invoice_write_off_allocations_write_off ON invoice_write_off_allocations(write_off_id);
CREATE INDEX invoice_write_off_allocations_invoice ON invoice_write_off_allocations(invoice_id);
CREATE INDEX invoice_write_off_allocations_instalment ON invoice_write_off_allocations(instalment_id);

-- What has been written off an invoice in total (the write-off moves the invoice's version, so
-- If-Match on the invoice guards a second one).
ALTER TABLE invoices ADD COLUMN written_off_minor INTEGER;
ALTER TABLE invoices ADD COLUMN written_off_currency TEXT;

ALTER TABLE commission_statement_lines ADD COLUMN source TEXT;
