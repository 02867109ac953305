import type { AdvisorRef, BansoCasesReport, DisasterReport } from '../../shared/reports';
import { DISASTER_CERTIFICATES, RECOVERY_STATES } from '../../shared/enums';
import { karteHref } from '../karte/hrefs';
import type { MessageKey, Translate } from '../locales/languages';
import type { DrillItem } from './request';
import { numberCell, textCell, type ReportTable } from './table-model';

/** Formats a JST date ('YYYY-MM-DD') as the advisor reads dates. */
export type DateText = (isoDate: string) => string;

export const advisorName = (t: Translate, ref: AdvisorRef | null) => (ref ? ref.name || t('advisor.unknown') : t('reports.noAssignee'));

const list = (t: Translate, names: readonly string[]) => names.join(t('common.listSeparator'));
const listOf = (items: DrillItem[]) => ({ kind: 'list' as const, items });

/** 伴走支援案件一覧: the cases, and how many stand at each 伴走ステップ. */
export function bansoTables(report: BansoCasesReport, t: Translate, date: DateText): ReportTable[] {
  const item = (c: BansoCasesReport['cases'][number], detail?: string): DrillItem => ({
    businessId: c.businessId,
    businessName: c.businessName,
    consultationId: c.lastConsultationId,
    date: c.lastContact,
    ...(detail ? { detail } : {}),
  });
  const cases: ReportTable = {
    id: 'banso-cases',
    title: t('reports.bansoCases'),
    columns: [
      { label: t('reports.colBusiness') },
      { label: t('reports.colAssignee') },
      { label: t('reports.colSince') },
      { label: t('reports.colStep') },
      { label: t('reports.colEssentialIssue') },
      { label: t('reports.colBarriers') },
      { label: t('reports.colOvercome') },
      { label: t('reports.colLastContact') },
      { label: t('reports.colInPeriod'), numeric: true },
      { label: t('reports.colOverdue'), numeric: true },
    ],
    rows: report.cases.map((c) => [
      textCell(c.businessName, karteHref(c.businessId)),
      textCell(advisorName(t, c.assignee)),
      textCell(c.since ? date(c.since) : ''),
      textCell(c.step?.name ?? ''),
      textCell(c.essentialIssueWithheld ? t('reports.withheld') : c.essentialIssue),
      textCell(
        list(
          t,
          c.barriers.filter((b) => !b.overcome).map((b) => b.name),
        ),
      ),
      textCell(
        list(
          t,
          c.barriers.filter((b) => b.overcome).map((b) => b.name),
        ),
      ),
      c.lastContact && c.lastConsultationId ? textCell(date(c.lastContact), karteHref(c.businessId, c.lastConsultationId)) : textCell(''),
      numberCell(c.consultationsInPeriod),
      numberCell(
        c.overdueActions.length,
        listOf(
          c.overdueActions.map((a) => ({
            businessId: c.businessId,
            businessName: c.businessName,
            consultationId: a.consultationId,
            date: a.dueDate,
            detail: a.withheld ? t('reports.withheld') : a.text,
          })),
        ),
        t('reports.drillOverdue', { name: c.businessName }),
      ),
    ]),
    note: t('reports.bansoNote', { window: report.overcomeWindow }),
  };
  const steps = new Map<string, { name: string; cases: BansoCasesReport['cases'] }>();
  for (const c of report.cases) {
    const key = c.step?.id ?? '';
    const entry = steps.get(key) ?? { name: c.step?.name ?? t('reports.noStep'), cases: [] };
    entry.cases.push(c);
    steps.set(key, entry);
  }
  const byStep: ReportTable = {
    id: 'banso-steps',
    title: t('reports.bansoSteps'),
    columns: [{ label: t('reports.colStep') }, { label: t('reports.colCases'), numeric: true }],
    rows: [...steps.values()].map((s) => [
      textCell(s.name),
      numberCell(s.cases.length, listOf(s.cases.map((c) => item(c))), t('reports.drillStep', { step: s.name })),
    ]),
    footer: [
      textCell(t('reports.total')),
      numberCell(report.cases.length, listOf(report.cases.map((c) => item(c))), t('reports.bansoCases')),
    ],
    chart: { orientation: 'horizontal', series: [1] },
  };
  return [byStep, cases];
}

