-- Grouped reads (decision 0019): the home page groups accounts by key_account. With an index the
-- engine walks the groups in key order (a covering scan) instead of sorting every account.
CREATE INDEX accounts_key_account ON accounts(key_account);
