-- Indexes the schema test (tests/contract/schema_matches_spec_contract_test.cpp) asks of the
-- platform's tables: every reference (trees are walked by parent, audit rows found by actor)
-- and every folded sort key (the default list order).
CREATE INDEX users_name_sort ON users(name_sort);
CREATE INDEX teams_name_sort ON teams(name_sort);
CREATE INDEX territories_name_sort ON territories(name_sort);
CREATE INDEX territories_parent ON territories(parent_id);
CREATE INDEX customer_groups_name_sort ON customer_groups(name_sort);
CREATE INDEX customer_groups_parent ON customer_groups(parent_id);
CREATE INDEX product_categories_name_sort ON product_categories(name_sort);
CREATE INDEX product_categories_parent ON product_categories(parent_id);
CREATE INDEX contacts_first_name_sort ON contacts(first_name_sort);
CREATE INDEX audit_events_actor ON audit_events(actor_id);