/** 被災事業者: a summary per 災害名, then each disaster's businesses. */
export function disasterTables(report: DisasterReport, t: Translate, date: DateText): ReportTable[] {
  const disasterName = (name: string) => name || t('reports.noDisasterName');
  const states = [...RECOVERY_STATES, 'unspecified'] as const;
  const caseItem = (c: DisasterReport['disasters'][number]['cases'][number]): DrillItem => ({
    businessId: c.businessId,
    businessName: c.businessName,
    consultationId: c.lastConsultationId,
    date: c.lastContact,
  });
  const recoveryLabel = (key: string) => (key === 'unspecified' ? t('reports.notSet') : t(`recovery.${key}` as MessageKey));
  const certificates = [...DISASTER_CERTIFICATES, 'unspecified'] as const;
  const certificateLabel = (key: string) => (key === 'unspecified' ? t('reports.notSet') : t(`certificate.${key}` as MessageKey));
  const summary: ReportTable = {
    id: 'disaster-summary',
    title: t('reports.disasterSummary'),
    columns: [
      { label: t('reports.colDisaster') },
      { label: t('reports.colBusinessCount'), numeric: true },
      { label: t('reports.colSupport'), numeric: true },
      ...states.map((s) => ({ label: recoveryLabel(s), numeric: true })),
      ...certificates.map((c) => ({ label: t('reports.certificateColumn', { state: certificateLabel(c) }), numeric: true })),
    ],
    rows: report.disasters.map((d) => [
      textCell(disasterName(d.name)),
      numberCell(d.businesses, listOf(d.cases.map(caseItem)), disasterName(d.name)),
      numberCell(d.consultations),
      ...states.map((s) => {
        const picked = d.cases.filter((c) => (c.recovery ?? 'unspecified') === s);
        return numberCell(picked.length, listOf(picked.map(caseItem)), `${disasterName(d.name)}「${recoveryLabel(s)}」`);
      }),
      ...certificates.map((state) => {
        const picked = d.cases.filter((c) => (c.certificate ?? 'unspecified') === state);
        return numberCell(
          picked.length,
          listOf(picked.map(caseItem)),
          `${disasterName(d.name)}「${t('reports.certificateColumn', { state: certificateLabel(state) })}」`,
        );
      }),
    ]),
    chart: { orientation: 'horizontal', series: [1] },
    note: t('reports.disasterNote'),
  };
  const certificate = (c: DisasterReport['disasters'][number]['cases'][number]) =>
    c.certificate ? t(`certificate.${c.certificate}` as MessageKey) : '';
  const perDisaster = report.disasters.map(
    (d, i): ReportTable => ({
      id: `disaster-${i + 1}`,
      title: t('reports.disasterCases', { name: disasterName(d.name) }),
      columns: [
        { label: t('reports.colBusiness') },
        { label: t('reports.colArea') },
        { label: t('reports.colAssignee') },
        { label: t('disaster.damage') },
        { label: t('disaster.certificate') },
        { label: t('reports.colCertificateDate') },
        { label: t('disaster.recovery') },
        { label: t('disaster.recoveryNote') },
        { label: t('reports.colSupport'), numeric: true },
        { label: t('reports.colLastContact') },
        { label: t('reports.colTags') },
      ],
      rows: d.cases.map((c) => [
        textCell(c.businessName, karteHref(c.businessId)),
        textCell(c.municipality),
        textCell(advisorName(t, c.assignee)),
        textCell(c.damage),
        textCell(certificate(c)),
        textCell(c.certificateDate ? date(c.certificateDate) : ''),
        textCell(c.recovery ? t(`recovery.${c.recovery}` as MessageKey) : ''),
        textCell(c.recoveryNote),
        numberCell(c.consultations),
        c.lastContact && c.lastConsultationId ? textCell(date(c.lastContact), karteHref(c.businessId, c.lastConsultationId)) : textCell(''),
        textCell(
          list(
            t,
            c.tags.map((tag) => t('reports.tagCount', { name: tag.name, count: tag.count })),
          ),
        ),
      ]),
    }),
  );
  return [summary, ...perDisaster];
}
