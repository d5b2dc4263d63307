-- The account overview's next actions (decision 0058): a rep's reads add owner_id IN (…), and
-- SQLite then preferred activities_owner(owner_id, planned_at) and tasks_owner(owner_id, due_on)
-- (they give the order for free) and walked all of the rep's activities or tasks instead of the
-- account's few. These lead with the account and the state the overview filters on.
CREATE INDEX activities_account_status ON activities(account_id, status, planned_at);
CREATE INDEX tasks_related_open ON tasks(related_entity, related_id, done, due_on);
