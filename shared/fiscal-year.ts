import { FISCAL_YEAR_START_MONTH } from './enums';

/**
 * Periods of the reports, in Japan time (Asia/Tokyo, UTC+9 all year: Japan keeps no summer
 * time, so a fixed offset is exact). The 年度 runs April–March and is named by the year it
 * starts in: 2025年度 is 2025-04-01 … 2026-03-31, so a consultation held 2026-03-31T23:30+09:00
 * belongs to 2025年度 and one held 2026-04-01T00:10+09:00 to 2026年度.
 */
const JST_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

/** A report's period: JST calendar days `from` … `to`, both included, and how it was asked for. */
export interface ReportPeriod {
  from: string;
  to: string;
  /** Set when the period is a whole 年度. */
  fiscalYear: number | null;
  /** Set when the period is one month ('YYYY-MM'). */
  month: string | null;
}

/** The JST calendar date ('YYYY-MM-DD') of an instant. */
export function jstDateOf(instant: string | number | Date): string {
  const ms = typeof instant === 'number' ? instant : new Date(instant).getTime();
  return new Date(ms + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The JST month ('YYYY-MM') of an instant. */
export const jstMonthOf = (instant: string | number | Date): string => jstDateOf(instant).slice(0, 7);

/** The 年度 a JST date ('YYYY-MM-DD' or 'YYYY-MM') falls in. */
export function fiscalYearOfDate(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= FISCAL_YEAR_START_MONTH ? year : year - 1;
}

/** The 年度 of an instant, in Japan time. */
export const fiscalYearOf = (instant: string | number | Date): number => fiscalYearOfDate(jstDateOf(instant));

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month ('YYYY-MM' → 'YYYY-MM-DD'). */
function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

export function fiscalYearPeriod(fiscalYear: number): ReportPeriod {
  const end = `${fiscalYear + 1}-${pad(FISCAL_YEAR_START_MONTH - 1)}`;
  return { from: `${fiscalYear}-${pad(FISCAL_YEAR_START_MONTH)}-01`, to: lastDayOf(end), fiscalYear, month: null };
}

export const monthPeriod = (month: string): ReportPeriod => ({ from: `${month}-01`, to: lastDayOf(month), fiscalYear: null, month });

/** The months ('YYYY-MM') a period touches, in order: a report lists each, even without a consultation. */
export function monthsOf(period: { from: string; to: string }): string[] {
  const out: string[] = [];
  let [y, m] = period.from.split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const month = `${y}-${pad(m)}`;
    out.push(month);
    if (month >= last) return out;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

/** The months of a 年度 in order (April … March). */
export const fiscalYearMonths = (fiscalYear: number): string[] => monthsOf(fiscalYearPeriod(fiscalYear));

/**
 * The first instant of a JST day, as the UTC text `YYYY-MM-DDTHH:MM:SS` (no fraction, no `Z`).
 * heldAt is stored as UTC ISO text (`…Z`), so every heldAt at or after that instant sorts at or
 * after this prefix: plain text comparison bounds a period exactly.
 */
export function jstDayStartUtc(date: string, plusDays = 0): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - JST_OFFSET_MS + plusDays * DAY_MS).toISOString().slice(0, 19);
}

/** The UTC bounds of a period for a text comparison of heldAt: `start <= heldAt < end`. */
export const periodBoundsUtc = (period: { from: string; to: string }) => ({
  start: jstDayStartUtc(period.from),
  end: jstDayStartUtc(period.to, 1),
});

/** What a report may be asked for: a 年度, a month, or JST days from … to; none of them means the current 年度. */
export interface PeriodRequest {
  fy?: number | undefined;
  month?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The period a request names (already validated: at most one form, from and to together). */
export function resolvePeriod(request: PeriodRequest, now: Date = new Date()): ReportPeriod {
  if (request.month !== undefined) return monthPeriod(request.month);
  if (request.from !== undefined && request.to !== undefined) {
    const whole = fiscalYearPeriod(fiscalYearOfDate(request.from));
    const isYear = whole.from === request.from && whole.to === request.to;
    const isMonth = request.from === `${request.from.slice(0, 7)}-01` && request.to === lastDayOf(request.from.slice(0, 7));
    return {
      from: request.from,
      to: request.to,
      fiscalYear: isYear ? whole.fiscalYear : null,
      month: isMonth ? request.from.slice(0, 7) : null,
    };
  }
  return fiscalYearPeriod(request.fy ?? fiscalYearOf(now));
}

/** A calendar date ('YYYY-MM-DD') plus whole months, clamped to the month's last day (1月31日 + 1 = 2月28日). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}
