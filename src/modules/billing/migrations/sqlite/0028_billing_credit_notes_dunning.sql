-- The billing module, part 3: the unit cost snapshot on invoice lines (for margins, RULES
-- C-R6), credit notes with their lines and the instalments they reduced, dunning levels,
-- dunning runs with their proposed lines, and the fee and interest claims an approved run
-- raises (RULES E-R8 to E-R12). All written only by the billing services, except the levels.
ALTER TABLE invoice_lines ADD COLUMN cost_minor INTEGER;
ALTER TABLE invoice_lines ADD COLUMN cost_currency TEXT;

CREATE TABLE credit_notes (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  number TEXT UNIQUE,
  invoice_id INTEGER NOT NULL REFERENCES invoices(id),
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  currency TEXT NOT NULL,
  status TEXT NOT NULL,
  credit_date TEXT NOT NULL,
  reason TEXT,
  untaxed_minor INTEGER, untaxed_currency TEXT,
  tax_minor INTEGER, tax_currency TEXT,
  total_minor INTEGER, total_currency TEXT,
  applied_minor INTEGER, applied_currency TEXT,
  unapplied_minor INTEGER, unapplied_currency TEXT,
  relieved_base_minor INTEGER, relieved_base_currency TEXT,
  posted_at INTEGER,
  owner_id INTEGER REFERENCES users(id)
);
CREATE INDEX credit_notes_owner ON credit_notes(owner_id, id);
CREATE INDEX credit_notes_invoice ON credit_notes(invoice_id);
CREATE INDEX credit_notes_account ON credit_notes(account_id, credit_date);
CREATE INDEX credit_notes_date ON credit_notes(credit_date);

CREATE TABLE credit_note_lines (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  credit_note_id INTEGER NOT NULL REFERENCES credit_notes(id),
  invoice_line_id INTEGER NOT NULL REFERENCES invoice_lines(id),
  position INTEGER NOT NULL,
  net_minor INTEGER NOT NULL, net_currency TEXT NOT NULL,
  tax_rate_pct INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX credit_note_lines_note ON credit_note_lines(credit_note_id, position);
CREATE INDEX credit_note_lines_invoice_line ON credit_note_lines(invoice_line_id);

CREATE TABLE credit_note_allocations (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  credit_note_id INTEGER NOT NULL REFERENCES credit_notes(id),
  invoice_id INTEGER NOT NULL REFERENCES invoices(id),
  instalment_id INTEGER NOT NULL REFERENCES invoice_instalments(id),
  amount_minor INTEGER NOT NULL, amount_currency TEXT NOT NULL
);
CREATE INDEX credit_note_allocations_note ON credit_note_allocations(credit_note_id);
CREATE INDEX credit_note_allocations_invoice ON credit_note_allocations(invoice_id);
CREATE INDEX credit_note_allocations_instalment ON credit_note_allocations(instalment_id);

CREATE TABLE dunning_levels (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  level INTEGER NOT NULL UNIQUE,
  name TEXT NOT NULL,
  min_days_past_due INTEGER NOT NULL,
  min_days_since_previous INTEGER NOT NULL DEFAULT 0,
  fee_minor INTEGER, fee_currency TEXT,
  annual_rate_pct INTEGER NOT NULL DEFAULT 0,
  texts TEXT NOT NULL,
  creates_task INTEGER NOT NULL DEFAULT 0,
  credit_hold INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE dunning_runs (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  as_of TEXT NOT NULL,
  status TEXT NOT NULL,
  letters INTEGER NOT NULL DEFAULT 0,
  line_count INTEGER NOT NULL DEFAULT 0,
  approved_at INTEGER,
  approved_by_id INTEGER REFERENCES users(id)
);
CREATE INDEX dunning_runs_as_of ON dunning_runs(as_of);
CREATE INDEX dunning_runs_approved_by ON dunning_runs(approved_by_id);

CREATE TABLE dunning_run_lines (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  run_id INTEGER NOT NULL REFERENCES dunning_runs(id),
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  invoice_id INTEGER NOT NULL REFERENCES invoices(id),
  instalment_id INTEGER NOT NULL REFERENCES invoice_instalments(id),
  due_on TEXT NOT NULL,
  days_past_due INTEGER NOT NULL,
  outstanding_minor INTEGER NOT NULL, outstanding_currency TEXT NOT NULL,
  level_before INTEGER NOT NULL,
  level_after INTEGER NOT NULL,
  interest_minor INTEGER, interest_currency TEXT,
  fee_minor INTEGER, fee_currency TEXT,
  owner_id INTEGER REFERENCES users(id)
);
CREATE INDEX dunning_run_lines_run ON dunning_run_lines(run_id);
CREATE INDEX dunning_run_lines_owner ON dunning_run_lines(owner_id, id);
CREATE INDEX dunning_run_lines_account ON dunning_run_lines(account_id);
CREATE INDEX dunning_run_lines_invoice ON dunning_run_lines(invoice_id);
CREATE INDEX dunning_run_lines_instalment ON dunning_run_lines(instalment_id);

CREATE TABLE dunning_claims (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  run_id INTEGER NOT NULL REFERENCES dunning_runs(id),
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  invoice_id INTEGER NOT NULL REFERENCES invoices(id),
  level INTEGER NOT NULL,
  claimed_on TEXT NOT NULL,
  fee_minor INTEGER, fee_currency TEXT,
  interest_minor INTEGER, interest_currency TEXT,
  fee_waived_minor INTEGER, fee_waived_currency TEXT,
  interest_waived_minor INTEGER, interest_waived_currency TEXT,
  status TEXT NOT NULL,
  waiver_reason TEXT,
  credit_hold INTEGER NOT NULL DEFAULT 0,
  language TEXT,
  letter_text TEXT,
  task_id INTEGER REFERENCES tasks(id),
  owner_id INTEGER REFERENCES users(id)
);
CREATE INDEX dunning_claims_run ON dunning_claims(run_id);
CREATE INDEX dunning_claims_owner ON dunning_claims(owner_id, id);
CREATE INDEX dunning_claims_account ON dunning_claims(account_id);
CREATE INDEX dunning_claims_invoice ON dunning_claims(invoice_id);
CREATE INDEX dunning_claims_task ON dunning_claims(task_id);
