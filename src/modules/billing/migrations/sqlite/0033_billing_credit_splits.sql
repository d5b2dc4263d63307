-- Split credit (RULES C-R2, A-R7, E-R7; decision 0045): a sales order's and an invoice's credit
-- shared between reps in basis points summing to 10,000. One child table per document kind, so
-- each row is read through its document's visibility; no rows = 100 % to the document's owner.
-- The invoice's rows are copied from its order's when the invoice is made.
CREATE TABLE sales_order_credit_splits (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  sales_order_id INTEGER NOT NULL REFERENCES sales_orders(id),
  position INTEGER NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id),
  share_bp INTEGER NOT NULL
);
CREATE UNIQUE INDEX sales_order_credit_splits_order ON sales_order_credit_splits(sales_order_id, user_id);
CREATE INDEX sales_order_credit_splits_user ON sales_order_credit_splits(user_id);

CREATE TABLE invoice_credit_splits (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  invoice_id INTEGER NOT NULL REFERENCES invoices(id),
  position INTEGER NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id),
  share_bp INTEGER NOT NULL
);
CREATE UNIQUE INDEX invoice_credit_splits_invoice ON invoice_credit_splits(invoice_id, user_id);
CREATE INDEX invoice_credit_splits_user ON invoice_credit_splits(user_id);
