-- A contract is signed by its named signer's own action (POST /contracts/{id}/sign, issue 9):
-- when they signed, and the day the customer signed when ours is a countersignature. Contracts
-- made active before this keep signed_at NULL: nobody recorded their own signature on them.
ALTER TABLE contracts ADD COLUMN signed_at BIGINT;
ALTER TABLE contracts ADD COLUMN customer_signed_on TEXT;
