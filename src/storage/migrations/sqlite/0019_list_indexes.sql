-- Lists at the size of a real company (issue 11, decision 0030): every default list order and
-- its keyset pages walk an index. accounts(name_sort) already ends in the rowid (= id) on
-- SQLite, so the name order is served; these add the orders that had none.
CREATE INDEX accounts_updated ON accounts(updated_at, id);
CREATE INDEX accounts_owner_updated ON accounts(owner_id, updated_at, id);
CREATE INDEX contacts_last_name_id ON contacts(last_name_sort, id);
CREATE INDEX contacts_updated ON contacts(updated_at, id);
