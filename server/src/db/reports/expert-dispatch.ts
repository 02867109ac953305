import {
  DISPATCH_SCHEMES,
  EXPERT_PAYERS,
  type DispatchReport,
  type DispatchScheme,
  type DispatchTally,
  type ExpertPayer,
} from '../../../../shared';
import { businessConditions, businessField, SqlParams, type ReportContext } from './facts';

/** Separates the parts of a group key; also marks a withheld theme (no theme holds it). */
const SEP = '\u001f';
const WITHHELD = `${SEP}withheld`;

interface DispatchRow {
  id: string;
  business_id: string;
  business_name: string;
  paid_by: ExpertPayer | null;
  scheme: DispatchScheme;
  scheme_name: string;
  expert_name: string;
  theme: string;
  withheld: number;
  fee: number | null;
  last_visit: string;
  visit_dates: string;
  hours: number;
  fee_counted: number;
}
interface TallyRow {
  dim: 'all' | 'payer' | 'scheme' | 'theme';
  key: string;
  dispatches: number;
  businesses: number;
  visits: number;
  hours: number;
  fee: number;
  ids: string;
}

/** Position in a list of codes; what is not in it ('unspecified') last. */
const order = (codes: readonly string[], code: string) => (codes.includes(code) ? codes.indexOf(code) : codes.length);

const field = (name: string) => `json_extract(r.data, '$.${name}')`;

/**
 * `d`: live dispatches with a visit in the period, of live businesses in the area; an advisor's:
 * those they recorded or of businesses they are 担当 of. The first visit (sort_key) bounds the
 * scan; the visits of the period, their hours and whether the 謝金 counts are taken per dispatch.
 */
function dispatchesCte(p: SqlParams, ctx: ReportContext): string {
  const from = p.add(ctx.period.from);
  const to = p.add(ctx.period.to);
  const where = [`r.org_id = ${p.add(ctx.orgId)}`, `r.kind = 'expertDispatch'`, `r.deleted = 0`, `r.sort_key <> ''`, `r.sort_key <= ${to}`];
  if (ctx.reach.advisorId !== null) {
    const advisor = p.add(ctx.reach.advisorId);
    where.push(`(r.author_id = ${advisor} OR ${businessField('b').inCharge} = ${advisor})`);
  }
  const inPeriod = `json_extract(v.value, '$.date') BETWEEN ${from} AND ${to}`;
  return `all_d AS MATERIALIZED (
    SELECT r.id, r.business_id, json_extract(b.data, '$.name') AS business_name, ${field('paidBy')} AS paid_by, ${field('scheme')} AS scheme,
      CASE ${field('scheme')} WHEN 'other' THEN trim(COALESCE(${field('schemeName')}, '')) ELSE '' END AS scheme_name,
      ${field('expertName')} AS expert_name, trim(COALESCE(${field('theme')}, '')) AS theme, ${field('fee')} AS fee,
      COALESCE((SELECT s.sensitive FROM records s WHERE s.org_id = r.org_id AND s.id = ${field('consultationId')}), 0) AS withheld,
      (SELECT MAX(json_extract(v.value, '$.date')) FROM json_each(r.data, '$.visits') v) AS last_visit,
      (SELECT json_group_array(json_extract(v.value, '$.date')) FROM (SELECT value FROM json_each(r.data, '$.visits') ORDER BY json_extract(value, '$.date')) v WHERE ${inPeriod}) AS visit_dates,
      (SELECT COALESCE(SUM(json_extract(v.value, '$.hours')), 0) FROM json_each(r.data, '$.visits') v WHERE ${inPeriod}) AS hours
    FROM records r JOIN records b ON b.org_id = r.org_id AND b.id = r.business_id AND ${businessConditions(p, ctx, 'b').join(' AND ')}
    WHERE ${where.join(' AND ')}),
  d AS MATERIALIZED (
    SELECT all_d.*, json_array_length(visit_dates) AS visits, (last_visit BETWEEN ${from} AND ${to}) AS fee_counted
    FROM all_d WHERE json_array_length(visit_dates) > 0)`;
}

