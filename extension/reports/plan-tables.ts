import type { PlanItem, PlanReport } from '../../shared/plan-report';
import type { MessageKey, Translate } from '../locales/languages';
import type { DateText } from './case-tables';
import type { DrillItem } from './request';
import { numberCell, textCell, type ReportCell, type ReportTable } from './table-model';

/** A 決算期 ('YYYY-MM') as people say it: 2026年3月. */
const fiscalPeriodText = (t: Translate, period: string) =>
  t('reports.fiscalPeriodLabel', { year: period.slice(0, 4), month: Number(period.slice(5, 7)) });

/** A percentage, one decimal as the server rounds it; blank without a target. */
export function percentCell(value: number | null): ReportCell {
  return value === null ? textCell('') : { text: value.toFixed(1), value };
}

/** What the list behind a figure says of a business: the times, the events and 成約, or the 決算期 compared. */
function detailOf(t: Translate, item: PlanItem, indicator: string): string {
  if (item.periods) {
    const { current, previous } = item.periods;
    return current && previous
      ? t('reports.planPeriods', { current: fiscalPeriodText(t, current), previous: fiscalPeriodText(t, previous) })
      : current
        ? fiscalPeriodText(t, current)
        : t('reports.planNoPeriod');
  }
  if (item.events.length > 0) {
    return item.events
      .map(
        (e) => `${e.name}（${t(`demandKind.${e.kind}` as MessageKey)}${e.deals ? `・${t('reports.planDeals', { count: e.deals })}` : ''}）`,
      )
      .join(t('common.listSeparator'));
  }
  return indicator === 'followUpVisits' || item.count > 1 ? t('reports.planTimes', { count: item.count }) : '';
}

const drillOf = (t: Translate, items: PlanItem[], indicator: string) => ({
  kind: 'list' as const,
  items: items.map((i): DrillItem => {
    const detail = detailOf(t, i, indicator);
    return {
      businessId: i.businessId,
      businessName: i.businessName,
      consultationId: i.consultationId,
      date: i.date,
      ...(detail ? { detail } : {}),
    };
  }),
});

/**
 * 経営発達支援計画 実施状況報告: each indicator's actual (the businesses behind it), target and
 * attainment, then how 売上 and 粗利 went for the businesses the plan follows.
 */
export function planTables(report: PlanReport, t: Translate, _date: DateText): ReportTable[] {
  const year = report.fiscalYear;
  const indicators: ReportTable = {
    id: 'plan-indicators',
    title: t('reports.planIndicators', { year }),
    columns: [
      { label: t('reports.colIndicator') },
      { label: t('reports.colActual'), numeric: true },
      { label: t('reports.colTarget'), numeric: true },
      { label: t('reports.colAttainment'), numeric: true },
    ],
    rows: report.indicators.map((i) => {
      const name = t(`reports.planIndicator.${i.indicator}` as MessageKey);
      return [
        textCell(name),
        numberCell(i.actual, drillOf(t, i.items, i.indicator), name),
        i.target === null ? textCell('') : numberCell(i.target),
        percentCell(i.attainment),
      ];
    }),
    chart: { orientation: 'horizontal', series: report.targetsApply ? [1, 2] : [1] },
    note: report.targetsApply ? t('reports.planNote') : `${t('reports.planNote')} ${t('reports.planTargetsOwn')}`,
  };
  const trendRow = (k: number): ReportCell[] => {
    const sales = report.trends.sales[k]!;
    const gross = report.trends.grossProfit[k]!;
    const label = t(`reports.trend.${sales.trend}` as MessageKey);
    return [
      textCell(label),
      numberCell(sales.businesses, drillOf(t, sales.items, 'sales'), `${t('reports.colSales')}: ${label}`),
      numberCell(gross.businesses, drillOf(t, gross.items, 'grossProfit'), `${t('reports.colGrossProfit')}: ${label}`),
    ];
  };
  const trends: ReportTable = {
    id: 'plan-trends',
    title: t('reports.planTrends', { year }),
    columns: [
      { label: t('reports.colTrend') },
      { label: t('reports.colSales'), numeric: true },
      { label: t('reports.colGrossProfit'), numeric: true },
    ],
    rows: report.trends.sales.map((_, k) => trendRow(k)),
    footer: [textCell(t('reports.total')), numberCell(report.trends.businesses), numberCell(report.trends.businesses)],
    chart: { orientation: 'horizontal', series: [1, 2] },
    note: t('reports.planTrendsNote', { count: report.trends.businesses, year }),
  };
  return [indicators, trends];
}
