-- An invoice's maintained settled_on (decision 0081): the day from which it adds nothing to the
-- ageing. Null is read as open, so rows from before are right until the module's upgrade step
-- computes them on the first start. The ageing reads `settled_on IS NULL` and `settled_on > D`.
ALTER TABLE invoices ADD COLUMN settled_on TEXT;
CREATE INDEX invoices_settled_on ON invoices(settled_on, invoice_date);
