-- The negotiation desk: price lists and rules, quotes with lines, revisions and approval
-- requests, contracts, tasks, sales orders with locked prices, notifications, and the number
-- sequences of documents. Same conventions as 0001: UTC microseconds, minor units beside the
-- currency, scaled-integer decimals (quantities 3 dp, unit prices 6 dp, percentages 4 dp).

ALTER TABLE settings ADD COLUMN address TEXT;
ALTER TABLE settings ADD COLUMN tax_id TEXT;
ALTER TABLE settings ADD COLUMN email TEXT;
ALTER TABLE settings ADD COLUMN phone TEXT;

CREATE TABLE number_sequences (
  name TEXT PRIMARY KEY,
  next_value INTEGER NOT NULL
);

CREATE TABLE price_lists (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  currency TEXT NOT NULL,
  valid_from TEXT, valid_to TEXT,
  parent_id INTEGER REFERENCES price_lists(id),
  active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE price_list_items (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  price_list_id INTEGER NOT NULL REFERENCES price_lists(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  unit TEXT NOT NULL,
  min_quantity INTEGER NOT NULL DEFAULT 0,
  price INTEGER NOT NULL CHECK (price >= 0),
  UNIQUE (price_list_id, product_id, unit, min_quantity)
);
CREATE INDEX price_list_items_product ON price_list_items(product_id);

CREATE TABLE pricing_rules (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  priority INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1,
  scope TEXT NOT NULL,
  product_id INTEGER REFERENCES products(id),
  category_id INTEGER REFERENCES product_categories(id),
  unit TEXT,
  account_id INTEGER REFERENCES accounts(id),
  customer_group_id INTEGER REFERENCES customer_groups(id),
  territory_id INTEGER REFERENCES territories(id),
  channel TEXT,
  min_quantity INTEGER, max_quantity INTEGER,
  valid_from TEXT, valid_to TEXT,
  season_from TEXT, season_to TEXT,
  cumulative_min_quantity INTEGER, cumulative_period TEXT, cumulative_days INTEGER,
  action TEXT NOT NULL,
  currency TEXT,
  source_list_id INTEGER REFERENCES price_lists(id),
  tier_mode TEXT,
  bands TEXT NOT NULL,
  rounding TEXT, rounding_step INTEGER, rounding_ending INTEGER,
  min_margin_pct INTEGER,
  stackable INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX pricing_rules_product ON pricing_rules(product_id);
CREATE INDEX pricing_rules_category ON pricing_rules(category_id);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  number TEXT NOT NULL UNIQUE,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  contact_id INTEGER REFERENCES contacts(id),
  price_list_id INTEGER NOT NULL REFERENCES price_lists(id),
  currency TEXT NOT NULL,
  channel TEXT, language TEXT,
  pricing_date TEXT, valid_until TEXT,
  payment_terms_days INTEGER,
  incoterm TEXT,
  notes TEXT,
  status TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1,
  untaxed_minor INTEGER, untaxed_currency TEXT,
  tax_minor INTEGER, tax_currency TEXT,
  total_minor INTEGER, total_currency TEXT,
  margin_minor INTEGER, margin_currency TEXT,
  rules_as_of INTEGER NOT NULL,
  sent_at INTEGER, decided_at INTEGER,
  owner_id INTEGER REFERENCES users(id)
);
CREATE INDEX quotes_owner ON quotes(owner_id, id);
CREATE INDEX quotes_account ON quotes(account_id);
CREATE INDEX quotes_status ON quotes(status, valid_until);

CREATE TABLE quote_lines (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  quote_id INTEGER NOT NULL REFERENCES quotes(id),
  position INTEGER NOT NULL,
  line_key TEXT NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products(id),
  description TEXT,
  quantity INTEGER NOT NULL,
  unit TEXT NOT NULL,
  manual_unit_price INTEGER, manual_discount_pct INTEGER,
  tax_rate_pct INTEGER NOT NULL DEFAULT 0,
  engine_unit_price INTEGER, unit_price INTEGER,
  net_minor INTEGER, net_currency TEXT,
  unit_cost INTEGER, margin_pct INTEGER,
  explanation TEXT, cost_explanation TEXT
);
CREATE INDEX quote_lines_quote ON quote_lines(quote_id, position);

CREATE TABLE quote_revisions (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  quote_id INTEGER NOT NULL REFERENCES quotes(id),
  revision INTEGER NOT NULL,
  reason TEXT,
  snapshot TEXT
);
CREATE INDEX quote_revisions_quote ON quote_revisions(quote_id, revision);

CREATE TABLE approval_requests (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  quote_id INTEGER NOT NULL REFERENCES quotes(id),
  revision INTEGER NOT NULL,
  requester_id INTEGER REFERENCES users(id),
  approver_id INTEGER REFERENCES users(id),
  status TEXT NOT NULL,
  deviations TEXT,
  deviation_details TEXT,
  exceeds_every_authority INTEGER NOT NULL DEFAULT 0,
  comment TEXT,
  decided_at INTEGER,
  decided_by_id INTEGER REFERENCES users(id)
);
CREATE INDEX approval_requests_quote ON approval_requests(quote_id);
CREATE INDEX approval_requests_approver ON approval_requests(approver_id, status);

CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  title TEXT NOT NULL,
  title_sort TEXT NOT NULL,
  due_on TEXT,
  done INTEGER NOT NULL DEFAULT 0,
  related_entity TEXT, related_id INTEGER,
  notes TEXT,
  owner_id INTEGER REFERENCES users(id)
);
CREATE INDEX tasks_owner ON tasks(owner_id, due_on);

CREATE TABLE contracts (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  number TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  title_sort TEXT NOT NULL,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  quote_id INTEGER REFERENCES quotes(id),
  value_minor INTEGER, value_currency TEXT,
  incoterm TEXT,
  payment_terms_days INTEGER,
  quality_standards TEXT, terms TEXT,
  start_date TEXT, end_date TEXT,
  renewal_notice_days INTEGER,
  renewal_task_id INTEGER REFERENCES tasks(id),
  signed_by_id INTEGER REFERENCES users(id),
  signed_on TEXT,
  status TEXT NOT NULL,
  owner_id INTEGER REFERENCES users(id)
);
CREATE INDEX contracts_owner ON contracts(owner_id, id);
CREATE INDEX contracts_account ON contracts(account_id);

CREATE TABLE sales_orders (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  number TEXT NOT NULL UNIQUE,
  quote_id INTEGER REFERENCES quotes(id),
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  currency TEXT NOT NULL,
  status TEXT NOT NULL,
  ordered_on TEXT NOT NULL,
  payment_terms_days INTEGER,
  incoterm TEXT,
  untaxed_minor INTEGER, untaxed_currency TEXT,
  tax_minor INTEGER, tax_currency TEXT,
  total_minor INTEGER, total_currency TEXT,
  confirmed_at INTEGER, cancelled_at INTEGER,
  owner_id INTEGER REFERENCES users(id)
);
CREATE INDEX sales_orders_owner ON sales_orders(owner_id, id);
CREATE INDEX sales_orders_account ON sales_orders(account_id, ordered_on);

CREATE TABLE sales_order_lines (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  sales_order_id INTEGER NOT NULL REFERENCES sales_orders(id),
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
CREATE INDEX sales_order_lines_order ON sales_order_lines(sales_order_id, position);

CREATE TABLE notifications (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  text TEXT NOT NULL,
  link TEXT,
  read INTEGER NOT NULL DEFAULT 0,
  owner_id INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX notifications_owner ON notifications(owner_id, read);
