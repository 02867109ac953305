import {
  businessTrend,
  fiscalYearOfDate,
  jstDateOf,
  PLAN_INDICATORS,
  PLAN_TAGS,
  TRENDS,
  type DemandEventKind,
  type FiguresRow,
  type PlanIndicator,
  type PlanItem,
  type PlanReport,
  type PlanTargets,
  type Trend,
} from '../../../../shared';
import { businessConditions, consultationsCte, SqlParams, type ReportContext } from './facts';

type TagIndicator = keyof typeof PLAN_TAGS;

interface TaggedRow {
  tag: string;
  business_id: string;
  business_name: string;
  n: number;
  latest_at: string;
  latest_id: string;
}
interface EventRow {
  business_id: string;
  business_name: string;
  name: string;
  kind: DemandEventKind;
  held_on: string;
  deals: number | null;
}
interface FiguresDbRow {
  business_id: string;
  fiscal_period: string;
  sales: number | null;
  gross_profit: number | null;
}

const TAG_OF = new Map<string, TagIndicator>(Object.entries(PLAN_TAGS).map(([indicator, tag]) => [tag, indicator as TagIndicator]));

const emptyItem = (businessId: string, businessName: string): PlanItem => ({
  businessId,
  businessName,
  consultationId: null,
  date: null,
  count: 0,
  events: [],
  periods: null,
});
const byName = (a: PlanItem, b: PlanItem) => a.businessName.localeCompare(b.businessName, 'ja') || (a.businessId < b.businessId ? -1 : 1);

/**
 * The period's consultations with a 発達支援計画区分 tag, one row per tag and business: how many
 * (延べ) and the latest. Counted in SQL over the covering index of 相談件数; 機微 ones count too.
 */
async function taggedBusinesses(db: D1Database, ctx: ReportContext): Promise<TaggedRow[]> {
  const p = new SqlParams();
  const org = p.add(ctx.orgId);
  const tags = Object.values(PLAN_TAGS)
    .map((t) => `'${t}'`)
    .join(', ');
  const sql = `WITH ${consultationsCte(p, ctx)},
    tagged AS (
      -- With one max() in the query, SQLite takes the bare c.id from the row holding it: the latest consultation.
      SELECT j.value AS tag, c.business_id, COUNT(*) AS n, MAX(c.held_at) AS latest_at, c.id AS latest_id
      FROM c, json_each(c.tag_ids) j WHERE j.value IN (${tags}) GROUP BY j.value, c.business_id)
    SELECT tagged.*, (SELECT json_extract(b.data, '$.name') FROM records b WHERE b.org_id = ${org} AND b.id = tagged.business_id) AS business_name
    FROM tagged`;
  return (
    await db
      .prepare(sql)
      .bind(...p.values)
      .all<TaggedRow>()
  ).results;
}

/** 出展・商談会 (需要開拓 records) held in the period, of live businesses in the area, of the reach's advisor (担当). */
async function demandEvents(db: D1Database, ctx: ReportContext): Promise<EventRow[]> {
  const p = new SqlParams();
  const org = p.add(ctx.orgId);
  const sql = `SELECT r.business_id, json_extract(b.data, '$.name') AS business_name, json_extract(r.data, '$.name') AS name,
      json_extract(r.data, '$.eventKind') AS kind, r.sort_key AS held_on, json_extract(r.data, '$.deals') AS deals
    FROM records r JOIN records b ON b.org_id = r.org_id AND b.id = r.business_id AND ${businessConditions(p, ctx, 'b', { inCharge: true }).join(' AND ')}
    WHERE r.org_id = ${org} AND r.kind = 'demandEvent' AND r.deleted = 0
      AND r.sort_key >= ${p.add(ctx.period.from)} AND r.sort_key <= ${p.add(ctx.period.to)}
    ORDER BY r.sort_key`;
  return (
    await db
      .prepare(sql)
      .bind(...p.values)
      .all<EventRow>()
  ).results;
}

/** The live yearly figures of `businessIds` for 決算期 closing in `fiscalYear` or the year before. */
async function figuresOf(db: D1Database, orgId: string, businessIds: readonly string[], fiscalYear: number): Promise<FiguresDbRow[]> {
  if (businessIds.length === 0) return [];
  const { results } = await db
    .prepare(
      `SELECT business_id, sort_key AS fiscal_period, json_extract(data, '$.sales') AS sales, json_extract(data, '$.grossProfit') AS gross_profit
     FROM records WHERE org_id = ?1 AND kind = 'yearlyFigures' AND deleted = 0
       AND business_id IN (SELECT value FROM json_each(?2)) AND sort_key >= ?3 AND sort_key <= ?4`,
    )
    .bind(orgId, JSON.stringify(businessIds), `${fiscalYear - 1}-04`, `${fiscalYear + 1}-03`)
    .all<FiguresDbRow>();
  return results;
}

