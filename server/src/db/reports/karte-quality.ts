import { periodBoundsUtc, QUALITY_ROW_LIMIT, UNSPECIFIED, type KarteQualityReport } from '../../../../shared';
import { businessConditions, CONSULTATION, consultationsFrom, IN_CHARGE, SqlParams, type ReportContext } from './facts';
import { advisorRefs, refOf } from './lookups';

/** Empty once spaces (full-width too), tabs and line breaks are taken off. */
const blank = (field: string, alias = 'r') =>
  `(trim(COALESCE(json_extract(${alias}.data, '$.${field}'), ''), ' ' || char(12288, 9, 10, 13)) = '')`;

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

interface IssueRow {
  id: string;
  name: string;
  in_charge: string | null;
  n: number;
  latest: string;
}

type Quality = Pick<KarteQualityReport, 'rowLimit' | 'byAdvisor' | 'consultations' | 'consultationsTotal' | 'businesses'>;

/**
 * カルテ品質 (docs/api.md): consultations of the period with no 相談内容 or no 助言・支援内容, or
 * with no next action (講習会・セミナー need none); businesses with 2 or more consultations and no
 * 本質的課題 on the karte. Per author and per 担当; rows link to the record. Emptiness only: no text.
 *
 * Whether 相談内容 and 助言・支援内容 are empty is read from the consultations' covering index
 * (migrations/0012). Whether a consultation has a next action goes through derived_from (an
 * action's consultationId, kept by every write: migrations/0004_derived_from.sql), one index probe
 * per consultation; CROSS JOIN keeps SQLite from starting at the organisation's actions instead.
 * The listed consultations are the newest first, read backwards through the index until enough
 * are found, so only the summary passes over the whole period.
 */
export async function karteQuality(db: D1Database, ctx: ReportContext): Promise<Quality> {
  const p = new SqlParams();
  const org = p.add(ctx.orgId);
  const noContent = `(${blank('inquiry')} OR ${blank('advice')})`;
  const noActions = `CASE WHEN ${CONSULTATION.channel} = 'seminar_group' THEN 0 ELSE NOT EXISTS (
      SELECT 1 FROM derived_from d INDEXED BY derived_from_source CROSS JOIN records a ON a.org_id = d.org_id AND a.id = d.record_id
      WHERE d.org_id = ${org} AND d.source_id = r.id AND a.kind = 'action' AND a.deleted = 0) END`;
  const consultationsSql = `WITH q AS MATERIALIZED (
      SELECT r.author_id, ${noContent} AS no_content, ${noActions} AS no_actions FROM ${consultationsFrom(p, ctx)})
    SELECT 'sum' AS part, author_id, COUNT(*) AS n, SUM(no_content) AS no_content, SUM(no_actions) AS no_actions,
      SUM(no_content OR no_actions) AS defective, NULL AS id, NULL AS business_id, NULL AS held_at,
      NULL AS no_inquiry, NULL AS no_advice, NULL AS business_name
    FROM q GROUP BY author_id
    UNION ALL SELECT * FROM (
      SELECT 'row', r.author_id, NULL, NULL, ${noActions} AS no_actions, NULL, r.id, r.business_id, r.sort_key, ${blank('inquiry')} AS no_inquiry,
        ${blank('advice')} AS no_advice, json_extract(b.data, '$.name')
      FROM ${consultationsFrom(p, ctx)} AND (no_inquiry OR no_advice OR no_actions)
      ORDER BY r.sort_key DESC, r.id DESC LIMIT ${p.add(QUALITY_ROW_LIMIT)})`;

  // Businesses: every consultation counts whoever wrote it; the reach picks by 担当. Each
  // candidate business (no 本質的課題) looks up its own consultations through
  // records_consultations_by_business (migrations/0013): how many it has, and its newest of the period.
  const bp = new SqlParams();
  const mine = `x.org_id = r.org_id AND x.business_id = r.id AND x.kind = 'consultation' AND x.deleted = 0`;
  const { start, end } = periodBoundsUtc(ctx.period);
  const programme =
    ctx.programme === null ? '' : ` AND COALESCE(json_extract(x.data, '$.programme'), '${UNSPECIFIED}') = ${bp.add(ctx.programme)}`;
  const businessesSql = `SELECT * FROM (
      SELECT r.id, json_extract(r.data, '$.name') AS name, ${IN_CHARGE} AS in_charge,
        (SELECT COUNT(*) FROM records x INDEXED BY records_consultations_by_business WHERE ${mine}) AS n,
        (SELECT x.id FROM records x INDEXED BY records_consultations_by_business
         WHERE ${mine} AND x.sort_key >= ${bp.add(start)} AND x.sort_key < ${bp.add(end)}${programme}
         ORDER BY x.sort_key DESC, x.id DESC LIMIT 1) AS latest
      FROM records r INDEXED BY records_business_facts
      WHERE r.org_id = ${bp.add(ctx.orgId)} AND ${businessConditions(bp, ctx, 'r', { inCharge: true }).join(' AND ')} AND ${blank('essentialIssue')})
    WHERE n >= 2 AND latest IS NOT NULL ORDER BY name, id`;

  const [{ results }, { results: issues }, advisors] = await Promise.all([
    db
      .prepare(consultationsSql)
      .bind(...p.values)
      .all<QualityRow>(),
    db
      .prepare(businessesSql)
      .bind(...bp.values)
      .all<IssueRow>(),
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
        consultationId: r.id!,
        businessId: r.business_id!,
        businessName: r.business_name ?? '',
        heldAt: r.held_at!,
        author: refOf(advisors, r.author_id),
        noInquiry: r.no_inquiry === 1,
        noAdvice: r.no_advice === 1,
        noActions: r.no_actions === 1,
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
      businessId: b.id,
      businessName: b.name,
      assignee: refOf(advisors, b.in_charge),
      consultations: b.n,
      latestConsultationId: b.latest,
    })),
  };
}
