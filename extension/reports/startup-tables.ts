import { STARTUP_AREAS } from '../../shared/startup-support';
import type { StartupFounderRow, StartupReport } from '../../shared/startup-report';
import { karteHref } from '../karte/hrefs';
import type { Translate } from '../locales/languages';
import type { DateText } from './case-tables';
import type { DrillItem } from './request';
import { numberCell, textCell, type ReportCell, type ReportTable } from './table-model';

const list = (t: Translate, items: readonly string[]) => items.join(t('common.listSeparator'));
const listOf = (items: DrillItem[]) => ({ kind: 'list' as const, items });

/** The sessions of a founder as the list behind its count shows them: date, areas, who gave it. */
export function sessionItems(f: StartupFounderRow, t: Translate): DrillItem[] {
  return f.businessId === null
    ? []
    : f.sessions.map((s) => ({
        businessId: f.businessId!,
        businessName: f.name,
        consultationId: s.consultationId,
        date: s.date,
        detail: [
          list(
            t,
            s.areas.map((a) => t(`startupArea.${a}`)),
          ),
          list(
            t,
            s.advisors.map((x) => x.name || t('advisor.unknown')),
          ),
        ]
          .filter(Boolean)
          .join(' / '),
      }));
}

/** 期間: the first and the last session. */
export const spanText = (t: Translate, f: StartupFounderRow, date: DateText) =>
  f.firstDate && f.lastDate ? t('reports.range', { from: date(f.firstDate), to: date(f.lastDate) }) : '';

/** 要件: met, or what is still missing — sessions, the month (from when), areas. */
export function requirementText(t: Translate, f: StartupFounderRow, date: DateText): string {
  if (f.qualified) return t('startupReport.qualified');
  const missing = [
    f.sessionsMissing > 0 ? t('startupReport.missingSessions', { count: f.sessionsMissing }) : '',
    !f.monthMet && f.monthFrom ? t('startupReport.missingMonth', { date: date(f.monthFrom) }) : '',
    !f.monthMet && !f.monthFrom ? t('startupReport.missingMonthNone') : '',
    ...f.missingAreas.map((a) => t(`startupArea.${a}`)),
  ].filter(Boolean);
  return t('startupReport.missing', { items: list(t, missing) });
}

/** 証明書: its number and date, if recorded. */
export function certificateText(t: Translate, f: StartupFounderRow, date: DateText): string {
  if (f.certificateIssuedOn)
    return f.certificateNumber
      ? t('startupReport.certificate', { number: f.certificateNumber, date: date(f.certificateIssuedOn) })
      : date(f.certificateIssuedOn);
  return f.certificateNumber;
}

/** 注意: the 設立登記 near (or past) without a 証明書; else a recorded start-up. */
export function warningText(t: Translate, f: StartupFounderRow, date: DateText): string {
  if (f.registrationWarning && f.daysToRegistration !== null && f.registrationPlannedOn) {
    if (f.daysToRegistration > 0)
      return t('startupReport.registrationNear', { days: f.daysToRegistration, date: date(f.registrationPlannedOn) });
    if (f.daysToRegistration === 0) return t('startupReport.registrationToday');
    return t('startupReport.registrationPast', { days: -f.daysToRegistration, date: date(f.registrationPlannedOn) });
  }
  return f.foundedOn ? t('startupReport.founded', { date: date(f.foundedOn) }) : '';
}

const STATUSES = ['qualified', 'pending', 'warning', 'certified'] as const;
const inStatus: Record<(typeof STATUSES)[number], (f: StartupFounderRow) => boolean> = {
  qualified: (f) => f.qualified,
  pending: (f) => !f.qualified,
  warning: (f) => f.registrationWarning,
  certified: (f) => f.certificateIssuedOn !== null,
};

/** 特定創業支援: how many stand where, then one row per founder, the registration-near ones marked. */
export function startupTables(report: StartupReport, t: Translate, date: DateText): ReportTable[] {
  const founderItem = (f: StartupFounderRow): DrillItem[] =>
    f.businessId ? [{ businessId: f.businessId, businessName: f.name, date: f.lastDate, detail: requirementText(t, f, date) }] : [];
  const summary: ReportTable = {
    id: 'startup-summary',
    title: t('startupReport.summary'),
    columns: [{ label: t('startupReport.colStatus') }, { label: t('startupReport.colFounders'), numeric: true }],
    rows: STATUSES.map((s) => {
      const picked = report.founders.filter(inStatus[s]);
      return [
        textCell(t(`startupReport.status.${s}`)),
        numberCell(
          picked.length,
          listOf(picked.flatMap(founderItem)),
          t('startupReport.drillStatus', { status: t(`startupReport.status.${s}`) }),
        ),
      ];
    }),
    footer: [
      textCell(t('reports.total')),
      numberCell(report.founders.length, listOf(report.founders.flatMap(founderItem)), t('reports.kind.startup')),
    ],
    chart: { orientation: 'horizontal', series: [1] },
  };
  const mark = (met: boolean) => textCell(met ? t('startupReport.met') : t('startupReport.notMet'));
  const founders: ReportTable = {
    id: 'startup-founders',
    title: t('startupReport.founders'),
    columns: [
      { label: t('startupReport.colName') },
      { label: t('startupReport.colPlannedBusiness') },
      { label: t('startupReport.colSessions'), numeric: true },
      { label: t('startupReport.colSpan') },
      ...STARTUP_AREAS.map((a) => ({ label: t(`startupArea.${a}`) })),
      { label: t('startupReport.colRequirement') },
      { label: t('startupReport.colCertificate') },
      { label: t('startupReport.colWarning') },
    ],
    rows: report.founders.map((f): ReportCell[] => [
      textCell(f.name, f.businessId ? karteHref(f.businessId) : undefined),
      textCell(f.plannedBusiness),
      numberCell(f.sessions.length, listOf(sessionItems(f, t)), t('startupReport.drillSessions', { name: f.name })),
      textCell(spanText(t, f, date)),
      ...STARTUP_AREAS.map((a) => mark(!f.missingAreas.includes(a))),
      textCell(requirementText(t, f, date)),
      textCell(certificateText(t, f, date)),
      f.registrationWarning ? { text: warningText(t, f, date), warning: true } : textCell(warningText(t, f, date)),
    ]),
    note: t('startupReport.note', {
      sessions: report.rule.sessions,
      months: report.rule.months,
      days: report.rule.warningDays,
      mapping: t(report.areaMapping === 'organisation' ? 'startupReport.mappingOrganisation' : 'startupReport.mappingStandard'),
    }),
  };
  return [summary, founders];
}
