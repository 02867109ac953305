import { periodBoundsUtc, UNSPECIFIED } from '../../../../shared';
import type { CaseConsultation } from '../../domain/banso-case';
import { CONSULTATION, type SqlParams, type ReportContext } from './facts';

/** A live consultation of a business listed in a business-centred report. */
export interface ListedConsultation extends CaseConsultation {
  businessId: string;
  /** Held in the report's period, of the 事業区分 asked for: support given in the period. */
  inPeriod: boolean;
}

/**
 * Every live consultation of the businesses `businessIds` picks (a subquery over `records r`,
 * bound through `p`), oldest first per business: a case's stage needs its whole history.
 */
export async function consultationsOf(
  db: D1Database,
  ctx: ReportContext,
  p: SqlParams,
  businessIds: string,
): Promise<ListedConsultation[]> {
  const { start, end } = periodBoundsUtc(ctx.period);
  const programme = ctx.programme === null ? '1' : `COALESCE(${CONSULTATION.programme}, '${UNSPECIFIED}') = ${p.add(ctx.programme)}`;
  const sql = `SELECT r.id, r.business_id, r.author_id, r.sort_key AS held_at, r.sensitive,
      ${CONSULTATION.advisorIds} AS advisor_ids, ${CONSULTATION.tagIds} AS tag_ids,
      (r.sort_key >= ${p.add(start)} AND r.sort_key < ${p.add(end)} AND ${programme}) AS in_period
    FROM records r
    WHERE r.org_id = ${p.add(ctx.orgId)} AND r.kind = 'consultation' AND r.deleted = 0 AND r.business_id IN (${businessIds})
    ORDER BY r.business_id, r.sort_key, r.id`;
  const { results } = await db
    .prepare(sql)
    .bind(...p.values)
    .all<{
      id: string;
      business_id: string;
      author_id: string | null;
      held_at: string;
      sensitive: number;
      advisor_ids: string | null;
      tag_ids: string | null;
      in_period: number;
    }>();
  return results.map((r) => ({
    id: r.id,
    businessId: r.business_id,
    heldAt: r.held_at,
    authorId: r.author_id,
    advisorIds: JSON.parse(r.advisor_ids ?? '[]') as string[],
    sensitive: r.sensitive === 1,
    tagIds: JSON.parse(r.tag_ids ?? '[]') as string[],
    inPeriod: r.in_period === 1,
  }));
}

/** Groups rows by their business id. */
export function byBusiness<T extends { businessId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.businessId);
    if (list) list.push(row);
    else out.set(row.businessId, [row]);
  }
  return out;
}
