-- Lists at the size of a real company (issue 11, decision 0030): every default list order and
-- its keyset pages walk an index. PostgreSQL's indexes do not end in the id as SQLite's rowid
-- indexes do, so the (key, id) orders of the name lists get their own.
CREATE INDEX accounts_name_id ON accounts(name_sort, id);
CREATE INDEX accounts_owner_name_id ON accounts(owner_id, name_sort, id);
CREATE INDEX accounts_updated ON accounts(updated_at, id);
CREATE INDEX accounts_owner_updated ON accounts(owner_id, updated_at, id);
CREATE INDEX contacts_last_name_id ON contacts(last_name_sort, id);
CREATE INDEX contacts_updated ON contacts(updated_at, id);
