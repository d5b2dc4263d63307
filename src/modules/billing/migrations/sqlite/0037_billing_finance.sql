-- Finance's own work (decision 0049): billing settings (the order a payment's unapplied part
-- settles claims in, E-R11, and the bank printed on customer documents), the unapplied part of
-- a payment applied to principal, interest and fees, the fees and interest paid on a dunning
-- claim (E-R10), and promises to pay.
CREATE TABLE billing_settings (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  scope TEXT NOT NULL UNIQUE,
  application_order TEXT NOT NULL DEFAULT 'principal_first',
  bank_name TEXT,
  iban TEXT,
  bic TEXT
);

-- Allocations made by applying a payment's unapplied part later (not by the payment itself):
-- each carries the carrying base it relieved and the realised FX of that part (E-R6).
ALTER TABLE payments ADD COLUMN applied_later_minor INTEGER;
ALTER TABLE payments ADD COLUMN applied_later_currency TEXT;
ALTER TABLE payment_allocations ADD COLUMN by_application INTEGER NOT NULL DEFAULT 0;
ALTER TABLE payment_allocations ADD COLUMN relieved_base_minor INTEGER;
ALTER TABLE payment_allocations ADD COLUMN relieved_base_currency TEXT;
ALTER TABLE payment_allocations ADD COLUMN realised_fx_minor INTEGER;
ALTER TABLE payment_allocations ADD COLUMN realised_fx_currency TEXT;

CREATE TABLE payment_claim_allocations (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  payment_id INTEGER NOT NULL REFERENCES payments(id),
  claim_id INTEGER NOT NULL REFERENCES dunning_claims(id),
  invoice_id INTEGER NOT NULL REFERENCES invoices(id),
  kind TEXT NOT NULL,
  amount_minor INTEGER NOT NULL, amount_currency TEXT NOT NULL
);
CREATE INDEX payment_claim_allocations_payment ON payment_claim_allocations(payment_id);
CREATE INDEX payment_claim_allocations_claim ON payment_claim_allocations(claim_id);
CREATE INDEX payment_claim_allocations_invoice ON payment_claim_allocations(invoice_id);

ALTER TABLE dunning_claims ADD COLUMN fee_paid_minor INTEGER;
ALTER TABLE dunning_claims ADD COLUMN fee_paid_currency TEXT;
ALTER TABLE dunning_claims ADD COLUMN interest_paid_minor INTEGER;
ALTER TABLE dunning_claims ADD COLUMN interest_paid_currency TEXT;

CREATE TABLE payment_promises (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  invoice_id INTEGER REFERENCES invoices(id),
  amount_minor INTEGER NOT NULL, amount_currency TEXT NOT NULL,
  made_on TEXT NOT NULL,
  promised_on TEXT NOT NULL,
  note TEXT,
  status TEXT NOT NULL DEFAULT 'open',
  evaluated_on TEXT,
  task_id INTEGER REFERENCES tasks(id),
  owner_id INTEGER REFERENCES users(id)
);
CREATE INDEX payment_promises_owner ON payment_promises(owner_id, id);
CREATE INDEX payment_promises_account ON payment_promises(account_id, promised_on);
CREATE INDEX payment_promises_invoice ON payment_promises(invoice_id);
CREATE INDEX payment_promises_status ON payment_promises(status, promised_on);
CREATE INDEX payment_promises_task ON payment_promises(task_id);
