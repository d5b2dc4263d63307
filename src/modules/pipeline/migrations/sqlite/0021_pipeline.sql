-- The pipeline module (issue 12, decision 0033): pipelines, their stages, opportunities and
-- the history of their stage changes.
CREATE TABLE pipelines (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE pipeline_stages (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  pipeline_id INTEGER NOT NULL REFERENCES pipelines(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  probability INTEGER NOT NULL,
  forecast_category TEXT NOT NULL,
  won INTEGER NOT NULL DEFAULT 0,
  lost INTEGER NOT NULL DEFAULT 0,
  rotting_days INTEGER
);

CREATE TABLE opportunities (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  title TEXT NOT NULL,
  title_sort TEXT NOT NULL,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  contact_id INTEGER REFERENCES contacts(id),
  amount_minor INTEGER NOT NULL, amount_currency TEXT NOT NULL,
  expected_close TEXT NOT NULL,
  pipeline_id INTEGER NOT NULL REFERENCES pipelines(id),
  stage_id INTEGER NOT NULL REFERENCES pipeline_stages(id),
  probability INTEGER NOT NULL,
  forecast_category TEXT NOT NULL,
  category_overridden INTEGER NOT NULL DEFAULT 0,
  owner_id INTEGER REFERENCES users(id),
  lead_id INTEGER REFERENCES leads(id),
  campaign TEXT,
  event TEXT,
  competitor_ids TEXT,
  lost_reason TEXT,
  lost_competitor_id INTEGER REFERENCES competitors(id),
  closed_on TEXT,
  stage_entered_at INTEGER,
  notes TEXT
);

CREATE TABLE opportunity_stage_changes (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  opportunity_id INTEGER NOT NULL REFERENCES opportunities(id),
  from_stage_id INTEGER REFERENCES pipeline_stages(id),
  to_stage_id INTEGER NOT NULL REFERENCES pipeline_stages(id),
  changed_at INTEGER NOT NULL,
  changed_by_id INTEGER REFERENCES users(id),
  days_in_from INTEGER
);

-- References (visibility joins, child lists) and the folded sort keys.
CREATE INDEX pipelines_name ON pipelines(name_sort);
CREATE INDEX pipeline_stages_pipeline ON pipeline_stages(pipeline_id, position);
CREATE INDEX pipeline_stages_name ON pipeline_stages(name_sort);
CREATE INDEX opportunities_owner ON opportunities(owner_id);
CREATE INDEX opportunities_account ON opportunities(account_id);
CREATE INDEX opportunities_contact ON opportunities(contact_id);
CREATE INDEX opportunities_pipeline_stage ON opportunities(pipeline_id, stage_id);
CREATE INDEX opportunities_stage ON opportunities(stage_id);
CREATE INDEX opportunities_lead ON opportunities(lead_id);
CREATE INDEX opportunities_lost_competitor ON opportunities(lost_competitor_id);
CREATE INDEX opportunities_title ON opportunities(title_sort);
CREATE INDEX opportunities_close ON opportunities(expected_close);
CREATE INDEX opportunity_stage_changes_opportunity ON opportunity_stage_changes(opportunity_id);
CREATE INDEX opportunity_stage_changes_from ON opportunity_stage_changes(from_stage_id);
CREATE INDEX opportunity_stage_changes_to ON opportunity_stage_changes(to_stage_id);
CREATE INDEX opportunity_stage_changes_by ON opportunity_stage_changes(changed_by_id);
