-- Issue 13 (protocol 4): the support records the reports are built from sync as records of
-- their own kinds: 補助金・融資 applications ('application'), 専門家派遣 ('expertDispatch'), yearly
-- figures per 決算期 ('yearlyFigures'), 需要開拓 events ('demandEvent') and 特定創業支援 founders
-- ('founder'). SQLite cannot change a CHECK constraint in place, so the table is rebuilt with the
-- wider list of kinds (as in 0003).
--
-- No new columns: each of them projects its businessId into business_id and the date its report
-- counts it by into sort_key (server/src/db/record-row.ts projections: 申請日, the first visit,
-- 決算期, 開催日; a founder's name), so the indexes below serve both "every record of one business"
-- and "every record of one kind in a 年度". One yearly figures record per business and 決算期 is
-- the push's rule (a clear refusal), not a unique index: a unique index would fail the whole
-- commit batch instead of refusing the one mutation.
CREATE TABLE records_new (
  org_id TEXT NOT NULL REFERENCES orgs(id),
  id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN (
    'business', 'consultation', 'action', 'tagGroup', 'tag', 'conflict', 'siteRule',
    'application', 'expertDispatch', 'yearlyFigures', 'demandEvent', 'founder'
  )),
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
