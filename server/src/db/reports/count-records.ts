import type { CountDimension, CountRecordsPage } from '../../../../shared';
import { decodeCursor, toPage } from '../cursor';
import { consultationsCte, HELD_MONTH, INDIVIDUAL, SMALL_KEY, SqlParams, topicTagsCte, type ReportContext } from './facts';
import { advisorRefs, refOf } from './lookups';

interface RecordRow {
  id: string;
  business_id: string;
  business_name: string;
  held_at: string;
  channel: string;
  programme: string;
  duration: number | null;
  author_id: string | null;
  advisor_ids: string | null;
  total: number;
}

/** The condition on `c` that picks the consultations behind one figure of 相談件数 (consultation-counts.ts). */
function figureCondition(p: SqlParams, dim: CountDimension, key: string | undefined): string {
  const k = () => p.add(key ?? '');
  switch (dim) {
    case 'all':
      return INDIVIDUAL;
    case 'seminar':
      return key === undefined ? `NOT (${INDIVIDUAL})` : `NOT (${INDIVIDUAL}) AND ${HELD_MONTH} = ${k()}`;
    case 'month':
      return `${INDIVIDUAL} AND ${HELD_MONTH} = ${k()}`;
    case 'topic':
      return key === 'none'
        ? `${INDIVIDUAL} AND NOT EXISTS (SELECT 1 FROM json_each(c.tag_ids) j WHERE j.value IN (SELECT id FROM topic_tags))`
        : `${INDIVIDUAL} AND EXISTS (SELECT 1 FROM json_each(c.tag_ids) j WHERE j.value = ${k()} AND j.value IN (SELECT id FROM topic_tags))`;
    case 'industry':
      return `${INDIVIDUAL} AND COALESCE(industry, 'unspecified') = ${k()}`;
    case 'membership':
      return `${INDIVIDUAL} AND COALESCE(membership, 'unknown') = ${k()}`;
    case 'smallBusiness':
      return `${INDIVIDUAL} AND ${SMALL_KEY} = ${k()}`;
    case 'programme':
      return `${INDIVIDUAL} AND programme = ${k()}`;
    case 'channel':
      return `channel = ${k()}`;
    case 'advisor': {
      const a = k();
      return `${INDIVIDUAL} AND (author_id = ${a} OR EXISTS (SELECT 1 FROM json_each(c.advisor_ids) j WHERE j.value = ${a}))`;
    }
  }
}

/**
 * The consultations behind one figure of 相談件数, oldest first, paged by (heldAt, id), with the
 * business's name and the advisors' names: never a word of what was said.
 */
export async function countRecords(
  db: D1Database,
  ctx: ReportContext,
  figure: { dim: CountDimension; key: string | undefined; cursor: string | undefined; limit: number },
): Promise<CountRecordsPage> {
  const after = decodeCursor(figure.cursor, 'datetime');
  const p = new SqlParams();
  const org = p.add(ctx.orgId);
  const ctes = `${consultationsCte(p, ctx)}, ${topicTagsCte(p, ctx.orgId)}`;
  const condition = figureCondition(p, figure.dim, figure.key);
  const keyset = after ? `WHERE (held_at, id) > (${p.add(after.key)}, ${p.add(after.id)})` : '';
  const sql = `WITH ${ctes},
    picked AS (SELECT c.*, COUNT(*) OVER () AS total FROM c WHERE ${condition})
    SELECT picked.id, picked.business_id, picked.held_at, picked.channel, picked.programme, picked.duration, picked.author_id,
      picked.advisor_ids, picked.total,
      (SELECT json_extract(n.data, '$.name') FROM records n WHERE n.org_id = ${org} AND n.id = picked.business_id) AS business_name
    FROM picked ${keyset} ORDER BY held_at, id LIMIT ${p.add(figure.limit + 1)}`;
  const [{ results }, advisors] = await Promise.all([
    db
      .prepare(sql)
      .bind(...p.values)
      .all<RecordRow>(),
    advisorRefs(db, ctx.orgId),
  ]);
  const page = toPage(
    results,
    figure.limit,
    (r) => ({ key: r.held_at, id: r.id }),
    (r) => {
      const ids = [...new Set([r.author_id, ...(JSON.parse(r.advisor_ids ?? '[]') as string[])].filter((id): id is string => id !== null))];
      return {
        consultationId: r.id,
        businessId: r.business_id,
        businessName: r.business_name,
        heldAt: r.held_at,
        channel: r.channel,
        programme: r.programme === 'unspecified' ? null : r.programme,
        durationMin: r.duration,
        advisors: ids.map((id) => refOf(advisors, id)!),
      };
    },
  );
  // A later page has no rows of its own to count from when the keyset passes them all: count again.
  return { ...page, total: results[0]?.total ?? (after ? await countOnly(db, ctx, figure) : 0) };
}

async function countOnly(db: D1Database, ctx: ReportContext, figure: { dim: CountDimension; key: string | undefined }): Promise<number> {
  const p = new SqlParams();
  const sql = `WITH ${consultationsCte(p, ctx)}, ${topicTagsCte(p, ctx.orgId)}
    SELECT COUNT(*) AS n FROM c WHERE ${figureCondition(p, figure.dim, figure.key)}`;
  return (
    (
      await db
        .prepare(sql)
        .bind(...p.values)
        .first<{ n: number }>()
    )?.n ?? 0
  );
}
