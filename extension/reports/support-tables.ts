import type { ApplicationTally, DispatchReport, DispatchTally, SubsidiesReport } from '../../shared/support-reports';
import { karteHref } from '../karte/hrefs';
import type { MessageKey, Translate } from '../locales/languages';
import { advisorName, type DateText } from './case-tables';
import { percentCell } from './plan-tables';
import type { DrillItem } from './request';
import { numberCell, textCell, type ReportCell, type ReportColumn, type ReportTable } from './table-model';

const listOf = (items: DrillItem[]) => ({ kind: 'list' as const, items });

type Application = SubsidiesReport['applications'][number];

/** 補助金: by 施策, by 公募回, by the advisor who supported them, then every application. */
export function subsidyTables(report: SubsidiesReport, t: Translate, date: DateText): ReportTable[] {
  const byId = new Map(report.applications.map((a) => [a.applicationId, a]));
  const measureName = (measure: string, name: string) => (measure === 'other' && name ? name : t(`measure.${measure}` as MessageKey));
  const result = (a: Application) => t(`result.${a.result}` as MessageKey);
  const item = (a: Application): DrillItem => ({
    businessId: a.businessId,
    businessName: a.businessName,
    date: a.appliedOn,
    detail: [measureName(a.measure, a.measureName), a.round, result(a)].filter(Boolean).join(' ／ '),
  });
  const picked = (ids: string[], keep: (a: Application) => boolean = () => true) =>
    ids.map((id) => byId.get(id)).filter((a): a is Application => !!a && keep(a));
  const tallyColumns: ReportColumn[] = [
    'colApplications',
    'colAdopted',
    'colNotAdopted',
    'colWithdrawn',
    'colPending',
    'colAdoptionRate',
    'colRequestedAmount',
    'colAdoptedAmount',
  ].map((k) => ({ label: t(`reports.${k}` as MessageKey), numeric: true }));
  const tallyCells = (x: ApplicationTally, what: string): ReportCell[] => {
    const cell = (n: number, keep: (a: Application) => boolean, column: MessageKey) =>
      numberCell(n, listOf(picked(x.ids, keep).map(item)), `${what}: ${t(column)}`);
    return [
      cell(x.applications, () => true, 'reports.colApplications'),
      cell(x.adopted, (a) => a.result === 'adopted', 'reports.colAdopted'),
      cell(x.notAdopted, (a) => a.result === 'not_adopted', 'reports.colNotAdopted'),
      cell(x.withdrawn, (a) => a.result === 'withdrawn', 'reports.colWithdrawn'),
      cell(x.pending, (a) => a.result === 'pending', 'reports.colPending'),
      percentCell(x.adoptionRate),
      numberCell(x.requestedAmount),
      numberCell(x.adoptedAmount),
    ];
  };
  const total = (): ReportCell[] => tallyCells(report.total, t('reports.total'));
  const recommended = report.marukeiRecommended;
  const recommendedCell = (measure: string) =>
    measure === 'marukei'
      ? numberCell(recommended.count, listOf(picked(recommended.ids).map(item)), t('reports.colRecommended'))
      : textCell('');
  const note = t('reports.subsidyNote', { count: recommended.count });
  const measures: ReportTable = {
    id: 'subsidy-measures',
    title: t('reports.subsidyMeasures'),
    columns: [{ label: t('reports.colMeasure') }, ...tallyColumns, { label: t('reports.colRecommended'), numeric: true }],
    rows: report.byMeasure.map((m) => {
      const name = measureName(m.measure, m.measureName);
      return [textCell(name), ...tallyCells(m, name), recommendedCell(m.measure)];
    }),
    footer: [
      textCell(t('reports.total')),
      ...total(),
      numberCell(recommended.count, listOf(picked(recommended.ids).map(item)), t('reports.colRecommended')),
    ],
    chart: { orientation: 'horizontal', series: [1, 2] },
    note,
  };
  const rounds: ReportTable = {
    id: 'subsidy-rounds',
    title: t('reports.subsidyRounds'),
    columns: [{ label: t('reports.colMeasure') }, { label: t('reports.colRound') }, ...tallyColumns],
    rows: report.byRound.map((r) => {
      const name = measureName(r.measure, r.measureName);
      const round = r.round || t('reports.noRound');
      return [textCell(name), textCell(round), ...tallyCells(r, `${name} ${round}`)];
    }),
    footer: [textCell(t('reports.total')), textCell(''), ...total()],
  };
  const advisors: ReportTable = {
    id: 'subsidy-advisors',
    title: t('reports.subsidyAdvisors'),
    columns: [{ label: t('reports.colSupporter') }, ...tallyColumns],
    rows: report.byAdvisor.map((a) => {
      const name = a.advisor ? advisorName(t, a.advisor) : t('reports.noSupporter');
      return [textCell(name), ...tallyCells(a, name)];
    }),
    footer: [textCell(t('reports.total')), ...total()],
    chart: { orientation: 'horizontal', series: [1, 2] },
  };
  const list: ReportTable = {
    id: 'subsidy-list',
    title: t('reports.subsidyList'),
    columns: [
      { label: t('reports.colBusiness') },
      { label: t('reports.colMeasure') },
      { label: t('reports.colRound') },
      { label: t('reports.colAppliedOn') },
      { label: t('reports.colResult') },
      { label: t('reports.colRequestedAmount'), numeric: true },
      { label: t('reports.colAdoptedAmount'), numeric: true },
      { label: t('reports.colSupporter') },
      { label: t('reports.colRecommended') },
    ],
    rows: report.applications.map((a) => [
      textCell(a.businessName, karteHref(a.businessId)),
      textCell(measureName(a.measure, a.measureName)),
      textCell(a.round),
      textCell(date(a.appliedOn)),
      textCell(result(a)),
      a.requestedAmount === null ? textCell('') : numberCell(a.requestedAmount),
      a.adoptedAmount === null ? textCell('') : numberCell(a.adoptedAmount),
      textCell(a.advisor ? advisorName(t, a.advisor) : ''),
      textCell(a.recommended ? t('reports.recommendedMark') : ''),
    ]),
  };
  return [measures, rounds, advisors, list];
}

