-- The competitors module: competitors and the prices seen of their products.
CREATE TABLE competitors (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  website TEXT,
  country TEXT,
  strengths TEXT,
  weaknesses TEXT,
  active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX competitors_name ON competitors(name_sort);

CREATE TABLE competitor_products (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  competitor_id INTEGER NOT NULL REFERENCES competitors(id),
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  product_id INTEGER REFERENCES products(id),
  price_seen_minor INTEGER, price_seen_currency TEXT,
  seen_on TEXT,
  source TEXT,
  notes TEXT
);
CREATE INDEX competitor_products_competitor ON competitor_products(competitor_id);
CREATE INDEX competitor_products_product ON competitor_products(product_id);
CREATE INDEX competitor_products_name ON competitor_products(name_sort);
