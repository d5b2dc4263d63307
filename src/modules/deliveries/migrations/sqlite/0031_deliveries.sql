-- The deliveries module (issue 13, orders to invoices): delivery notes of confirmed sales orders
-- with their lines, and return notes with theirs. Written only by the deliveries services. The
-- account's invoice_basis (order | delivery) decides whether billing offers the order-based
-- invoice; the field is declared with the other account fields (src/app/records/entity_catalog.cpp).
ALTER TABLE accounts ADD COLUMN invoice_basis TEXT NOT NULL DEFAULT 'order';

CREATE TABLE deliveries (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  number TEXT UNIQUE,
  sales_order_id INTEGER NOT NULL REFERENCES sales_orders(id),
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  status TEXT NOT NULL,
  shipped_on TEXT,
  carrier TEXT,
  tracking TEXT,
  invoice_id INTEGER REFERENCES invoices(id),
  shipped_at INTEGER,
  owner_id INTEGER REFERENCES users(id)
);
CREATE INDEX deliveries_owner ON deliveries(owner_id, id);
CREATE INDEX deliveries_order ON deliveries(sales_order_id);
CREATE INDEX deliveries_account ON deliveries(account_id);
CREATE INDEX deliveries_invoice ON deliveries(invoice_id);

CREATE TABLE delivery_lines (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  delivery_id INTEGER NOT NULL REFERENCES deliveries(id),
  sales_order_line_id INTEGER NOT NULL REFERENCES sales_order_lines(id),
  position INTEGER NOT NULL,
  product_id INTEGER REFERENCES products(id),
  description TEXT,
  quantity INTEGER NOT NULL,
  unit TEXT
);
CREATE INDEX delivery_lines_delivery ON delivery_lines(delivery_id, position);
CREATE INDEX delivery_lines_order_line ON delivery_lines(sales_order_line_id);
CREATE INDEX delivery_lines_product ON delivery_lines(product_id);

CREATE TABLE delivery_returns (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  number TEXT UNIQUE,
  delivery_id INTEGER NOT NULL REFERENCES deliveries(id),
  sales_order_id INTEGER NOT NULL REFERENCES sales_orders(id),
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  returned_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  credit_note_id INTEGER REFERENCES credit_notes(id),
  owner_id INTEGER REFERENCES users(id)
);
CREATE INDEX delivery_returns_owner ON delivery_returns(owner_id, id);
CREATE INDEX delivery_returns_delivery ON delivery_returns(delivery_id);
CREATE INDEX delivery_returns_order ON delivery_returns(sales_order_id);
CREATE INDEX delivery_returns_account ON delivery_returns(account_id);
CREATE INDEX delivery_returns_credit_note ON delivery_returns(credit_note_id);

CREATE TABLE delivery_return_lines (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  return_id INTEGER NOT NULL REFERENCES delivery_returns(id),
  delivery_line_id INTEGER NOT NULL REFERENCES delivery_lines(id),
  position INTEGER NOT NULL,
  quantity INTEGER NOT NULL
);
CREATE INDEX delivery_return_lines_return ON delivery_return_lines(return_id, position);
CREATE INDEX delivery_return_lines_line ON delivery_return_lines(delivery_line_id);
