-- Issue 12: the organisation tunes when the karte suggests 伴走支援 (shared/banso-rule.ts).
-- JSON of the rule (shared/api.ts bansoRule, checked on every write); NULL: the standard rule.
ALTER TABLE orgs ADD COLUMN banso_rule TEXT;
