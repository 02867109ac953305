import type { ReportPeriod } from '../../shared/fiscal-year';
import type { Translate } from '../locales/languages';
import type { ReportData } from '../state/reports-store';
import { bansoTables, disasterTables, type DateText } from './case-tables';
import { consultationTables, monthLabel } from './consultation-tables';
import { planTables } from './plan-tables';
import { qualityTables } from './quality-tables';
import { startupTables } from './startup-tables';
import { dispatchTables, subsidyTables } from './support-tables';
import type { ReportTable } from './table-model';

/** The tables of whichever report came back. */
export function tablesOf(data: ReportData, t: Translate, date: DateText): ReportTable[] {
  switch (data.kind) {
    case 'consultations':
      return consultationTables(data.report, t);
    case 'banso':
      return bansoTables(data.report, t, date);
    case 'quality':
      return qualityTables(data.report, t, date);
    case 'disaster':
      return disasterTables(data.report, t, date);
    case 'startup':
      return startupTables(data.report, t, date);
    case 'plan':
      return planTables(data.report, t, date);
    case 'subsidies':
      return subsidyTables(data.report, t, date);
    case 'dispatch':
      return dispatchTables(data.report, t, date);
  }
}

/** The period as a heading says it: 「2025年度（2025/04/01〜2026/03/31）」, 「2025年4月」, or the two days. */
export function periodLabel(t: Translate, period: ReportPeriod, date: DateText): string {
  const days = t('reports.range', { from: date(period.from), to: date(period.to) });
  if (period.fiscalYear !== null) return `${t('reports.fiscalYearLabel', { year: period.fiscalYear })}（${days}）`;
  if (period.month !== null) return monthLabel(t, period.month);
  return days;
}

/** The period in a file name: 2025年度, 2025年4月, 20250401-20250630. */
export function periodFilePart(t: Translate, period: ReportPeriod): string {
  if (period.fiscalYear !== null) return t('reports.fiscalYearLabel', { year: period.fiscalYear });
  if (period.month !== null) return monthLabel(t, period.month);
  return `${period.from.replace(/-/g, '')}-${period.to.replace(/-/g, '')}`;
}