function tallyOf(row: TallyRow | undefined): DispatchTally {
  if (!row) return { dispatches: 0, businesses: 0, visits: 0, hours: 0, fee: 0, ids: [] };
  return {
    dispatches: row.dispatches,
    businesses: row.businesses,
    visits: row.visits,
    hours: row.hours,
    fee: row.fee,
    ids: JSON.parse(row.ids) as string[],
  };
}

/**
 * 専門家派遣 (docs/api.md): dispatches with a visit in the period, counted in SQL by who paid the
 * expert, scheme and theme: 派遣件数, 実数, visits and hours in the period, and 謝金 — counted in
 * the period of the last visit, so a dispatch across two 年度 is paid for once. A theme from a 機微
 * consultation is withheld; the expert's report never leaves the karte.
 */
export async function expertDispatches(
  db: D1Database,
  ctx: ReportContext,
): Promise<Omit<DispatchReport, 'period' | 'scope' | 'filters' | 'asOf'>> {
  const p = new SqlParams();
  const cte = dispatchesCte(p, ctx);
  // Grouped by position: json_each has a column named `key`, which GROUP BY would take over the alias.
  const tallies = db
    .prepare(`WITH ${cte}
    SELECT k.value AS dim, CASE k.value WHEN 'all' THEN '' WHEN 'payer' THEN COALESCE(d.paid_by, 'unspecified')
        WHEN 'scheme' THEN d.scheme || '${SEP}' || d.scheme_name ELSE CASE WHEN d.withheld = 1 THEN '${WITHHELD}' ELSE d.theme END END AS key,
      COUNT(*) AS dispatches, COUNT(DISTINCT d.business_id) AS businesses, SUM(d.visits) AS visits, SUM(d.hours) AS hours,
      COALESCE(SUM(CASE WHEN d.fee_counted THEN d.fee END), 0) AS fee, json_group_array(d.id) AS ids
    FROM d, json_each('["all","payer","scheme","theme"]') k GROUP BY 1, 2`)
    .bind(...p.values);
  const list = db.prepare(`WITH ${cte} SELECT * FROM d ORDER BY d.last_visit, d.business_name, d.id`).bind(...p.values);
  const [{ results: rows }, { results: dispatches }] = (await db.batch<unknown>([tallies, list])) as [
    D1Result<TallyRow>,
    D1Result<DispatchRow>,
  ];
  const of = (dim: TallyRow['dim']) => rows.filter((r) => r.dim === dim);
  const ja = (a: string, b: string) => a.localeCompare(b, 'ja');
  return {
    total: tallyOf(of('all')[0]),
    byPayer: of('payer')
      .map((r) => ({ key: r.key as ExpertPayer | 'unspecified', ...tallyOf(r) }))
      .sort((x, y) => order(EXPERT_PAYERS, x.key) - order(EXPERT_PAYERS, y.key)),
    byScheme: of('scheme')
      .map((r) => {
        const [scheme, schemeName] = r.key.split(SEP) as [DispatchScheme, string];
        return { scheme, schemeName, ...tallyOf(r) };
      })
      .sort((x, y) => order(DISPATCH_SCHEMES, x.scheme) - order(DISPATCH_SCHEMES, y.scheme) || ja(x.schemeName, y.schemeName)),
    byTheme: of('theme')
      .map((r) => ({ theme: r.key === WITHHELD ? '' : r.key, withheld: r.key === WITHHELD, ...tallyOf(r) }))
      .sort((x, y) => Number(x.withheld) - Number(y.withheld) || (x.theme === '' ? 1 : y.theme === '' ? -1 : ja(x.theme, y.theme))),
    dispatches: dispatches.map((d) => ({
      dispatchId: d.id,
      businessId: d.business_id,
      businessName: d.business_name,
      paidBy: d.paid_by,
      scheme: d.scheme,
      schemeName: d.scheme_name,
      expertName: d.expert_name,
      theme: d.withheld === 1 ? '' : d.theme,
      themeWithheld: d.withheld === 1,
      visitDates: JSON.parse(d.visit_dates) as string[],
      hours: d.hours,
      fee: d.fee_counted === 1 ? d.fee : null,
      lastVisit: d.last_visit,
    })),
  };
}
