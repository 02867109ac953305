import { fiscalYearOf, fiscalYearPeriod, monthPeriod, type ReportPeriod } from '../../shared/fiscal-year';
import type { CountDimension } from '../../shared/report-queries';

/** The reports of the page, one at a time (docs/api.md "Reports"). */
export const REPORT_KINDS = ['consultations', 'banso', 'quality', 'disaster', 'plan', 'subsidies', 'dispatch', 'startup'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The period chosen on the page: a 年度 (the default, the current one), a month of it, or days from … to. */
export type PeriodChoice = { kind: 'fy'; fy: number } | { kind: 'month'; month: string } | { kind: 'range'; from: string; to: string };

export interface ReportFilters {
  /** One advisor's work (managers only; an advisor's reports are their own work anyway). */
  advisorId: string;
  /** 事業区分 code, or 'unspecified'; '' for all. */
  programme: string;
  /** 所在市区町村 as written on the profile; '' for all. */
  municipality: string;
}

export const NO_FILTERS: ReportFilters = { advisorId: '', programme: '', municipality: '' };

export interface ReportRequest {
  period: PeriodChoice;
  filters: ReportFilters;
}

export const currentFiscalYear = (now: Date = new Date()): PeriodChoice => ({ kind: 'fy', fy: fiscalYearOf(now) });

/** The query string of a request, as the API takes it. */
export function reportParams(request: ReportRequest, extra: Record<string, string | undefined> = {}): URLSearchParams {
  const q = new URLSearchParams();
  const { period, filters } = request;
  if (period.kind === 'fy') q.set('fy', String(period.fy));
  else if (period.kind === 'month') q.set('month', period.month);
  else {
    q.set('from', period.from);
    q.set('to', period.to);
  }
  if (filters.advisorId) q.set('advisorId', filters.advisorId);
  if (filters.programme) q.set('programme', filters.programme);
  if (filters.municipality.trim()) q.set('municipality', filters.municipality.trim());
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) q.set(key, value);
  return q;
}

/** The days a choice covers (for titles and file names before the answer comes). */
export function periodOf(choice: PeriodChoice): ReportPeriod {
  if (choice.kind === 'fy') return fiscalYearPeriod(choice.fy);
  if (choice.kind === 'month') return monthPeriod(choice.month);
  return { from: choice.from, to: choice.to, fiscalYear: null, month: null };
}

/** The records behind a figure: a figure of 相談件数 (asked of the server), or records the report already holds. */
export type DrillTarget = { kind: 'figure'; dim: CountDimension; key?: string } | { kind: 'list'; items: DrillItem[] };

/** One record behind a figure, as the list shows it: the business by name (a link to its karte), a date, a note. */
export interface DrillItem {
  businessId: string;
  businessName: string;
  consultationId?: string | null;
  /** JST date 'YYYY-MM-DD'. */
  date?: string | null;
  detail?: string;
}

/** The 年度 the page offers, newest first: this one and the nine before it. */
export function offeredYears(now: Date = new Date()): number[] {
  const current = fiscalYearOf(now);
  return Array.from({ length: 10 }, (_, i) => current - i);
}
