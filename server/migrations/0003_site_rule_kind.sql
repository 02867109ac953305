-- Site rules (portal linking) sync as records of kind 'siteRule'. SQLite cannot change a
-- CHECK constraint in place, so the table is rebuilt with the wider list of kinds.
CREATE TABLE records_new (
  org_id TEXT NOT NULL REFERENCES orgs(id),
  id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('business', 'consultation', 'action', 'tagGroup', 'tag', 'conflict', 'siteRule')),
  version INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  data TEXT NOT NULL,
  field_versions TEXT NOT NULL,
  author_id TEXT,
  sensitive INTEGER NOT NULL DEFAULT 0,
  business_id TEXT,
  sort_key TEXT,
  search_text TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  field_clients TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (org_id, id)
);
INSERT INTO records_new (org_id, id, kind, version, deleted, data, field_versions, author_id, sensitive, business_id, sort_key, search_text, created_at, updated_at, field_clients)
  SELECT org_id, id, kind, version, deleted, data, field_versions, author_id, sensitive, business_id, sort_key, search_text, created_at, updated_at, field_clients FROM records;
DROP TABLE records;
ALTER TABLE records_new RENAME TO records;
CREATE UNIQUE INDEX records_version ON records(org_id, version);
CREATE INDEX records_kind_sort ON records(org_id, kind, sort_key, id);
CREATE INDEX records_business ON records(org_id, business_id, kind, sort_key, id);
