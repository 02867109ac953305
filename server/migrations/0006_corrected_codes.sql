-- Issue 12: codes that mixed two things are split (shared/enums.ts, shared/protocol-compat.ts).
-- 事業区分 (programme): the expert codes become expertPaidBy (who paid the expert), よろず becomes
-- none (よろず支援拠点 is an organisation kind); 相談方法 (channel): セミナー・個別相談会 becomes
-- 個別相談会 (a consultation record is one business's). Each record changed takes the next
-- organisation version, so every device pulls it again in today's codes; the fields written
-- take that version too.
CREATE TABLE migrate_0006 AS
  SELECT org_id, id, ROW_NUMBER() OVER (PARTITION BY org_id ORDER BY version) AS n
  FROM records
  WHERE kind = 'consultation'
    AND (json_extract(data, '$.programme') IN ('yorozu', 'expert_national', 'expert_prefecture', 'expert_city')
         OR json_extract(data, '$.channel') = 'seminar');

UPDATE records SET
  data = json_set(data,
    '$.expertPaidBy', CASE json_extract(data, '$.programme')
      WHEN 'expert_national' THEN 'national'
      WHEN 'expert_prefecture' THEN 'prefecture'
      WHEN 'expert_city' THEN 'municipality'
      ELSE json_extract(data, '$.expertPaidBy') END,
    '$.expertName', COALESCE(json_extract(data, '$.expertName'), ''),
    '$.programme', CASE WHEN json_extract(data, '$.programme') IN ('yorozu', 'expert_national', 'expert_prefecture', 'expert_city')
      THEN NULL ELSE json_extract(data, '$.programme') END,
    '$.channel', CASE json_extract(data, '$.channel') WHEN 'seminar' THEN 'consultation_event' ELSE json_extract(data, '$.channel') END),
  field_versions = json_set(field_versions,
    '$.programme', (SELECT o.version + m.n FROM orgs o, migrate_0006 m WHERE o.id = records.org_id AND m.org_id = records.org_id AND m.id = records.id),
    '$.expertPaidBy', (SELECT o.version + m.n FROM orgs o, migrate_0006 m WHERE o.id = records.org_id AND m.org_id = records.org_id AND m.id = records.id),
    '$.channel', (SELECT o.version + m.n FROM orgs o, migrate_0006 m WHERE o.id = records.org_id AND m.org_id = records.org_id AND m.id = records.id)),
  version = (SELECT o.version + m.n FROM orgs o, migrate_0006 m WHERE o.id = records.org_id AND m.org_id = records.org_id AND m.id = records.id),
  updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE EXISTS (SELECT 1 FROM migrate_0006 m WHERE m.org_id = records.org_id AND m.id = records.id);

UPDATE orgs SET version = version + (SELECT COUNT(*) FROM migrate_0006 m WHERE m.org_id = orgs.id)
WHERE id IN (SELECT org_id FROM migrate_0006);

DROP TABLE migrate_0006;
