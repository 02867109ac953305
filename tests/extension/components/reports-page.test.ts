import { h } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  fiscalYearMonths,
  PLAN_INDICATORS,
  TRENDS,
  type ConsultationsReport,
  type CountRecordsPage,
  type PlanReport,
  type PlanTargetsRequest,
} from '../../../shared';
import { openServices } from '../../../extension/app/compose';
import { createDirectory } from '../../../extension/app/compose-directory';
import { ReportsPage } from '../../../extension/app/ReportsPage';
import { saveDirectory } from '../../../extension/db/directory-repo';
import type { ReportKind } from '../../../extension/reports/request';
import { I18nContext } from '../../../extension/state/contexts';
import { createReportsStore, type ReportData, type ReportsApi } from '../../../extension/state/reports-store';
import { freshDbName } from '../support/db';
import { button, byLabel, click, press, renderInto, typeInto, unnamedControls } from '../support/render';

beforeEach(() => fakeBrowser.reset());

const A = '01900000-0000-7000-8000-00000000000a';
const B1 = '01900000-0000-7000-8000-0000000000b1';
const C1 = '01900000-0000-7000-8000-0000000000c1';
const zero = { consultations: 0, businesses: 0, minutes: 0 };

/** A 2025年度 answer as the server gives it: two consultations, one of them a 巡回 of 山田商店. */
function consultations(): ConsultationsReport {
  const months = fiscalYearMonths(2025).map((key) => ({
    key,
    ...(key === '2025-05' ? { consultations: 2, businesses: 1, minutes: 90 } : zero),
  }));
  return {
    period: { from: '2025-04-01', to: '2026-03-31', fiscalYear: 2025, month: null },
    scope: 'organisation',
    filters: { advisorId: null, programme: null, municipality: null },
    asOf: '2026-03-31',
    total: { consultations: 2, businesses: 1, minutes: 90 },
    byMonth: months,
    byTopic: [
      { key: 'topic-finance', name: '金融', retired: false, consultations: 2, businesses: 1, minutes: 90 },
      { key: 'none', name: null, retired: false, ...zero },
    ],
    byIndustry: [],
    byMembership: [{ key: 'member', consultations: 2, businesses: 1, minutes: 90 }],
    bySmallBusiness: [],
    byProgramme: [],
    byChannel: [
      { key: 'counter', ...zero },
      { key: 'visit', consultations: 2, businesses: 1, minutes: 90 },
    ],
    byAdvisor: [{ key: A, name: '佐藤 一郎', jobTitle: 'business_advisor', consultations: 2, businesses: 1, minutes: 90 }],
    seminars: { total: { ...zero, participants: 0 }, byMonth: months.map((m) => ({ ...m, ...zero, participants: 0 })) },
  };
}

/** 経営発達支援計画 of 2025年度: 経営状況分析 at 山田商店 twice, the targets as saved. */
function plan(targets: PlanTargetsRequest['targets']): PlanReport {
  const item = { businessId: B1, businessName: '山田商店', consultationId: C1, date: '2025-05-10', count: 2, events: [], periods: null };
  return {
    ...consultations(),
    fiscalYear: 2025,
    targetsApply: true,
    indicators: PLAN_INDICATORS.map((indicator) => {
      const target = targets[indicator] ?? null;
      const actual = indicator === 'analysis' ? 1 : 0;
      return {
        indicator,
        actual,
        target,
        attainment: target ? Math.round((actual / target) * 1000) / 10 : null,
        items: actual ? [item] : [],
      };
    }),
    trends: {
      businesses: 0,
      sales: TRENDS.map((trend) => ({ trend, businesses: 0, items: [] })),
      grossProfit: TRENDS.map((trend) => ({ trend, businesses: 0, items: [] })),
    },
  };
}

const drillPage: CountRecordsPage = {
  total: 1,
  nextCursor: null,
  items: [
    {
      consultationId: C1,
      businessId: B1,
      businessName: '山田商店',
      heldAt: '2025-05-10T01:00:00Z',
      channel: 'visit',
      programme: null,
      durationMin: 45,
      advisors: [{ id: A, name: '佐藤 一郎', jobTitle: 'business_advisor' }],
    },
  ],
};

