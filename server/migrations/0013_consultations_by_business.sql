-- Issue 13, カルテ品質 over 50,000 consultations: each business's live consultations in order,
-- with their 事業区分, so the report counts a business's consultations and finds its newest of
-- a period with two index probes per business (server/src/db/reports/karte-quality.ts) instead of
-- grouping every consultation of the organisation (measured on the benchmark's data: 97 ms → 35 ms).
-- records_business holds the same keys but not `deleted`, so it would read every record.
CREATE INDEX records_consultations_by_business ON records (
  org_id, business_id, sort_key, id, json_extract(data, '$.programme')
) WHERE kind = 'consultation' AND deleted = 0;
