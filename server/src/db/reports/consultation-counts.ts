import { TOPIC_GROUP_ID, UNSPECIFIED, type ConsultationsReport } from '../../../../shared';
import { arrangeCounts, tallyConsultations, type BusinessFact, type ConsultationFact } from '../../domain/consultation-counts';
import { businessConditions, BUSINESS, CONSULTATION, consultationConditions, SqlParams, type ReportContext } from './facts';
import { advisorRefs, tagsOfGroup, tagInfos } from './lookups';

/**
 * 相談件数 (docs/api.md): the period's consultations read once from their covering index, the
 * organisation's businesses once from theirs, and every dimension counted in one pass in the
 * worker (domain/consultation-counts.ts). Measured on 25,000 consultations (bench/reports):
 * one GROUP BY over a row per consultation and dimension sorted ten times the rows, and joining
 * each consultation to its business in SQL cost one index probe each; two index scans do not.
 */
export async function consultationCounts(
  db: D1Database,
  ctx: ReportContext,
): Promise<Omit<ConsultationsReport, 'period' | 'scope' | 'filters' | 'asOf'>> {
  const p = new SqlParams();
  const consultationsSql = `SELECT r.business_id, r.author_id, strftime('%Y-%m', r.sort_key, '+9 hours') AS month,
      ${CONSULTATION.channel} AS channel, COALESCE(${CONSULTATION.programme}, '${UNSPECIFIED}') AS programme, ${CONSULTATION.duration} AS duration,
      ${CONSULTATION.advisorIds} AS advisor_ids, ${CONSULTATION.tagIds} AS tag_ids,
      -- 参加者数 of a 講習会 only (one row in nine): read from the record, not carried in the index.
      CASE WHEN ${CONSULTATION.channel} = 'seminar_group' THEN json_extract(r.data, '$.participants') END AS participants
    FROM records r INDEXED BY records_consultation_facts WHERE ${consultationConditions(p, ctx).join(' AND ')}`;
  const bp = new SqlParams();
  const org = bp.add(ctx.orgId);
  const businessesSql = `SELECT r.id, ${BUSINESS.industry} AS industry, ${BUSINESS.membership} AS membership, ${BUSINESS.smallBusiness} AS small
    FROM records r INDEXED BY records_business_facts WHERE r.org_id = ${org} AND ${businessConditions(bp, ctx, 'r').join(' AND ')}`;
  const [{ results: consultations }, { results: businesses }, tags, advisors] = await Promise.all([
    db
      .prepare(consultationsSql)
      .bind(...p.values)
      .all<ConsultationFact>(),
    db
      .prepare(businessesSql)
      .bind(...bp.values)
      .all<BusinessFact>(),
    tagInfos(db, ctx.orgId),
    advisorRefs(db, ctx.orgId),
  ]);
  const topics = tagsOfGroup(tags, TOPIC_GROUP_ID);
  return arrangeCounts(tallyConsultations(consultations, businesses, new Set(topics.map((t) => t.id))), ctx.period, topics, advisors);
}
