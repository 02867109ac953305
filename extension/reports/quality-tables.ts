import type { KarteQualityReport } from '../../shared/reports';
import { jstDateOf } from '../../shared/fiscal-year';
import { karteHref } from '../karte/hrefs';
import type { Translate } from '../locales/languages';
import { advisorName, type DateText } from './case-tables';
import type { DrillItem } from './request';
import { numberCell, textCell, type ReportTable } from './table-model';

type Row = KarteQualityReport['consultations'][number];

/** What a consultation lacks, in words: 相談内容, 助言・支援内容, 次の行動. */
export function missingText(t: Translate, r: Row): string {
  const parts = [r.noInquiry && t('field.inquiry'), r.noAdvice && t('field.advice'), r.noActions && t('actions.legend')].filter(
    (p): p is string => !!p,
  );
  return parts.join(t('common.listSeparator'));
}

/** カルテ品質: per advisor, then each consultation lacking something, then businesses without 本質的課題. */
export function qualityTables(report: KarteQualityReport, t: Translate, date: DateText): ReportTable[] {
  const rowItem = (r: Row): DrillItem => ({
    businessId: r.businessId,
    businessName: r.businessName,
    consultationId: r.consultationId,
    date: jstDateOf(r.heldAt),
    detail: missingText(t, r),
  });
  const issueItem = (b: KarteQualityReport['businesses'][number]): DrillItem => ({
    businessId: b.businessId,
    businessName: b.businessName,
    consultationId: b.latestConsultationId,
    detail: t('reports.consultationCount', { count: b.consultations }),
  });
  const byAdvisor: ReportTable = {
    id: 'quality-advisors',
    title: t('reports.qualityByAdvisor'),
    columns: [
      { label: t('reports.colAdvisor') },
      { label: t('reports.colChecked'), numeric: true },
      { label: t('reports.colNoContent'), numeric: true },
      { label: t('reports.colNoActions'), numeric: true },
      { label: t('reports.colNoEssentialIssue'), numeric: true },
    ],
    rows: report.byAdvisor.map((a) => {
      const name = advisorName(t, a.advisor);
      const id = a.advisor?.id ?? null;
      const mine = report.consultations.filter((r) => (r.author?.id ?? null) === id);
      return [
        textCell(name),
        numberCell(a.consultations),
        numberCell(
          a.noContent,
          { kind: 'list', items: mine.filter((r) => r.noInquiry || r.noAdvice).map(rowItem) },
          t('reports.drillNoContent', { name }),
        ),
        numberCell(
          a.noActions,
          { kind: 'list', items: mine.filter((r) => r.noActions).map(rowItem) },
          t('reports.drillNoActions', { name }),
        ),
        numberCell(
          a.noEssentialIssue,
          { kind: 'list', items: report.businesses.filter((b) => (b.assignee?.id ?? null) === id).map(issueItem) },
          t('reports.drillNoIssue', { name }),
        ),
      ];
    }),
    chart: { orientation: 'horizontal', series: [2, 3] },
    note: t('reports.qualityNote'),
  };
  const consultations: ReportTable = {
    id: 'quality-consultations',
    title: t('reports.qualityConsultations'),
    columns: [
      { label: t('reports.colDate') },
      { label: t('reports.colBusiness') },
      { label: t('reports.colAuthor') },
      { label: t('reports.colMissing') },
    ],
    rows: report.consultations.map((r) => [
      textCell(date(jstDateOf(r.heldAt))),
      textCell(r.businessName, karteHref(r.businessId, r.consultationId)),
      textCell(advisorName(t, r.author)),
      textCell(missingText(t, r)),
    ]),
    ...(report.consultationsTotal > report.consultations.length
      ? { note: t('reports.qualityTruncated', { shown: report.consultations.length, total: report.consultationsTotal }) }
      : {}),
  };
  const businesses: ReportTable = {
    id: 'quality-businesses',
    title: t('reports.qualityBusinesses'),
    columns: [
      { label: t('reports.colBusiness') },
      { label: t('reports.colAssignee') },
      { label: t('reports.colConsultationCount'), numeric: true },
    ],
    rows: report.businesses.map((b) => [
      textCell(b.businessName, karteHref(b.businessId, b.latestConsultationId)),
      textCell(advisorName(t, b.assignee)),
      numberCell(b.consultations),
    ]),
    note: t('reports.qualityBusinessNote'),
  };
  return [byAdvisor, consultations, businesses];
}
