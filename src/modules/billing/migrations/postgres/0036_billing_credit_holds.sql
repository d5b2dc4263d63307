-- Credit holds (issue 13 "Risk and credit", decision 0048). Billing adds the hold to the sales
-- order it judges at confirmation: why (credit_hold_reason), the figures of that moment in the
-- credit limit's currency, and who released it, when and why. credit_hold is 'held' or
-- 'released'; null: the order was never held.
ALTER TABLE sales_orders ADD COLUMN credit_hold TEXT;
ALTER TABLE sales_orders ADD COLUMN credit_hold_reason TEXT;
ALTER TABLE sales_orders ADD COLUMN credit_hold_detail TEXT;
ALTER TABLE sales_orders ADD COLUMN credit_exposure_minor BIGINT;
ALTER TABLE sales_orders ADD COLUMN credit_exposure_currency TEXT;
ALTER TABLE sales_orders ADD COLUMN credit_limit_at_hold_minor BIGINT;
ALTER TABLE sales_orders ADD COLUMN credit_limit_at_hold_currency TEXT;
ALTER TABLE sales_orders ADD COLUMN credit_at_risk_minor BIGINT;
ALTER TABLE sales_orders ADD COLUMN credit_at_risk_currency TEXT;
ALTER TABLE sales_orders ADD COLUMN credit_held_at BIGINT;
ALTER TABLE sales_orders ADD COLUMN credit_released_at BIGINT;
ALTER TABLE sales_orders ADD COLUMN credit_released_by_id BIGINT REFERENCES users(id);
ALTER TABLE sales_orders ADD COLUMN credit_release_reason TEXT;
CREATE INDEX sales_orders_credit_hold ON sales_orders(credit_hold, credit_held_at);
CREATE INDEX sales_orders_credit_released_by ON sales_orders(credit_released_by_id);

-- The largest excess over a credit limit a role may release alone, in the base currency
-- (finance releases any hold). Existing roles start at 0: nobody but finance releases until set.
ALTER TABLE authority_rules ADD COLUMN credit_override_limit_minor BIGINT;
ALTER TABLE authority_rules ADD COLUMN credit_override_limit_currency TEXT;
