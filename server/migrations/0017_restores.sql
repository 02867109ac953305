-- Issue 14: restoring a JSON export into an empty organisation, part by part. One row per
-- organisation while a restore runs (and after, finished): the export it restores and the sync
-- client its parts commit through, whose last mutation id is the last part written — so parts
-- land in order, and one sent twice is refused.
CREATE TABLE restores (
  org_id TEXT PRIMARY KEY REFERENCES orgs(id),
  source_org TEXT NOT NULL,
  exported_at TEXT NOT NULL,
  client_id TEXT NOT NULL,
  -- JSON {old advisor id: new id} for the export's people whose ids another organisation uses.
  advisor_map TEXT NOT NULL DEFAULT '{}',
  started_at TEXT NOT NULL,
  finished_at TEXT
);
