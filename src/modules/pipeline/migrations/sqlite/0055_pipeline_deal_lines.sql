-- Products on a deal (issue 12, decision 0072): optional lines priced by the pricing engine as a
-- quote line of the deal's account would be on the day they were saved; the deal's amount is
-- then their net total in the price list's currency. Prices never change unless a person saves
-- the lines again.
CREATE TABLE opportunity_lines (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  opportunity_id INTEGER NOT NULL REFERENCES opportunities(id),
  position INTEGER NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products(id),
  description TEXT,
  quantity INTEGER NOT NULL,
  unit TEXT,
  unit_price INTEGER NOT NULL,
  net_minor INTEGER NOT NULL, net_currency TEXT NOT NULL,
  price_list_id INTEGER REFERENCES price_lists(id),
  priced_on TEXT NOT NULL
);
CREATE INDEX opportunity_lines_deal ON opportunity_lines(opportunity_id, position);
CREATE INDEX opportunity_lines_product ON opportunity_lines(product_id);
CREATE INDEX opportunity_lines_price_list ON opportunity_lines(price_list_id);
