-- Issue 14: keys for other systems, separate from advisors' tokens. One scope each ('read':
-- businesses, tags and the directory, never 機微 text; 'import': business lists only), revocable;
-- the key itself is shown once and only its SHA-256 is kept. An import key registers businesses
-- in the name of the admin who issued it (created_by).
CREATE TABLE integration_keys (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES orgs(id),
  label TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('read', 'import')),
  key_hash TEXT NOT NULL UNIQUE,
  created_by TEXT NOT NULL REFERENCES advisors(id),
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);
CREATE INDEX integration_keys_org ON integration_keys(org_id, created_at, id);
