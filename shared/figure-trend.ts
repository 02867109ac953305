import { fiscalYearOfDate } from './fiscal-year';

/**
 * 経営発達支援計画 実施状況報告: how many businesses' 売上 and 粗利 went 増加 / 減少 / 横ばい / 不明.
 * A business's trend in a 年度 compares its 決算期 closing in that 年度 (April–March; the latest,
 * if it has two) with the 決算期 twelve months before it. Within ±1% of the earlier figure is
 * 横ばい; 不明 when either year or either figure is missing (the report counts 不明 too, so a
 * business never silently drops out). Pure: no I/O, no zod.
 */
export const TRENDS = ['up', 'down', 'flat', 'unknown'] as const;
export type Trend = (typeof TRENDS)[number];

/** |change| ≤ this share of the earlier figure is 横ばい. */
export const FLAT_RATIO = 0.01;

export interface FiguresRow {
  /** 決算期: the closing month, 'YYYY-MM'. */
  fiscalPeriod: string;
  sales: number | null;
  grossProfit: number | null;
  deleted?: boolean;
}

const monthsBefore = (period: string, months: number): string => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** 増加 / 減少 / 横ばい / 不明 from an earlier and a later figure. */
export function trendOf(before: number | null, after: number | null): Trend {
  if (before === null || after === null) return 'unknown';
  const change = after - before;
  if (Math.abs(change) <= Math.abs(before) * FLAT_RATIO) return 'flat';
  return change > 0 ? 'up' : 'down';
}

export interface BusinessTrend {
  /** The 決算期 compared (null: none closing in the 年度). */
  period: string | null;
  previous: string | null;
  sales: Trend;
  grossProfit: Trend;
}

/** One business's trend of 売上 and 粗利 in `fiscalYear`, from its yearly figures. */
export function businessTrend(rows: readonly FiguresRow[], fiscalYear: number): BusinessTrend {
  const live = rows.filter((r) => !r.deleted);
  const latest = live
    .filter((r) => fiscalYearOfDate(r.fiscalPeriod) === fiscalYear)
    .sort((a, b) => (a.fiscalPeriod < b.fiscalPeriod ? 1 : -1))[0];
  if (!latest) return { period: null, previous: null, sales: 'unknown', grossProfit: 'unknown' };
  const previousPeriod = monthsBefore(latest.fiscalPeriod, 12);
  const previous = live.find((r) => r.fiscalPeriod === previousPeriod) ?? null;
  return {
    period: latest.fiscalPeriod,
    previous: previous?.fiscalPeriod ?? null,
    sales: trendOf(previous?.sales ?? null, latest.sales),
    grossProfit: trendOf(previous?.grossProfit ?? null, latest.grossProfit),
  };
}
