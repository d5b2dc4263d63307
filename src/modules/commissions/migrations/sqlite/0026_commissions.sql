-- The commissions module (RULES.md C): plans with their components, plan assignments to reps,
-- and statements per rep and month with lines that drill down to invoice lines (written only
-- by the statement service).
CREATE TABLE commission_plans (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  currency TEXT NOT NULL,
  components TEXT NOT NULL,
  description TEXT,
  active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX commission_plans_name ON commission_plans(name_sort);

CREATE TABLE commission_assignments (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id),
  plan_id INTEGER NOT NULL REFERENCES commission_plans(id),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  target_minor INTEGER, target_currency TEXT
);
CREATE INDEX commission_assignments_user ON commission_assignments(user_id, valid_from);
CREATE INDEX commission_assignments_plan ON commission_assignments(plan_id);

CREATE TABLE commission_statements (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  owner_id INTEGER NOT NULL REFERENCES users(id),
  period TEXT NOT NULL,
  plan_id INTEGER NOT NULL REFERENCES commission_plans(id),
  currency TEXT NOT NULL,
  status TEXT NOT NULL,
  lines_total_minor INTEGER, lines_total_currency TEXT,
  carried_in_minor INTEGER, carried_in_currency TEXT,
  total_minor INTEGER, total_currency TEXT,
  payable_minor INTEGER, payable_currency TEXT,
  carried_out_minor INTEGER, carried_out_currency TEXT,
  computed_at INTEGER,
  manager_approved_by INTEGER REFERENCES users(id),
  manager_approved_at INTEGER,
  finance_approved_by INTEGER REFERENCES users(id),
  finance_approved_at INTEGER
);
CREATE UNIQUE INDEX commission_statements_owner_period ON commission_statements(owner_id, period);
CREATE INDEX commission_statements_owner ON commission_statements(owner_id, id);
CREATE INDEX commission_statements_period ON commission_statements(period);
CREATE INDEX commission_statements_plan ON commission_statements(plan_id);
CREATE INDEX commission_statements_manager ON commission_statements(manager_approved_by);
CREATE INDEX commission_statements_finance ON commission_statements(finance_approved_by);

CREATE TABLE commission_statement_lines (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  statement_id INTEGER NOT NULL REFERENCES commission_statements(id),
  position INTEGER NOT NULL,
  component TEXT NOT NULL,
  event TEXT NOT NULL,
  earned_on TEXT NOT NULL,
  invoice_id INTEGER NOT NULL REFERENCES invoices(id),
  invoice_line_id INTEGER REFERENCES invoice_lines(id),
  payment_id INTEGER REFERENCES payments(id),
  base_minor INTEGER, base_currency TEXT,
  amount_minor INTEGER, amount_currency TEXT,
  uplift_minor INTEGER, uplift_currency TEXT,
  payout_minor INTEGER, payout_currency TEXT
);
CREATE INDEX commission_statement_lines_statement ON commission_statement_lines(statement_id, position);
CREATE INDEX commission_statement_lines_invoice ON commission_statement_lines(invoice_id);
CREATE INDEX commission_statement_lines_invoice_line ON commission_statement_lines(invoice_line_id);
CREATE INDEX commission_statement_lines_payment ON commission_statement_lines(payment_id);
