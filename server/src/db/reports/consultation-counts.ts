import { TOPIC_GROUP_ID, type ConsultationsReport } from '../../../../shared';
import { arrangeCounts, type CountFigure } from '../../domain/consultation-counts';
import {
  consultationsCte, HELD_MONTH, INDIVIDUAL, SMALL_KEY, SqlParams, topicTagsCte, type ReportContext,
} from './facts';
import { advisorRefs, tagsOfGroup, tagInfos } from './lookups';

/** Dimensions with one key per consultation: 講習会・セミナー ones apart from the individual ones. */
const SINGLE = JSON.stringify(['all', 'month', 'industry', 'membership', 'smallBusiness', 'programme', 'channel']);
const SEMINAR = JSON.stringify(['seminar', 'seminarMonth']);

/**
 * 相談件数 (docs/api.md): one pass over the period's consultations. Each consultation becomes one
 * row per dimension it counts in (one per 相談分野 and per advisor involved), and one GROUP BY
 * counts them all: 延べ counts consultations, 実数 distinct businesses. D1 allows only a few terms
 * in a compound SELECT, so the dimensions are rows of a JSON array rather than a UNION each.
 */
export async function consultationCounts(db: D1Database, ctx: ReportContext): Promise<Omit<ConsultationsReport, 'period' | 'scope' | 'filters' | 'asOf'>> {
  const p = new SqlParams();
  const sql = `WITH ${consultationsCte(p, ctx)}, ${topicTagsCte(p, ctx.orgId)},
    expanded AS (
      SELECT d.value AS dim, CASE d.value
          WHEN 'all' THEN '' WHEN 'seminar' THEN ''
          WHEN 'month' THEN ${HELD_MONTH} WHEN 'seminarMonth' THEN ${HELD_MONTH}
          WHEN 'industry' THEN COALESCE(industry, 'unspecified') WHEN 'membership' THEN COALESCE(membership, 'unknown')
          WHEN 'smallBusiness' THEN ${SMALL_KEY} WHEN 'programme' THEN programme ELSE channel END AS key,
        c.id, c.business_id, c.duration,
        -- 参加者数 of a 講習会 only (one row in nine): read from its record, not carried for every consultation.
        CASE WHEN ${INDIVIDUAL} THEN NULL ELSE (SELECT json_extract(x.data, '$.participants') FROM records x WHERE x.org_id = ${p.add(ctx.orgId)} AND x.id = c.id) END AS participants
      FROM c, json_each(CASE WHEN ${INDIVIDUAL} THEN '${SINGLE}' ELSE '${SEMINAR}' END) d
      UNION ALL
      SELECT 'topic', COALESCE(j.value, 'none'), c.id, c.business_id, c.duration, NULL
      FROM c LEFT JOIN json_each(c.tag_ids) j ON j.value IN (SELECT id FROM topic_tags)
      WHERE ${INDIVIDUAL}
      UNION ALL
      SELECT * FROM (
        SELECT DISTINCT 'advisor', j.value, c.id, c.business_id, c.duration, NULL
        FROM c, json_each(json_insert(COALESCE(c.advisor_ids, '[]'), '$[#]', c.author_id)) j
        WHERE ${INDIVIDUAL} AND j.value IS NOT NULL))
    SELECT dim, key, COUNT(*) AS consultations, COUNT(DISTINCT business_id) AS businesses, COALESCE(SUM(duration), 0) AS minutes,
      COALESCE(SUM(participants), 0) AS participants
    FROM expanded GROUP BY dim, key`;
  const [{ results }, tags, advisors] = await Promise.all([
    db.prepare(sql).bind(...p.values).all<CountFigure>(),
    tagInfos(db, ctx.orgId),
    advisorRefs(db, ctx.orgId),
  ]);
  return arrangeCounts(results, ctx.period, tagsOfGroup(tags, TOPIC_GROUP_ID), advisors);
}
