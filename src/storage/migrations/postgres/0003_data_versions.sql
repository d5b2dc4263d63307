-- A version per group of tables that an in-memory cache is built from (the pricing engine's
-- context: price lists, items, rules, products, categories, groups, territories, rates,
-- settings). Every insert, update or delete of such a table bumps its group's row in the same
-- transaction, so every server process sees a change with one primary-key read.
CREATE TABLE data_versions (
  name TEXT PRIMARY KEY,
  version BIGINT NOT NULL
);
INSERT INTO data_versions (name, version) VALUES ('pricing', 0);