async function renderPage() {
  const services = await openServices(freshDbName());
  await saveDirectory(services.db, {
    organisation: null as never,
    advisors: [{ id: A, name: '佐藤 一郎', jobTitle: 'business_advisor', role: 'advisor', active: true }],
  });
  const asked: { kind: ReportKind; params: string }[] = [];
  const drills: string[] = [];
  const downloads: { name: string; text: string }[] = [];
  const saved: PlanTargetsRequest[] = [];
  let targets: PlanTargetsRequest['targets'] = { analysis: 4 };
  const api: ReportsApi = {
    async report(kind, params) {
      asked.push({ kind, params: params.toString() });
      if (kind === 'consultations') return { ok: true, value: { kind, report: consultations() } };
      if (kind === 'banso')
        return { ok: true, value: { kind, report: { ...consultations(), overcomeWindow: 3, cases: [] } } as ReportData };
      if (kind === 'plan') return { ok: true, value: { kind, report: plan(targets) } };
      return { ok: false, reason: 'network' };
    },
    async countRecords(params) {
      drills.push(params.toString());
      return { ok: true, value: drillPage };
    },
    async savePlanTargets(request) {
      saved.push(request);
      if (request.targets.analysis === 999) return { ok: false, reason: 'server', status: 400, message: '入力内容に誤りがあります' };
      targets = request.targets;
      return { ok: true, value: { fiscalYear: request.fiscalYear, targets: [] } };
    },
  };
  const store = createReportsStore({
    api,
    download: (name, text) => downloads.push({ name, text }),
    now: () => new Date('2026-03-31T03:00:00Z'),
  });
  const directory = createDirectory(services.db);
  directory.start();
  await store.load();
  const root = await renderInto(
    h(
      I18nContext.Provider,
      { value: services.i18n },
      h(ReportsPage, {
        store,
        directory,
        signedIn: true,
        manager: true,
        years: [2025, 2024],
        onPrint: () => undefined,
      }),
    ),
  );
  await expect.poll(() => root.querySelectorAll('table.report').length).toBeGreaterThan(0);
  return { root, store, asked, drills, downloads, saved };
}