type Dispatch = DispatchReport['dispatches'][number];

/** 専門家派遣: by who paid the expert, by scheme, by theme, then every dispatch with a visit in the period. */
export function dispatchTables(report: DispatchReport, t: Translate, date: DateText): ReportTable[] {
  const byId = new Map(report.dispatches.map((d) => [d.dispatchId, d]));
  const payer = (key: string | null) =>
    key === null || key === 'unspecified' ? t('reports.notSet') : t(`expertPaidBy.${key}` as MessageKey);
  const scheme = (code: string, name: string) => (code === 'other' && name ? name : t(`scheme.${code}` as MessageKey));
  const theme = (text: string, withheld: boolean) => (withheld ? t('reports.themeWithheld') : text || t('reports.noTheme'));
  const item = (d: Dispatch): DrillItem => ({
    businessId: d.businessId,
    businessName: d.businessName,
    date: d.lastVisit,
    detail: [d.expertName, d.themeWithheld ? t('reports.themeWithheld') : d.theme].filter(Boolean).join(' ／ '),
  });
  const columns: ReportColumn[] = ['colDispatches', 'colBusinessesDistinct', 'colVisits', 'colHours', 'colFee'].map((k) => ({
    label: t(`reports.${k}` as MessageKey),
    numeric: true,
  }));
  const cells = (x: DispatchTally, what: string): ReportCell[] => {
    const items = x.ids
      .map((id) => byId.get(id))
      .filter((d): d is Dispatch => !!d)
      .map(item);
    return [
      numberCell(x.dispatches, listOf(items), `${what}: ${t('reports.colDispatches')}`),
      numberCell(x.businesses),
      numberCell(x.visits),
      numberCell(x.hours),
      numberCell(x.fee),
    ];
  };
  const footer = [textCell(t('reports.total')), ...cells(report.total, t('reports.total'))];
  const grouped = (
    id: string,
    title: MessageKey,
    label: MessageKey,
    rows: { name: string; tally: DispatchTally }[],
    extra: Partial<ReportTable> = {},
  ): ReportTable => ({
    id,
    title: t(title),
    columns: [{ label: t(label) }, ...columns],
    rows: rows.map((r) => [textCell(r.name), ...cells(r.tally, r.name)]),
    footer,
    chart: { orientation: 'horizontal', series: [1, 3] },
    ...extra,
  });
  return [
    grouped(
      'dispatch-payers',
      'reports.dispatchPayers',
      'reports.colPayer',
      report.byPayer.map((p) => ({ name: payer(p.key), tally: p })),
      { note: t('reports.dispatchNote') },
    ),
    grouped(
      'dispatch-schemes',
      'reports.dispatchSchemes',
      'reports.colScheme',
      report.byScheme.map((s) => ({ name: scheme(s.scheme, s.schemeName), tally: s })),
    ),
    grouped(
      'dispatch-themes',
      'reports.dispatchThemes',
      'reports.colTheme',
      report.byTheme.map((x) => ({ name: theme(x.theme, x.withheld), tally: x })),
    ),
    {
      id: 'dispatch-list',
      title: t('reports.dispatchList'),
      columns: [
        { label: t('reports.colBusiness') },
        { label: t('reports.colPayer') },
        { label: t('reports.colScheme') },
        { label: t('reports.colExpert') },
        { label: t('reports.colTheme') },
        { label: t('reports.colVisitDates') },
        { label: t('reports.colHours'), numeric: true },
        { label: t('reports.colFee'), numeric: true },
      ],
      rows: report.dispatches.map((d) => [
        textCell(d.businessName, karteHref(d.businessId)),
        textCell(payer(d.paidBy)),
        textCell(scheme(d.scheme, d.schemeName)),
        textCell(d.expertName),
        textCell(d.themeWithheld ? t('reports.themeWithheld') : d.theme),
        textCell(d.visitDates.map(date).join(t('common.listSeparator'))),
        numberCell(d.hours),
        d.fee === null ? textCell('') : numberCell(d.fee),
      ]),
    },
  ];
}
