import type { CountDimension } from '../../shared/report-queries';
import type { ConsultationsReport, CountRow } from '../../shared/reports';
import type { MessageKey, Translate } from '../locales/languages';
import { numberCell, textCell, type ReportCell, type ReportColumn, type ReportTable } from './table-model';

const UNSPECIFIED = 'unspecified';

/** "2025年4月" / "Apr 2025". */
export const monthLabel = (t: Translate, month: string) =>
  t('reports.monthLabel', { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) });

/** 延べ, 実数 and 対応時間 of one row, the two counts leading to the records behind them. */
function tallyCells(
  t: Translate,
  row: Pick<CountRow, 'consultations' | 'businesses' | 'minutes'>,
  dim: CountDimension,
  key: string | undefined,
  title: string,
): ReportCell[] {
  const drill = { kind: 'figure' as const, dim, ...(key !== undefined ? { key } : {}) };
  return [
    numberCell(row.consultations, drill, t('reports.drillConsultations', { what: title })),
    numberCell(row.businesses, drill, t('reports.drillConsultations', { what: title })),
    numberCell(row.minutes),
  ];
}

const tallyColumns = (t: Translate, first: string, count = t('reports.colConsultations')): ReportColumn[] => [
  { label: first },
  { label: count, numeric: true },
  { label: t('reports.colBusinesses'), numeric: true },
  { label: t('reports.colMinutes'), numeric: true },
];

/** A table of one breakdown: a label per key, its figures, drawn as bars. */
function breakdown(
  t: Translate,
  id: string,
  title: string,
  first: string,
  rows: readonly CountRow[],
  dim: CountDimension,
  label: (key: string) => string,
  note?: string,
): ReportTable {
  return {
    id,
    title,
    columns: tallyColumns(t, first),
    rows: rows.map((r) => [textCell(label(r.key)), ...tallyCells(t, r, dim, r.key, `${title}「${label(r.key)}」`)]),
    chart: { orientation: 'horizontal', series: [1] },
    ...(note ? { note } : {}),
  };
}

const codeLabel = (t: Translate, prefix: string, none: MessageKey) => (key: string) =>
  key === UNSPECIFIED ? t(none) : t(`${prefix}.${key}` as MessageKey);

/** 相談件数 as tables: by month (with the total), 相談分野, 業種, 会員, 小規模, 事業区分, 相談方法, advisor; 講習会・セミナー apart. */
export function consultationTables(report: ConsultationsReport, t: Translate): ReportTable[] {
  const all = t('reports.allConsultations');
  const months: ReportTable = {
    id: 'by-month',
    title: t('reports.byMonth'),
    columns: tallyColumns(t, t('reports.colMonth')),
    rows: report.byMonth.map((r) => [textCell(monthLabel(t, r.key)), ...tallyCells(t, r, 'month', r.key, monthLabel(t, r.key))]),
    footer: [textCell(t('reports.total')), ...tallyCells(t, report.total, 'all', undefined, all)],
    chart: { orientation: 'vertical', series: [1, 2] },
    note: t('reports.individualNote'),
  };
  const topic = (key: string) => {
    const row = report.byTopic.find((r) => r.key === key);
    if (key === 'none') return t('reports.noTopic');
    return row?.retired ? t('reports.retiredTag', { name: row.name ?? '' }) : (row?.name ?? '');
  };
  const advisors: ReportTable = {
    id: 'by-advisor',
    title: t('reports.byAdvisor'),
    columns: [{ label: t('reports.colAdvisor') }, { label: t('reports.colJobTitle') }, ...tallyColumns(t, '').slice(1)],
    rows: report.byAdvisor.map((r) => {
      const name = r.name || t('advisor.unknown');
      return [
        textCell(name),
        textCell(r.jobTitle ? t(`jobTitle.${r.jobTitle}`) : t('org.notSet')),
        ...tallyCells(t, r, 'advisor', r.key, `${t('reports.byAdvisor')}「${name}」`),
      ];
    }),
    chart: { orientation: 'horizontal', series: [2] },
    note: t('reports.advisorNote'),
  };
  const seminars: ReportTable = {
    id: 'seminars',
    title: t('reports.seminars'),
    columns: [...tallyColumns(t, t('reports.colMonth'), t('reports.colSessions')), { label: t('reports.colParticipants'), numeric: true }],
    rows: report.seminars.byMonth.map((r) => [
      textCell(monthLabel(t, r.key)),
      ...tallyCells(t, r, 'seminar', r.key, `${t('reports.seminars')} ${monthLabel(t, r.key)}`),
      numberCell(r.participants),
    ]),
    footer: [
      textCell(t('reports.total')),
      ...tallyCells(t, report.seminars.total, 'seminar', undefined, t('reports.seminars')),
      numberCell(report.seminars.total.participants),
    ],
    note: t('reports.seminarNote'),
  };
  return [
    months,
    breakdown(t, 'by-topic', t('reports.byTopic'), t('reports.colTopic'), report.byTopic, 'topic', topic, t('reports.topicNote')),
    breakdown(
      t,
      'by-industry',
      t('reports.byIndustry'),
      t('reports.colIndustry'),
      report.byIndustry,
      'industry',
      codeLabel(t, 'industry', 'reports.notSet'),
    ),
    breakdown(
      t,
      'by-membership',
      t('reports.byMembership'),
      t('reports.colMembership'),
      report.byMembership,
      'membership',
      codeLabel(t, 'membership', 'reports.notSet'),
    ),
    breakdown(t, 'by-small', t('reports.bySmallBusiness'), t('reports.colSmallBusiness'), report.bySmallBusiness, 'smallBusiness', (key) =>
      key === 'yes' ? t('reports.smallYes') : key === 'no' ? t('reports.smallNo') : t('reports.smallUnknown'),
    ),
    breakdown(
      t,
      'by-programme',
      t('reports.byProgramme'),
      t('reports.colProgramme'),
      report.byProgramme,
      'programme',
      codeLabel(t, 'programme', 'reports.notSet'),
    ),
    breakdown(
      t,
      'by-channel',
      t('reports.byChannel'),
      t('reports.colChannel'),
      report.byChannel,
      'channel',
      codeLabel(t, 'channel', 'reports.notSet'),
      t('reports.channelNote'),
    ),
    advisors,
    seminars,
  ];
}