const attainment = (actual: number, target: number | null) =>
  target === null || target === 0 ? null : Math.round((actual / target) * 1000) / 10;

/**
 * 経営発達支援計画 実施状況報告 (docs/api.md): the 実数 of businesses given each kind of support
 * (its 発達支援計画区分 tag on a consultation of the period), フォローアップの延べ回数, the
 * 出展・商談会 participants and 成約, and how 売上 and 粗利 went for the businesses given
 * 事業計画策定 or フォローアップ: those the plan follows through the 年度. Targets beside each.
 */
export async function planReport(
  db: D1Database,
  ctx: ReportContext,
  targets: PlanTargets | null,
): Promise<Omit<PlanReport, 'period' | 'scope' | 'filters' | 'asOf'>> {
  const fiscalYear = ctx.period.fiscalYear ?? fiscalYearOfDate(ctx.period.from);
  const [tagged, events] = await Promise.all([taggedBusinesses(db, ctx), demandEvents(db, ctx)]);

  const items = new Map<PlanIndicator, PlanItem[]>(PLAN_INDICATORS.map((i) => [i, []]));
  let followUpVisits = 0;
  for (const row of tagged) {
    const indicator = TAG_OF.get(row.tag);
    if (!indicator) continue;
    const item: PlanItem = {
      ...emptyItem(row.business_id, row.business_name),
      consultationId: row.latest_id,
      date: jstDateOf(row.latest_at),
      count: row.n,
    };
    items.get(indicator)!.push(item);
    if (indicator === 'followUp') {
      followUpVisits += row.n;
      items.get('followUpVisits')!.push(item);
    }
  }
  const eventItems = new Map<string, PlanItem>();
  let deals = 0;
  for (const e of events) {
    const item = eventItems.get(e.business_id) ?? emptyItem(e.business_id, e.business_name);
    eventItems.set(e.business_id, item);
    item.events.push({ name: e.name, kind: e.kind, heldOn: e.held_on, deals: e.deals });
    item.date = e.held_on;
    item.count += e.deals ?? 0;
    deals += e.deals ?? 0;
  }
  items.set('eventBusinesses', [...eventItems.values()]);
  items.set(
    'deals',
    [...eventItems.values()].filter((i) => i.count > 0),
  );

  // The businesses the plan follows: given 事業計画策定 or フォローアップ in the period.
  const followed = new Map<string, string>();
  for (const i of [...items.get('businessPlan')!, ...items.get('followUp')!]) followed.set(i.businessId, i.businessName);
  const figures = await figuresOf(db, ctx.orgId, [...followed.keys()], fiscalYear);
  const rowsBy = new Map<string, FiguresRow[]>();
  for (const f of figures) {
    const list = rowsBy.get(f.business_id) ?? [];
    list.push({ fiscalPeriod: f.fiscal_period, sales: f.sales, grossProfit: f.gross_profit });
    rowsBy.set(f.business_id, list);
  }
  const sales = new Map<Trend, PlanItem[]>(TRENDS.map((t) => [t, []]));
  const grossProfit = new Map<Trend, PlanItem[]>(TRENDS.map((t) => [t, []]));
  for (const [businessId, businessName] of followed) {
    const trend = businessTrend(rowsBy.get(businessId) ?? [], fiscalYear);
    const item: PlanItem = { ...emptyItem(businessId, businessName), periods: { current: trend.period, previous: trend.previous } };
    sales.get(trend.sales)!.push(item);
    grossProfit.get(trend.grossProfit)!.push(item);
  }
  items.set('salesUp', sales.get('up')!);
  items.set('grossProfitUp', grossProfit.get('up')!);

  const targetOf = new Map(targets?.targets.map((t) => [t.indicator, t.target]) ?? []);
  const actualOf = (indicator: PlanIndicator, list: PlanItem[]) =>
    indicator === 'followUpVisits' ? followUpVisits : indicator === 'deals' ? deals : list.length;
  const trendRows = (by: Map<Trend, PlanItem[]>) =>
    TRENDS.map((trend) => ({ trend, businesses: by.get(trend)!.length, items: by.get(trend)!.sort(byName) }));
  return {
    fiscalYear,
    targetsApply: targets !== null,
    indicators: PLAN_INDICATORS.map((indicator) => {
      const list = items.get(indicator)!.sort(byName);
      const actual = actualOf(indicator, list);
      const target = targetOf.get(indicator) ?? null;
      return { indicator, actual, target, attainment: attainment(actual, target), items: list };
    }),
    trends: { businesses: followed.size, sales: trendRows(sales), grossProfit: trendRows(grossProfit) },
  };
}
