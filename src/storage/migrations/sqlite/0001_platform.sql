-- Names that people scan alphabetically carry a case/accent-folded <name>_sort key (written by
-- the repository with core::SortKey) so sorting is right on both engines and still indexed.
-- Platform schema: organisation, people, customers, products, currencies, authority,
-- audit, sessions. Instants are UTC microseconds (INTEGER); money is minor units (INTEGER)
-- beside its currency code; decimals are scaled integers; dates are ISO text.

CREATE TABLE settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  base_currency TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  fiscal_year_start_month INTEGER NOT NULL CHECK (fiscal_year_start_month BETWEEN 1 AND 12)
);

CREATE TABLE teams (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  parent_id INTEGER REFERENCES teams(id),
  leader_id INTEGER REFERENCES users(id)
);
CREATE INDEX teams_parent ON teams(parent_id);
CREATE INDEX teams_leader ON teams(leader_id);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  role TEXT NOT NULL,
  team_id INTEGER REFERENCES teams(id),
  active INTEGER NOT NULL DEFAULT 1,
  locale TEXT,
  password_hash TEXT NOT NULL DEFAULT '',
  credentials_changed_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX users_team ON users(team_id);

CREATE TABLE territories (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  code TEXT UNIQUE,
  parent_id INTEGER REFERENCES territories(id)
);

CREATE TABLE customer_groups (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  parent_id INTEGER REFERENCES customer_groups(id)
);

CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  legal_name TEXT, tax_id TEXT, email TEXT, phone TEXT, website TEXT,
  address_line TEXT, city TEXT, postal_code TEXT,
  country TEXT NOT NULL,
  currency TEXT NOT NULL,
  customer_group_id INTEGER REFERENCES customer_groups(id),
  territory_id INTEGER REFERENCES territories(id),
  payment_terms_days INTEGER,
  credit_limit_minor INTEGER, credit_limit_currency TEXT,
  risk_profile TEXT, sales_method TEXT,
  key_account INTEGER NOT NULL DEFAULT 0,
  lifecycle TEXT,
  owner_id INTEGER REFERENCES users(id),
  notes TEXT
);
CREATE INDEX accounts_owner_name ON accounts(owner_id, name_sort);
CREATE INDEX accounts_name ON accounts(name_sort);
CREATE INDEX accounts_territory ON accounts(territory_id);
CREATE INDEX accounts_group ON accounts(customer_group_id);
CREATE INDEX accounts_lifecycle ON accounts(lifecycle);
CREATE INDEX accounts_country ON accounts(country);

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  first_name TEXT NOT NULL, last_name TEXT NOT NULL,
  first_name_sort TEXT NOT NULL, last_name_sort TEXT NOT NULL,
  job_title TEXT, email TEXT, phone TEXT, mobile TEXT, language TEXT,
  is_primary INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contacts_account ON contacts(account_id);
CREATE INDEX contacts_last_name ON contacts(last_name_sort, first_name_sort);

CREATE TABLE product_categories (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  parent_id INTEGER REFERENCES product_categories(id)
);

CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  sku TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  description TEXT,
  unit TEXT,
  category_id INTEGER REFERENCES product_categories(id),
  cost_minor INTEGER, cost_currency TEXT,
  hs_code TEXT,
  weight_kg INTEGER, volume_m3 INTEGER,
  active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX products_category ON products(category_id);
CREATE INDEX products_name ON products(name_sort);

CREATE TABLE currencies (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  exponent INTEGER NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE exchange_rates (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  from_currency TEXT NOT NULL,
  to_currency TEXT NOT NULL,
  rate INTEGER NOT NULL CHECK (rate > 0),
  valid_on TEXT NOT NULL,
  UNIQUE (from_currency, to_currency, valid_on)
);

CREATE TABLE authority_rules (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  role TEXT NOT NULL UNIQUE,
  max_discount_pct INTEGER NOT NULL,
  min_margin_pct INTEGER NOT NULL,
  max_payment_term_days INTEGER NOT NULL,
  max_contract_value_minor INTEGER NOT NULL, max_contract_value_currency TEXT NOT NULL
);

CREATE TABLE audit_events (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  at INTEGER NOT NULL,
  actor_id INTEGER,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action TEXT NOT NULL,
  before TEXT,
  after TEXT
);
CREATE INDEX audit_events_entity ON audit_events(entity, entity_id);
CREATE INDEX audit_events_at ON audit_events(at);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL,
  csrf_token TEXT NOT NULL DEFAULT '',
  label TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE login_failures (
  login_key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  window_start INTEGER NOT NULL,
  blocked_until INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE idempotency_keys (
  user_id INTEGER NOT NULL,
  idem_key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  location TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, idem_key)
);

CREATE TABLE saved_views (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  list TEXT NOT NULL,
  query TEXT,
  columns TEXT,
  owner_id INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX saved_views_owner ON saved_views(owner_id, list);
