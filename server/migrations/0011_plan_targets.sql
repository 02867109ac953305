-- Issue 13: the targets of the 経営発達支援計画 that 管理職 enter for each 年度, one row per
-- indicator (shared/plan-report.ts PLAN_INDICATORS), beside which the 実施状況報告 shows the
-- attainment. A table of its own, not a record kind: targets are the organisation's settings,
-- written by managers on the server (PUT /v1/reports/plan/targets) and never edited offline.
CREATE TABLE plan_targets (
  org_id TEXT NOT NULL REFERENCES orgs(id),
  fiscal_year INTEGER NOT NULL,
  indicator TEXT NOT NULL,
  target INTEGER NOT NULL CHECK (target >= 0),
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  PRIMARY KEY (org_id, fiscal_year, indicator)
);
