import type * as z from 'zod/mini';
import type { countsResponse } from '../../../../shared';

type Counts = z.infer<typeof countsResponse>;
type Tally = { consultations: number; businesses: number };

const DAY_MS = 86_400_000;

/**
 * The UTC instant a JST calendar day starts, as `YYYY-MM-DDTHH:MM:SS` without fraction or
 * `Z`. heldAt is stored as UTC ISO text, and every heldAt at or after that instant sorts
 * at or after this prefix, so plain text comparison bounds the range exactly.
 */
function jstDayStart(date: string, plusDays = 0): string {
  return new Date(Date.parse(`${date}T00:00:00+09:00`) + plusDays * DAY_MS).toISOString().slice(0, 19);
}

/** Value used for consultations without a 事業区分. */
export const UNSPECIFIED = 'unspecified';

interface CountRow {
  dim: 'total' | 'channel' | 'programme' | 'advisor';
  value: string;
  consultations: number;
  businesses: number;
}

/**
 * 相談件数 for JST days `from`…`to` inclusive: 延べ (consultations) and 実数 (distinct
 * businesses), in total and per channel, programme and advisor. Deleted consultations and
 * consultations of deleted businesses are left out. A consultation counts once for each
 * advisor involved: its author and everyone in advisorIds.
 */
export async function consultationCounts(db: D1Database, orgId: string, from: string, to: string): Promise<Counts> {
  const { results } = await db
    .prepare(
      `WITH c AS (
         SELECT r.id, r.business_id, r.author_id, r.data FROM records r
         WHERE r.org_id = ?1 AND r.kind = 'consultation' AND r.deleted = 0 AND r.sort_key >= ?2 AND r.sort_key < ?3
           AND EXISTS (SELECT 1 FROM records b WHERE b.org_id = ?1 AND b.id = r.business_id AND b.kind = 'business' AND b.deleted = 0)
       ),
       involved AS (
         SELECT id, business_id, author_id AS advisor_id FROM c WHERE author_id IS NOT NULL
         UNION SELECT c.id, c.business_id, j.value FROM c, json_each(c.data, '$.advisorIds') j
       )
       SELECT 'total' AS dim, '' AS value, COUNT(*) AS consultations, COUNT(DISTINCT business_id) AS businesses FROM c
       UNION ALL SELECT 'channel', json_extract(data, '$.channel'), COUNT(*), COUNT(DISTINCT business_id) FROM c GROUP BY 2
       UNION ALL SELECT 'programme', COALESCE(json_extract(data, '$.programme'), ?4), COUNT(*), COUNT(DISTINCT business_id) FROM c GROUP BY 2
       UNION ALL SELECT 'advisor', advisor_id, COUNT(*), COUNT(DISTINCT business_id) FROM involved GROUP BY 2`,
    )
    .bind(orgId, jstDayStart(from), jstDayStart(to, 1), UNSPECIFIED)
    .all<CountRow>();
  const counts: Counts = { from, to, total: { consultations: 0, businesses: 0 }, byChannel: {}, byProgramme: {}, byAdvisor: {} };
  const target: Record<Exclude<CountRow['dim'], 'total'>, Record<string, Tally>> = {
    channel: counts.byChannel,
    programme: counts.byProgramme,
    advisor: counts.byAdvisor,
  };
  for (const row of results) {
    const tally = { consultations: row.consultations, businesses: row.businesses };
    if (row.dim === 'total') counts.total = tally;
    else target[row.dim][row.value] = tally;
  }
  return counts;
}
