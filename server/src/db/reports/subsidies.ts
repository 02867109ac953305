import {
  SUPPORT_MEASURES,
  type ApplicationResult,
  type ApplicationTally,
  type SubsidiesReport,
  type SupportMeasure,
} from '../../../../shared';
import { businessConditions, SqlParams, type ReportContext } from './facts';
import { advisorRefs, refOf } from './lookups';

/** Separates the parts of a group key (施策, その他の名前, 公募回): a character no name holds. */
const SEP = '\u001f';

interface ApplicationRow {
  id: string;
  business_id: string;
  business_name: string;
  measure: SupportMeasure;
  measure_name: string;
  round: string;
  applied_on: string;
  result: ApplicationResult;
  requested: number | null;
  adopted_amount: number | null;
  advisor_id: string | null;
  recommended: number;
}
interface TallyRow {
  dim: 'all' | 'measure' | 'round' | 'advisor';
  key: string;
  applications: number;
  adopted: number;
  not_adopted: number;
  withdrawn: number;
  pending: number;
  requested: number;
  adopted_amount: number;
  ids: string;
}

const field = (name: string) => `json_extract(r.data, '$.${name}')`;
/** The advisor whose work an application is: who supported it, else who recorded it. */
const SUPPORTER = `COALESCE(${field('advisorId')}, r.author_id)`;

/** `a`: the live applications with a 申請日 in the period, of live businesses in the area; an advisor's: those they supported. */
function applicationsCte(p: SqlParams, ctx: ReportContext): string {
  const where = [
    `r.org_id = ${p.add(ctx.orgId)}`,
    `r.kind = 'application'`,
    `r.deleted = 0`,
    `r.sort_key >= ${p.add(ctx.period.from)}`,
    `r.sort_key <= ${p.add(ctx.period.to)}`,
  ];
  if (ctx.reach.advisorId !== null) where.push(`${SUPPORTER} = ${p.add(ctx.reach.advisorId)}`);
  return `a AS MATERIALIZED (
    SELECT r.id, r.business_id, json_extract(b.data, '$.name') AS business_name, ${field('measure')} AS measure,
      CASE ${field('measure')} WHEN 'other' THEN trim(COALESCE(${field('measureName')}, '')) ELSE '' END AS measure_name,
      trim(COALESCE(${field('round')}, '')) AS round, r.sort_key AS applied_on, ${field('result')} AS result,
      ${field('requestedAmount')} AS requested, ${field('adoptedAmount')} AS adopted_amount, ${field('advisorId')} AS advisor_id,
      COALESCE(${field('recommended')}, 0) AS recommended
    FROM records r JOIN records b ON b.org_id = r.org_id AND b.id = r.business_id AND ${businessConditions(p, ctx, 'b').join(' AND ')}
    WHERE ${where.join(' AND ')})`;
}

const rate = (adopted: number, notAdopted: number) =>
  adopted + notAdopted === 0 ? null : Math.round((adopted / (adopted + notAdopted)) * 1000) / 10;

function tallyOf(row: TallyRow | undefined): ApplicationTally {
  if (!row)
    return {
      applications: 0,
      adopted: 0,
      notAdopted: 0,
      withdrawn: 0,
      pending: 0,
      adoptionRate: null,
      requestedAmount: 0,
      adoptedAmount: 0,
      ids: [],
    };
  return {
    applications: row.applications,
    adopted: row.adopted,
    notAdopted: row.not_adopted,
    withdrawn: row.withdrawn,
    pending: row.pending,
    adoptionRate: rate(row.adopted, row.not_adopted),
    requestedAmount: row.requested,
    adoptedAmount: row.adopted_amount,
    ids: JSON.parse(row.ids) as string[],
  };
}

/**
 * 補助金 (docs/api.md): the period's applications by 申請日, counted in SQL by 施策, 公募回 and the
 * advisor who supported them: 申請件数, each 結果, 採択率 (採択 / (採択 + 不採択)), 申請額 and 採択額;
 * the マル経 推薦; and each application, by business name, for the records behind a figure.
 */
