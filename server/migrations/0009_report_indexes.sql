-- Issue 13: the reports (/v1/reports) over a year of an organisation's work — 50,000
-- consultations of 5,000 businesses — without parsing every record's JSON on each request.
-- Partial covering indexes hold, per live record, the fields the reports group and filter by;
-- SQLite reads those values from the index instead of parsing `data` again. Each expression is
-- written exactly as the queries write it (server/src/db/reports/facts.ts): SQLite matches an
-- indexed expression only when it is the same expression. Only live records are indexed.
--
-- A later migration that rebuilds `records` (as 0003 did to widen its kinds) must create these
-- again, like the other indexes of the table.

-- 相談件数 and its drill-down, カルテ品質: the period's consultations by date, with what they count by.
CREATE INDEX records_consultation_facts ON records (
  org_id, sort_key, business_id, author_id,
  json_extract(data, '$.channel'), json_extract(data, '$.programme'), json_extract(data, '$.durationMin'),
  json_extract(data, '$.advisorIds'), json_extract(data, '$.tagIds'), sensitive, id
) WHERE kind = 'consultation' AND deleted = 0;

-- Every report: the businesses with what consultations are grouped and filtered by (業種, 会員,
-- 小規模, 地域, 担当) and the 伴走 list by status.
CREATE INDEX records_business_facts ON records (
  org_id, id,
  json_extract(data, '$.status'), json_extract(data, '$.industry'), json_extract(data, '$.membership'),
  json_extract(data, '$.smallBusiness'), json_extract(data, '$.municipality'), json_extract(data, '$.assignedAdvisorId'), author_id
) WHERE kind = 'business' AND deleted = 0;
