-- Issue 13: which of the organisation's tags count for each area of 特定創業支援 (経営, 財務,
-- 人材育成, 販路開拓; shared/startup-support.ts). JSON (shared/api.ts startupAreaTags, checked on
-- every write); NULL: the standard mapping.
ALTER TABLE orgs ADD COLUMN startup_areas TEXT;
