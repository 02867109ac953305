-- Issue 13, カルテ品質 over 50,000 consultations: whether 相談内容 and 助言・支援内容 are empty is
-- kept in the consultations' covering index, written exactly as server/src/db/reports/karte-quality.ts
-- `blank()` writes it, so the report reads it from the index instead of parsing every record's
-- JSON (measured on the benchmark's data: 135 ms → 42 ms for a 年度's 25,000 consultations).
DROP INDEX records_consultation_facts;
CREATE INDEX records_consultation_facts ON records (
  org_id, sort_key, business_id, author_id,
  json_extract(data, '$.channel'), json_extract(data, '$.programme'), json_extract(data, '$.durationMin'),
  json_extract(data, '$.advisorIds'), json_extract(data, '$.tagIds'), sensitive, id,
  (trim(COALESCE(json_extract(data, '$.inquiry'), ''), ' ' || char(12288, 9, 10, 13)) = ''),
  (trim(COALESCE(json_extract(data, '$.advice'), ''), ' ' || char(12288, 9, 10, 13)) = '')
) WHERE kind = 'consultation' AND deleted = 0;
