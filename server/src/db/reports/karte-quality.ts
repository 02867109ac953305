import { QUALITY_ROW_LIMIT, type KarteQualityReport } from '../../../../shared';
import { consultationsCte, SqlParams, type ReportContext } from './facts';
import { advisorRefs, refOf } from './lookups';

/** Empty once spaces (full-width too), tabs and line breaks are taken off. */
const blank = (field: string, alias = 'r') => `(trim(COALESCE(json_extract(${alias}.data, '$.${field}'), ''), ' ' || char(12288, 9, 10, 13)) = '')`;

interface QualityRow {
  part: 'sum' | 'row';
  author_id: string | null;
  n: number | null;
  no_content: number | null;
  no_actions: number;
  defective: number | null;
  id: string | null;
  business_id: string | null;
  held_at: string | null;
  no_inquiry: number | null;
  no_advice: number | null;
  business_name: string | null;
}

interface IssueRow { id: string; name: string; in_charge: string | null; n: number; latest: string }

type Quality = Pick<KarteQualityReport, 'rowLimit' | 'byAdvisor' | 'consultations' | 'consultationsTotal' | 'businesses'>;

/**
 * Whether a consultation has a next action goes through derived_from (an action's consultationId,
 * kept by every write: migrations/0004_derived_from.sql), one index probe per consultation; CROSS JOIN
 * keeps SQLite from starting at the organisation's actions instead.
 *
 * カルテ品質 (docs/api.md): consultations of the period with no 相談内容 or no 助言・支援内容, or
 * with no next action (講習会・セミナー need none); businesses with 2 or more consultations and no
 * 本質的課題 on the karte. Per author and per 担当; rows link to the record. Emptiness only: no text.
 */
export async function karteQuality(db: D1Database, ctx: ReportContext): Promise<Quality> {
  const p = new SqlParams();
  const org = p.add(ctx.orgId);
  const extra = `${blank('inquiry')} AS no_inquiry, ${blank('advice')} AS no_advice`;
  const consultationsSql = `WITH ${consultationsCte(p, ctx, { extra })},
    q AS MATERIALIZED (
      SELECT c.id, c.business_id, c.author_id, c.held_at, c.no_inquiry, c.no_advice,
        CASE WHEN c.channel = 'seminar_group' THEN 0 ELSE NOT EXISTS (
          SELECT 1 FROM derived_from d INDEXED BY derived_from_source CROSS JOIN records a ON a.org_id = d.org_id AND a.id = d.record_id
          WHERE d.org_id = ${org} AND d.source_id = c.id AND a.kind = 'action' AND a.deleted = 0
        ) END AS no_actions
      FROM c)
    SELECT 'sum' AS part, author_id, COUNT(*) AS n, SUM(no_inquiry OR no_advice) AS no_content, SUM(no_actions) AS no_actions,
      SUM(no_inquiry OR no_advice OR no_actions) AS defective, NULL AS id, NULL AS business_id, NULL AS held_at,
      NULL AS no_inquiry, NULL AS no_advice, NULL AS business_name
    FROM q GROUP BY author_id
    UNION ALL SELECT 'row', author_id, NULL, NULL, no_actions, NULL, id, business_id, held_at, no_inquiry, no_advice,
        (SELECT json_extract(n.data, '$.name') FROM records n WHERE n.org_id = ${org} AND n.id = l.business_id)
      FROM (SELECT * FROM q WHERE no_inquiry OR no_advice OR no_actions ORDER BY held_at DESC, id DESC LIMIT ${p.add(QUALITY_ROW_LIMIT)}) l`;

  // Businesses: every consultation of the period counts whoever wrote it; the reach picks by 担当.
  const bp = new SqlParams();
  const bOrg = bp.add(ctx.orgId);
  // Every business's live consultations counted in one pass of the consultations' index, and each
  // business's latest of the period in one GROUP BY, rather than two lookups per business.
  const businessesSql = `WITH ${consultationsCte(bp, ctx, { anyAdvisor: true, inCharge: true })},
    counts AS MATERIALIZED (
      SELECT business_id, COUNT(*) AS n FROM records INDEXED BY records_consultation_facts
      WHERE org_id = ${bOrg} AND kind = 'consultation' AND deleted = 0 GROUP BY business_id),
    latest AS (SELECT business_id, MAX(held_at || ' ' || id) AS k FROM c GROUP BY business_id)
    SELECT r.id, json_extract(r.data, '$.name') AS name, COALESCE(json_extract(r.data, '$.assignedAdvisorId'), r.author_id) AS in_charge,
      k.n AS n, substr(l.k, instr(l.k, ' ') + 1) AS latest
    FROM latest l JOIN counts k ON k.business_id = l.business_id AND k.n >= 2
      JOIN records r ON r.org_id = ${bOrg} AND r.id = l.business_id
    WHERE r.kind = 'business' AND r.deleted = 0 AND ${blank('essentialIssue')}
    ORDER BY name, r.id`;

  const [{ results }, { results: issues }, advisors] = await Promise.all([
    db.prepare(consultationsSql).bind(...p.values).all<QualityRow>(),
    db.prepare(businessesSql).bind(...bp.values).all<IssueRow>(),
    advisorRefs(db, ctx.orgId),
  ]);

  const summary = new Map<string | null, KarteQualityReport['byAdvisor'][number]>();
  const row = (id: string | null) => {
    let s = summary.get(id);
    if (!s) summary.set(id, (s = { advisor: refOf(advisors, id), consultations: 0, noContent: 0, noActions: 0, noEssentialIssue: 0 }));
    return s;
  };
  let consultationsTotal = 0;
  const consultations: KarteQualityReport['consultations'] = [];
  for (const r of results) {
    if (r.part === 'sum') {
      Object.assign(row(r.author_id), { consultations: r.n ?? 0, noContent: r.no_content ?? 0, noActions: r.no_actions });
      consultationsTotal += r.defective ?? 0;
    } else {
      consultations.push({
        consultationId: r.id!, businessId: r.business_id!, businessName: r.business_name ?? '', heldAt: r.held_at!,
        author: refOf(advisors, r.author_id), noInquiry: r.no_inquiry === 1, noAdvice: r.no_advice === 1, noActions: r.no_actions === 1,
      });
    }
  }
  for (const b of issues) row(b.in_charge).noEssentialIssue += 1;
  const byAdvisor = [...summary.values()].sort((a, b) => (a.advisor?.name ?? '\uffff').localeCompare(b.advisor?.name ?? '\uffff', 'ja'));
  return {
    rowLimit: QUALITY_ROW_LIMIT,
    byAdvisor,
    consultations,
    consultationsTotal,
    businesses: issues.map((b) => ({
      businessId: b.id, businessName: b.name, assignee: refOf(advisors, b.in_charge), consultations: b.n, latestConsultationId: b.latest,
    })),
  };
}
