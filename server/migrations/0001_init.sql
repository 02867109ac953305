-- 伴走カルテ central store. Records of every kind share one table so that pull is a
-- single ordered scan of (org_id, version); kind-specific columns are projections
-- kept for the read endpoints' indexes.

CREATE TABLE orgs (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  -- Last committed version; bumped in the same batch as the records it numbers.
  version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE advisors (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES orgs(id),
  name TEXT NOT NULL,
  email TEXT,
  role TEXT NOT NULL CHECK (role IN ('advisor', 'manager', 'admin')),
  created_at TEXT NOT NULL,
  disabled_at TEXT
);
CREATE INDEX advisors_org ON advisors(org_id, created_at, id);

CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES orgs(id),
  advisor_id TEXT NOT NULL REFERENCES advisors(id),
  -- SHA-256 of the token; the token itself is shown once and never stored.
  token_hash TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);
CREATE INDEX api_tokens_org ON api_tokens(org_id, created_at, id);

CREATE TABLE sync_clients (
  org_id TEXT NOT NULL REFERENCES orgs(id),
  client_id TEXT NOT NULL,
  advisor_id TEXT NOT NULL REFERENCES advisors(id),
  last_mutation_id INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (org_id, client_id)
);

CREATE TABLE records (
  org_id TEXT NOT NULL REFERENCES orgs(id),
  id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('business', 'consultation', 'action', 'tagGroup', 'tag', 'conflict')),
  version INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  -- The record's fields as JSON (shared/records.ts) and, per field, the version that last wrote it.
  data TEXT NOT NULL,
  field_versions TEXT NOT NULL,
  author_id TEXT,
  sensitive INTEGER NOT NULL DEFAULT 0,
  -- Projections: the business a record belongs to, a sort key (held_at, due date, name) and
  -- normalised search text (shared/text.ts) for businesses.
  business_id TEXT,
  sort_key TEXT,
  search_text TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (org_id, id)
);
CREATE UNIQUE INDEX records_version ON records(org_id, version);
CREATE INDEX records_kind_sort ON records(org_id, kind, sort_key, id);
CREATE INDEX records_business ON records(org_id, business_id, kind, sort_key, id);

-- Business ids in other systems (BIZミル, TOAS, kintone, 法人番号), kept in step with records.
CREATE TABLE external_ids (
  org_id TEXT NOT NULL,
  system TEXT NOT NULL,
  value TEXT NOT NULL,
  business_id TEXT NOT NULL,
  PRIMARY KEY (org_id, system, value, business_id)
);
CREATE INDEX external_ids_business ON external_ids(org_id, business_id);

-- Optimistic concurrency for push: a row violating the CHECK aborts the whole batch.
CREATE TABLE push_guard (ok INTEGER NOT NULL CHECK (ok = 1));

-- Exports, sensitive reads and administration, kept for the organisation's audit.
CREATE TABLE audit_log (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  advisor_id TEXT,
  action TEXT NOT NULL,
  target TEXT,
  at TEXT NOT NULL
);
CREATE INDEX audit_log_org ON audit_log(org_id, at);