const table = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="report-table-${id}"]`)!;

describe('reports page', () => {
  it('opens on the current 年度’s 相談件数: tabs, tables with Japanese headings, a chart, every control named', async () => {
    const { root, asked } = await renderPage();
    expect(asked[0]).toEqual({ kind: 'consultations', params: 'fy=2025' });
    const tabs = [...root.querySelectorAll('[role="tab"]')];
    expect(tabs.map((t) => [t.textContent, t.getAttribute('aria-selected')])).toEqual([
      ['相談件数', 'true'],
      ['伴走支援案件一覧', 'false'],
      ['カルテ品質', 'false'],
      ['被災事業者', 'false'],
      ['経営発達支援計画', 'false'],
      ['補助金', 'false'],
      ['専門家派遣', 'false'],
      ['特定創業支援', 'false'],
    ]);
    expect(root.querySelector('.report-period-line')?.textContent).toBe('2025年度（2025/04/01〜2026/03/31）');
    expect(root.querySelector('[data-testid="report-scope"]')?.textContent).toContain('組織全体の集計です。');
    const months = table(root, 'by-month');
    expect([...months.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      '月',
      '延べ件数',
      '実数（事業者）',
      '対応時間（分）',
    ]);
    expect(months.querySelector('tfoot')?.textContent).toContain('合計');
    expect(months.querySelector('svg[role="img"] title')?.textContent).toBe('月別の相談件数のグラフ');
    // 巡回 and 窓口 apart, by name.
    expect([...table(root, 'by-channel').querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent)).toEqual([
      '窓口',
      '巡回',
    ]);
    expect(table(root, 'by-advisor').textContent).toContain('佐藤 一郎経営指導員');
    expect(root.textContent).not.toContain(A);
    expect(unnamedControls(root)).toEqual([]);
  });

  it('lists the records behind a figure, each business a link to its karte at the consultation', async () => {
    const { root, drills } = await renderPage();
    const figure = [...table(root, 'by-channel').querySelectorAll('button.figure')][0] as HTMLButtonElement;
    expect(figure.getAttribute('aria-label')).toBe('相談方法別「巡回」の記録2件を一覧で表示');
    await click(figure);
    await expect.poll(() => root.querySelector('[data-testid="drill-dialog"] a')).not.toBeNull();
    expect(drills).toEqual(['fy=2025&dim=channel&key=visit&limit=100']);
    const dialog = root.querySelector('[data-testid="drill-dialog"]')!;
    expect(dialog.querySelector('h2')?.textContent).toBe('相談方法別「巡回」');
    const link = dialog.querySelector('a')!;
    expect([link.textContent, link.getAttribute('href')]).toEqual(['山田商店', `karte.html?id=${B1}#c-${C1}`]);
    expect(dialog.textContent).toContain('巡回 ／ 佐藤 一郎 ／ 45分');
    await click(button(dialog, '閉じる'));
    expect(root.querySelector('[data-testid="drill-dialog"]')).toBeNull();
  });

  it('downloads a table as CSV with its Japanese headings, named after the report, table and 年度', async () => {
    const { root, downloads } = await renderPage();
    await click(button(root, 'CSVをダウンロード: 相談分野別'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('相談件数_相談分野別_2025年度.csv');
    expect(downloads[0]!.text).toBe(
      '\uFEFF"相談分野","延べ件数","実数（事業者）","対応時間（分）"\r\n"金融","2","1","90"\r\n"（相談分野なし）","0","0","0"\r\n',
    );
  });

  it('changes report with the arrow keys, and the period and filters ask again', async () => {
    const { root, asked } = await renderPage();
    const first = root.querySelector('[role="tab"]') as HTMLButtonElement;
    await press(first, 'ArrowRight');
    await expect.poll(() => asked.at(-1)?.kind).toBe('banso');
    expect(root.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('伴走支援案件一覧');
    await act(() => {
      const unit = byLabel(root, '集計の単位');
      unit.value = 'month';
      unit.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(asked.at(-1)).toEqual({ kind: 'banso', params: 'month=2025-04' });
    // Colleagues by name, from the directory on this device.
    await expect.poll(() => [...byLabel(root, '支援者').options].map((o) => o.textContent)).toEqual(['全員', '佐藤 一郎']);
    await act(() => {
      const advisor = byLabel(root, '支援者');
      advisor.value = A;
      advisor.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(asked.at(-1)?.params).toBe(`month=2025-04&advisorId=${A}`);
    await press(root.querySelector('[role="tab"][aria-selected="true"]') as HTMLElement, 'End');
    await expect.poll(() => root.querySelector('[data-testid="report-error"]')?.textContent).toContain('サーバーに接続できませんでした');
  });

  it('経営発達支援計画: a manager enters the 年度’s targets inline, full-width digits too, and sees the attainment', async () => {
    const { root, asked, saved } = await renderPage();
    await click(root.querySelector('#report-tab-plan') as HTMLElement);
    await expect.poll(() => asked.at(-1)?.kind).toBe('plan');
    await expect.poll(() => root.querySelector('[data-testid="report-table-plan-indicators"]')).not.toBeNull();
    const row = () => [...table(root, 'plan-indicators').querySelectorAll('tbody tr')][0]!;
    expect([...row().querySelectorAll('td')].map((td) => td.textContent)).toEqual(['経営状況分析（事業者数）', '1', '4', '25.0']);
    await click(button(root, '目標を入力'));
    const form = root.querySelector('form.plan-targets') as HTMLFormElement;
    expect(byLabel(form, '経営状況分析（事業者数）').value).toBe('4');
    await typeInto(byLabel(form, '経営状況分析（事業者数）'), 'x');
    await click(button(form, '目標を保存'));
    expect(root.querySelector('[data-testid="plan-targets-notice"]')?.textContent).toBe(
      '経営状況分析（事業者数）の目標は0以上の整数で入力してください',
    );
    expect(saved).toEqual([]);
    await typeInto(byLabel(form, '経営状況分析（事業者数）'), '999');
    await click(button(form, '目標を保存'));
    await expect.poll(() => root.querySelector('[data-testid="plan-targets-notice"]')?.textContent).toContain('入力内容に誤りがあります');
    await typeInto(byLabel(form, '経営状況分析（事業者数）'), '２');
    await typeInto(byLabel(form, '出展・商談会の成約（件数）'), '10');
    await click(button(form, '目標を保存'));
    await expect.poll(() => root.querySelector('[data-testid="plan-targets-notice"]')?.textContent).toBe('2025年度の目標を保存しました');
    expect(saved.at(-1)).toEqual({ fiscalYear: 2025, targets: { analysis: 2, deals: 10 } });
    await expect
      .poll(() => [...row().querySelectorAll('td')].map((td) => td.textContent))
      .toEqual(['経営状況分析（事業者数）', '1', '2', '50.0']);
    expect(unnamedControls(root)).toEqual([]);
  });
});