export async function subsidies(
  db: D1Database,
  ctx: ReportContext,
): Promise<Omit<SubsidiesReport, 'period' | 'scope' | 'filters' | 'asOf'>> {
  const p = new SqlParams();
  const cte = applicationsCte(p, ctx);
  const measureKey = `a.measure || '${SEP}' || a.measure_name`;
  // Grouped by position: json_each has a column named `key`, which GROUP BY would take over the alias.
  const tallies = db
    .prepare(`WITH ${cte}
    SELECT d.value AS dim, CASE d.value WHEN 'all' THEN '' WHEN 'measure' THEN ${measureKey}
        WHEN 'round' THEN ${measureKey} || '${SEP}' || a.round ELSE COALESCE(a.advisor_id, '') END AS key,
      COUNT(*) AS applications, SUM(a.result = 'adopted') AS adopted, SUM(a.result = 'not_adopted') AS not_adopted,
      SUM(a.result = 'withdrawn') AS withdrawn, SUM(a.result = 'pending') AS pending,
      COALESCE(SUM(a.requested), 0) AS requested, COALESCE(SUM(CASE WHEN a.result = 'adopted' THEN a.adopted_amount END), 0) AS adopted_amount,
      json_group_array(a.id) AS ids
    FROM a, json_each('["all","measure","round","advisor"]') d GROUP BY 1, 2`)
    .bind(...p.values);
  const list = db.prepare(`WITH ${cte} SELECT * FROM a ORDER BY a.applied_on, a.business_name, a.id`).bind(...p.values);
  const [[{ results: rows }, { results: apps }], advisors] = await Promise.all([
    db.batch<unknown>([tallies, list]) as Promise<[D1Result<TallyRow>, D1Result<ApplicationRow>]>,
    advisorRefs(db, ctx.orgId),
  ]);
  const of = (dim: TallyRow['dim']) => rows.filter((r) => r.dim === dim);
  const ja = (a: string, b: string) => a.localeCompare(b, 'ja');
  return {
    total: tallyOf(of('all')[0]),
    byMeasure: of('measure')
      .map((r) => {
        const [measure, measureName] = r.key.split(SEP) as [SupportMeasure, string];
        return { measure, measureName, ...tallyOf(r) };
      })
      .sort((x, y) => SUPPORT_MEASURES.indexOf(x.measure) - SUPPORT_MEASURES.indexOf(y.measure) || ja(x.measureName, y.measureName)),
    byRound: of('round')
      .map((r) => {
        const [measure, measureName, round] = r.key.split(SEP) as [SupportMeasure, string, string];
        return { measure, measureName, round, ...tallyOf(r) };
      })
      .sort(
        (x, y) =>
          SUPPORT_MEASURES.indexOf(x.measure) - SUPPORT_MEASURES.indexOf(y.measure) ||
          ja(x.measureName, y.measureName) ||
          ja(x.round, y.round),
      ),
    byAdvisor: of('advisor')
      .map((r) => ({ advisor: refOf(advisors, r.key || null), ...tallyOf(r) }))
      .sort((x, y) => (x.advisor === null ? 1 : y.advisor === null ? -1 : ja(x.advisor.name, y.advisor.name))),
    marukeiRecommended: (() => {
      const ids = apps.filter((a) => a.measure === 'marukei' && a.recommended === 1).map((a) => a.id);
      return { count: ids.length, ids };
    })(),
    applications: apps.map((a) => ({
      applicationId: a.id,
      businessId: a.business_id,
      businessName: a.business_name,
      measure: a.measure,
      measureName: a.measure_name,
      round: a.round,
      appliedOn: a.applied_on,
      result: a.result,
      requestedAmount: a.requested,
      adoptedAmount: a.adopted_amount,
      advisor: refOf(advisors, a.advisor_id),
      recommended: a.recommended === 1,
    })),
  };
}
