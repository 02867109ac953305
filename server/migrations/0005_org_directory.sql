-- Issue 12: colleagues and roles, the organisation profile, and invitations.

-- 職種 (shared/enums.ts JOB_TITLES). Advisors created before it was kept have none (shown as 未設定).
-- No CHECK: the list of codes is the shared schema's, checked on every write.
ALTER TABLE advisors ADD COLUMN job_title TEXT;

-- The organisation profile: 種別 (ORG_KINDS), 都道府県 (PREFECTURES) and 市区町村. Unset until an
-- admin fills them in. The 年度 starts in April for every organisation (not stored).
ALTER TABLE orgs ADD COLUMN kind TEXT;
ALTER TABLE orgs ADD COLUMN prefecture TEXT;
ALTER TABLE orgs ADD COLUMN municipality TEXT NOT NULL DEFAULT '';

-- An admin invites a colleague: the code (shown once) is kept only as its SHA-256. It can be
-- used once, before expires_at, unless revoked; using it creates the advisor (advisor_id).
CREATE TABLE invitations (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES orgs(id),
  code_hash TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('advisor', 'manager', 'admin')),
  job_title TEXT,
  created_by TEXT NOT NULL REFERENCES advisors(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  accepted_at TEXT,
  advisor_id TEXT REFERENCES advisors(id),
  revoked_at TEXT
);
CREATE INDEX invitations_org ON invitations(org_id, created_at, id);
