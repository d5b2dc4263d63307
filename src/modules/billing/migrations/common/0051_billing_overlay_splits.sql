-- Overlay credit splits (RULES C-R2, decision 0065): a share row is either part of the revenue
-- split (the shares of that kind sum to 10,000 bp) or an overlay on top of it (a specialist's
-- 20 %, reducing nobody, read by commissions only). Rows written before are revenue shares.
ALTER TABLE sales_order_credit_splits ADD COLUMN kind TEXT NOT NULL DEFAULT 'revenue';
ALTER TABLE invoice_credit_splits ADD COLUMN kind TEXT NOT NULL DEFAULT 'revenue';
