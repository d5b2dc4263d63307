-- Pricing actions (docs/pricing.md): a rule restricted to price lists (a JSON array of ids), a
-- maximum margin (the price ceiling), and a product's sales unit packing a whole number of its
-- base unit (a box of 10 pc), priced per base unit.
ALTER TABLE pricing_rules ADD COLUMN price_list_ids TEXT;
ALTER TABLE pricing_rules ADD COLUMN max_margin_pct INTEGER;
ALTER TABLE products ADD COLUMN sales_unit TEXT;
ALTER TABLE products ADD COLUMN sales_unit_factor INTEGER;
