-- Text that came from a 機微 consultation is readable only by those who may read that
-- consultation, wherever it was copied (docs/api.md "Records"). Each row says that some text
-- of record_id came from the consultation source_id: an action's consultationId, a business's
-- essentialIssueSourceId / visionSourceId, and the consultation a conflict copy's text came
-- from (fixed when the copy is made). Reads redact by it; a change of the consultation's 機微
-- flag or readers re-versions the rows that point at it, so every device pulls them again.
CREATE TABLE derived_from (
  org_id TEXT NOT NULL,
  record_id TEXT NOT NULL,
  source_id TEXT NOT NULL,
  PRIMARY KEY (org_id, record_id, source_id)
);
CREATE INDEX derived_from_source ON derived_from(org_id, source_id);

INSERT OR IGNORE INTO derived_from (org_id, record_id, source_id)
  SELECT org_id, id, json_extract(data, '$.consultationId') FROM records
  WHERE kind = 'action' AND json_extract(data, '$.consultationId') IS NOT NULL;
INSERT OR IGNORE INTO derived_from (org_id, record_id, source_id)
  SELECT org_id, id, json_extract(data, '$.essentialIssueSourceId') FROM records
  WHERE kind = 'business' AND json_extract(data, '$.essentialIssueSourceId') IS NOT NULL;
INSERT OR IGNORE INTO derived_from (org_id, record_id, source_id)
  SELECT org_id, id, json_extract(data, '$.visionSourceId') FROM records
  WHERE kind = 'business' AND json_extract(data, '$.visionSourceId') IS NOT NULL;
-- Conflict copies made before this migration: their text came from what their record's field
-- came from (the consultation itself, an action's consultation, a business field's source).
INSERT OR IGNORE INTO derived_from (org_id, record_id, source_id)
  SELECT c.org_id, c.id,
    CASE t.kind
      WHEN 'consultation' THEN t.id
      WHEN 'action' THEN json_extract(t.data, '$.consultationId')
      WHEN 'business' THEN CASE json_extract(c.data, '$.field')
        WHEN 'essentialIssue' THEN json_extract(t.data, '$.essentialIssueSourceId')
        WHEN 'vision' THEN json_extract(t.data, '$.visionSourceId')
      END
    END AS source_id
  FROM records c JOIN records t ON t.org_id = c.org_id AND t.id = c.sort_key
  WHERE c.kind = 'conflict' AND source_id IS NOT NULL;
