-- The leads module (issue 11, decision 0026): leads and the rules that assign them.
CREATE TABLE lead_assignment_rules (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  country TEXT,
  territory_id INTEGER REFERENCES territories(id),
  team_id INTEGER NOT NULL REFERENCES teams(id),
  method TEXT NOT NULL DEFAULT 'round_robin',
  active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX lead_assignment_rules_name ON lead_assignment_rules(name_sort);
CREATE INDEX lead_assignment_rules_territory ON lead_assignment_rules(territory_id);
CREATE INDEX lead_assignment_rules_country ON lead_assignment_rules(country);
CREATE INDEX lead_assignment_rules_team ON lead_assignment_rules(team_id);

CREATE TABLE leads (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  first_name TEXT, first_name_sort TEXT,
  last_name TEXT, last_name_sort TEXT,
  company TEXT, company_sort TEXT,
  job_title TEXT,
  email TEXT,
  phone TEXT,
  country TEXT,
  territory_id INTEGER REFERENCES territories(id),
  vat_id TEXT,
  website TEXT,
  source TEXT,
  campaign TEXT,
  status TEXT NOT NULL DEFAULT 'new',
  disqualify_reason TEXT,
  disqualify_note TEXT,
  score INTEGER NOT NULL DEFAULT 0,
  owner_id INTEGER REFERENCES users(id),
  assignment_rule_id INTEGER REFERENCES lead_assignment_rules(id),
  converted_account_id INTEGER REFERENCES accounts(id),
  converted_contact_id INTEGER REFERENCES contacts(id),
  converted_at INTEGER,
  converted_by_id INTEGER REFERENCES users(id),
  notes TEXT
);
-- References, the sort keys of names, and the lists' usual filters and orders.
CREATE INDEX leads_owner_status ON leads(owner_id, status);
CREATE INDEX leads_status_score ON leads(status, score);
CREATE INDEX leads_score ON leads(score);
CREATE INDEX leads_territory ON leads(territory_id);
CREATE INDEX leads_assignment_rule ON leads(assignment_rule_id);
CREATE INDEX leads_converted_account ON leads(converted_account_id);
CREATE INDEX leads_converted_contact ON leads(converted_contact_id);
CREATE INDEX leads_converted_by ON leads(converted_by_id);
CREATE INDEX leads_first_name ON leads(first_name_sort);
CREATE INDEX leads_last_name ON leads(last_name_sort);
CREATE INDEX leads_company ON leads(company_sort);
CREATE INDEX leads_updated ON leads(updated_at);
