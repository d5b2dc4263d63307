-- Tax rates default from the product's tax class and the customer (docs/tax.md).
ALTER TABLE products ADD COLUMN tax_class TEXT NOT NULL DEFAULT 'standard';
ALTER TABLE accounts ADD COLUMN fiscal_position TEXT NOT NULL DEFAULT 'auto';
ALTER TABLE authority_rules ADD COLUMN may_override_tax INTEGER NOT NULL DEFAULT 0;
ALTER TABLE settings ADD COLUMN country TEXT;
ALTER TABLE quote_lines ADD COLUMN tax_regime TEXT;
ALTER TABLE quote_lines ADD COLUMN tax_rate_source TEXT;
ALTER TABLE quote_lines ADD COLUMN tax_default_pct INTEGER;
ALTER TABLE quote_lines ADD COLUMN tax_note TEXT;
-- The director, at the top of every approval chain, may override tax; others ask.
UPDATE authority_rules SET may_override_tax = 1 WHERE role = 'director';
-- The company's country from its VAT id's prefix when that names an EU member state (EL is
-- Greece's VAT prefix, GR its ISO code).
UPDATE settings SET country = CASE WHEN upper(substr(tax_id, 1, 2)) = 'EL' THEN 'GR'
                                   ELSE upper(substr(tax_id, 1, 2)) END
 WHERE country IS NULL AND upper(substr(tax_id, 1, 2)) IN
   ('AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'EL', 'ES', 'FI', 'FR', 'HR', 'HU', 'IE',
    'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK');
-- Rates typed before this version stay as typed when a quote is re-priced; a 0 % line (the
-- missing default) takes the default then.
UPDATE quote_lines SET tax_rate_source = 'manual' WHERE tax_rate_pct > 0;
