-- The billing module, part 2: invoices from confirmed sales orders, their lines and
-- instalments, payments and the instalments each payment took (written only by the services).
CREATE TABLE invoices (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  number TEXT UNIQUE,
  sales_order_id INTEGER NOT NULL REFERENCES sales_orders(id),
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  currency TEXT NOT NULL,
  status TEXT NOT NULL,
  invoice_date TEXT NOT NULL,
  payment_term_id INTEGER REFERENCES payment_terms(id),
  untaxed_minor INTEGER, untaxed_currency TEXT,
  tax_minor INTEGER, tax_currency TEXT,
  total_minor INTEGER, total_currency TEXT,
  rate INTEGER,
  base_total_minor INTEGER, base_total_currency TEXT,
  posted_at INTEGER,
  owner_id INTEGER REFERENCES users(id)
);
CREATE INDEX invoices_owner ON invoices(owner_id, id);
CREATE INDEX invoices_account ON invoices(account_id, invoice_date);
CREATE INDEX invoices_order ON invoices(sales_order_id);
CREATE INDEX invoices_term ON invoices(payment_term_id);
CREATE INDEX invoices_date ON invoices(invoice_date);

CREATE TABLE invoice_lines (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  invoice_id INTEGER NOT NULL REFERENCES invoices(id),
  position INTEGER NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products(id),
  description TEXT,
  quantity INTEGER NOT NULL,
  unit TEXT NOT NULL,
  unit_price INTEGER NOT NULL,
  discount_pct INTEGER,
  tax_rate_pct INTEGER NOT NULL DEFAULT 0,
  net_minor INTEGER, net_currency TEXT
);
CREATE INDEX invoice_lines_invoice ON invoice_lines(invoice_id, position);
CREATE INDEX invoice_lines_product ON invoice_lines(product_id);

CREATE TABLE invoice_instalments (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  invoice_id INTEGER NOT NULL REFERENCES invoices(id),
  position INTEGER NOT NULL,
  due_on TEXT NOT NULL,
  amount_minor INTEGER NOT NULL, amount_currency TEXT NOT NULL
);
CREATE INDEX invoice_instalments_invoice ON invoice_instalments(invoice_id, position);
CREATE INDEX invoice_instalments_due ON invoice_instalments(due_on);

CREATE TABLE payments (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  invoice_id INTEGER REFERENCES invoices(id),
  paid_on TEXT NOT NULL,
  amount_minor INTEGER NOT NULL, amount_currency TEXT NOT NULL,
  settled_minor INTEGER, settled_currency TEXT,
  applied_minor INTEGER, applied_currency TEXT,
  unapplied_minor INTEGER, unapplied_currency TEXT,
  relieved_base_minor INTEGER, relieved_base_currency TEXT,
  settlement_base_minor INTEGER, settlement_base_currency TEXT,
  realised_fx_minor INTEGER, realised_fx_currency TEXT,
  owner_id INTEGER REFERENCES users(id)
);
CREATE INDEX payments_owner ON payments(owner_id, id);
CREATE INDEX payments_account ON payments(account_id, paid_on);
CREATE INDEX payments_invoice ON payments(invoice_id);
CREATE INDEX payments_paid_on ON payments(paid_on);

CREATE TABLE payment_allocations (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  payment_id INTEGER NOT NULL REFERENCES payments(id),
  invoice_id INTEGER NOT NULL REFERENCES invoices(id),
  instalment_id INTEGER NOT NULL REFERENCES invoice_instalments(id),
  amount_minor INTEGER NOT NULL, amount_currency TEXT NOT NULL
);
CREATE INDEX payment_allocations_payment ON payment_allocations(payment_id);
CREATE INDEX payment_allocations_invoice ON payment_allocations(invoice_id);
CREATE INDEX payment_allocations_instalment ON payment_allocations(instalment_id);
