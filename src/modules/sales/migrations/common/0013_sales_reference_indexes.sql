-- Indexes the schema test (tests/contract/schema_matches_spec_contract_test.cpp) asks of the
-- negotiation desk's tables: every reference (visibility joins, child lists, "is this record
-- still used" checks) and every folded sort key (the default list order).
CREATE INDEX price_lists_name_sort ON price_lists(name_sort);
CREATE INDEX price_lists_parent ON price_lists(parent_id);
CREATE INDEX pricing_rules_name_sort ON pricing_rules(name_sort);
CREATE INDEX pricing_rules_account ON pricing_rules(account_id);
CREATE INDEX pricing_rules_customer_group ON pricing_rules(customer_group_id);
CREATE INDEX pricing_rules_source_list ON pricing_rules(source_list_id);
CREATE INDEX pricing_rules_territory ON pricing_rules(territory_id);
CREATE INDEX approval_requests_requester ON approval_requests(requester_id);
CREATE INDEX approval_requests_decided_by ON approval_requests(decided_by_id);
CREATE INDEX contracts_quote ON contracts(quote_id);
CREATE INDEX contracts_renewal_task ON contracts(renewal_task_id);
CREATE INDEX contracts_signed_by ON contracts(signed_by_id);
CREATE INDEX contracts_title_sort ON contracts(title_sort);
CREATE INDEX quote_lines_product ON quote_lines(product_id);
CREATE INDEX quotes_contact ON quotes(contact_id);
CREATE INDEX quotes_price_list ON quotes(price_list_id);
CREATE INDEX sales_order_lines_product ON sales_order_lines(product_id);
CREATE INDEX sales_orders_quote ON sales_orders(quote_id);
CREATE INDEX tasks_related ON tasks(related_entity, related_id);
CREATE INDEX tasks_title_sort ON tasks(title_sort);
