import { describe, expect, it } from 'vitest';
import { PLAN_INDICATORS, TRENDS, type DispatchReport, type PlanReport, type SubsidiesReport } from '../../../shared';
import { translator } from '../../../extension/locales';
import { planTables } from '../../../extension/reports/plan-tables';
import { dispatchTables, subsidyTables } from '../../../extension/reports/support-tables';
import { csvRows } from '../../../extension/reports/table-model';
import { targetsFromDrafts } from '../../../extension/components/reports/PlanTargetsEditor';

const t = translator('ja');
const date = (d: string) => d.replace(/-/g, '/');
const meta = {
  period: { from: '2025-04-01', to: '2026-03-31', fiscalYear: 2025, month: null },
  scope: 'organisation' as const,
  filters: { advisorId: null, programme: null, municipality: null },
  asOf: '2026-03-31',
};
const sato = { id: 'a1', name: '佐藤 一郎', jobTitle: 'business_advisor' as const };
const none = { consultationId: null, date: null, count: 0, events: [], periods: null };

describe('経営発達支援計画 tables', () => {
  const report = (targetsApply: boolean): PlanReport => ({
    ...meta,
    fiscalYear: 2025,
    targetsApply,
    indicators: PLAN_INDICATORS.map((indicator) => ({
      indicator,
      actual: indicator === 'followUpVisits' ? 3 : indicator === 'eventBusinesses' ? 1 : 0,
      target: indicator === 'followUpVisits' && targetsApply ? 4 : null,
      attainment: indicator === 'followUpVisits' && targetsApply ? 75 : null,
      items:
        indicator === 'followUpVisits'
          ? [{ ...none, businessId: 'b1', businessName: '山田商店', consultationId: 'c3', date: '2026-03-31', count: 3 }]
          : indicator === 'eventBusinesses'
            ? [
                {
                  ...none,
                  businessId: 'b1',
                  businessName: '山田商店',
                  date: '2025-10-10',
                  count: 2,
                  events: [{ name: '物産展', kind: 'exhibition' as const, heldOn: '2025-10-10', deals: 2 }],
                },
              ]
            : [],
    })),
    trends: {
      businesses: 1,
      sales: TRENDS.map((trend) => ({
        trend,
        businesses: trend === 'up' ? 1 : 0,
        items:
          trend === 'up'
            ? [{ ...none, businessId: 'b1', businessName: '山田商店', periods: { current: '2026-03', previous: '2025-03' } }]
            : [],
      })),
      grossProfit: TRENDS.map((trend) => ({
        trend,
        businesses: trend === 'unknown' ? 1 : 0,
        items:
          trend === 'unknown' ? [{ ...none, businessId: 'b1', businessName: '山田商店', periods: { current: null, previous: null } }] : [],
      })),
    },
  });

  it('lists each indicator with its actual, target and attainment, and the businesses behind a figure by name', () => {
    const [indicators, trends] = planTables(report(true), t, date);
    const rows = csvRows(indicators!);
    expect(rows[0]).toEqual(['指標', '実績', '目標', '達成率（%）']);
    expect(rows[4]).toEqual(['策定後フォローアップ（延べ回数）', 3, 4, 75]);
    expect(indicators!.rows[3]![2]!.text).toBe('4');
    expect(indicators!.rows[3]![3]!.text).toBe('75.0');
    expect(rows[1]).toEqual(['経営状況分析（事業者数）', 0, '', '']);
    expect(indicators!.rows[3]![1]!.drill).toEqual({
      kind: 'list',
      items: [{ businessId: 'b1', businessName: '山田商店', consultationId: 'c3', date: '2026-03-31', detail: '3回' }],
    });
    expect(indicators!.rows[6]![1]!.drill).toEqual({
      kind: 'list',
      items: [{ businessId: 'b1', businessName: '山田商店', consultationId: null, date: '2025-10-10', detail: '物産展（出展・成約2件）' }],
    });
    expect(indicators!.chart).toEqual({ orientation: 'horizontal', series: [1, 2] });
    expect(indicators!.title).toBe('経営発達支援計画の実施状況（2025年度）');
    expect(csvRows(trends!)).toEqual([
      ['増減', '売上高（事業者数）', '売上総利益・粗利（事業者数）'],
      ['増加', 1, 0],
      ['減少', 0, 0],
      ['横ばい', 0, 0],
      ['不明', 0, 1],
      ['合計', 1, 1],
    ]);
    expect(trends!.rows[0]![1]!.drill).toEqual({
      kind: 'list',
      items: [{ businessId: 'b1', businessName: '山田商店', consultationId: null, date: null, detail: '2026年3月期 と 2025年3月期' }],
    });
    expect(trends!.rows[3]![2]!.drill).toMatchObject({ items: [{ detail: '比べる決算期がありません' }] });
  });

  it('says an advisor’s own report has no attainment, and charts only the actuals', () => {
    const [indicators] = planTables(report(false), t, date);
    expect(indicators!.note).toContain('自分（一人の支援者）の集計には達成率を出しません');
    expect(indicators!.chart!.series).toEqual([1]);
  });

  it('reads targets typed with full-width digits and commas; refuses anything else by indicator', () => {
    const drafts = Object.fromEntries(PLAN_INDICATORS.map((i) => [i, ''])) as Record<(typeof PLAN_INDICATORS)[number], string>;
    expect(targetsFromDrafts(2025, { ...drafts, analysis: '３０', deals: '1,200', followUp: ' ' })).toEqual({
      ok: true,
      request: { fiscalYear: 2025, targets: { analysis: 30, deals: 1200 } },
    });
    expect(targetsFromDrafts(2025, { ...drafts, analysis: '1.5' })).toEqual({ ok: false, indicator: 'analysis' });
    expect(targetsFromDrafts(2025, { ...drafts, salesUp: '-1' })).toEqual({ ok: false, indicator: 'salesUp' });
    expect(targetsFromDrafts(2025, { ...drafts, deals: '2000000' })).toEqual({ ok: false, indicator: 'deals' });
  });
});

describe('補助金 tables', () => {
  const app = (id: string, fields: Partial<SubsidiesReport['applications'][number]>): SubsidiesReport['applications'][number] => ({
    applicationId: id,
    businessId: 'b1',
    businessName: '山田商店',
    measure: 'jizokuka',
    measureName: '',
    round: '第16回',
    appliedOn: '2025-04-01',
    result: 'adopted',
    requestedAmount: 500_000,
    adoptedAmount: 500_000,
    advisor: sato,
    recommended: false,
    ...fields,
  });
  const tally = (ids: string[], f: Partial<SubsidiesReport['total']> = {}) => ({
    applications: ids.length,
    adopted: 1,
    notAdopted: 1,
    withdrawn: 0,
    pending: 0,
    adoptionRate: 50,
    requestedAmount: 1_000_000,
    adoptedAmount: 500_000,
    ids,
    ...f,
  });
  const report: SubsidiesReport = {
    ...meta,
    total: tally(['x1', 'x2', 'x3'], {
      applications: 3,
      adopted: 2,
      adoptionRate: 66.7,
      requestedAmount: 4_000_000,
      adoptedAmount: 3_500_000,
    }),
    byMeasure: [
      { measure: 'jizokuka', measureName: '', ...tally(['x1', 'x2']) },
      {
        measure: 'marukei',
        measureName: '',
        ...tally(['x3'], { applications: 1, notAdopted: 0, adoptionRate: 100, requestedAmount: 3_000_000, adoptedAmount: 3_000_000 }),
      },
    ],
    byRound: [
      { measure: 'jizokuka', measureName: '', round: '第16回', ...tally(['x1', 'x2']) },
      { measure: 'marukei', measureName: '', round: '', ...tally(['x3']) },
    ],
    byAdvisor: [{ advisor: sato, ...tally(['x1', 'x2', 'x3']) }],
    marukeiRecommended: { count: 1, ids: ['x3'] },
    applications: [
      app('x1', {}),
      app('x2', { businessId: 'b2', businessName: '川田食堂', result: 'not_adopted', adoptedAmount: null, appliedOn: '2026-03-31' }),
      app('x3', {
        measure: 'marukei',
        round: '',
        result: 'adopted',
        requestedAmount: 3_000_000,
        adoptedAmount: 3_000_000,
        recommended: true,
      }),
    ],
  };

  it('by 施策 with each result, 採択率 and amounts; the applications behind a figure by name; マル経 推薦', () => {
    const [measures, rounds, advisors, list] = subsidyTables(report, t, date);
    const rows = csvRows(measures!);
    expect(rows[0]).toEqual([
      '施策',
      '申請件数',
      '採択',
      '不採択',
      '取下げ',
      '結果待ち',
      '採択率（%）',
      '申請額（円）',
      '採択額（円）',
      'マル経の推薦',
    ]);
    expect(rows[1]).toEqual(['持続化補助金', 2, 1, 1, 0, 0, 50, 1_000_000, 500_000, '']);
    expect(rows[2]).toEqual(['マル経融資', 1, 1, 0, 0, 0, 100, 3_000_000, 3_000_000, 1]);
    expect(rows.at(-1)).toEqual(['合計', 3, 2, 1, 0, 0, 66.7, 4_000_000, 3_500_000, 1]);
    expect(measures!.note).toContain('採択率＝採択÷（採択＋不採択）');
    // 不採択 of 持続化補助金: the one application, by business name.
    expect(measures!.rows[0]![3]!.drill).toEqual({
      kind: 'list',
      items: [{ businessId: 'b2', businessName: '川田食堂', date: '2026-03-31', detail: '持続化補助金 ／ 第16回 ／ 不採択' }],
    });
    expect(measures!.rows[0]![3]!.drillTitle).toBe('持続化補助金: 不採択');
    expect(csvRows(rounds!)[2]).toEqual(['マル経融資', '（公募回なし）', 1, 1, 1, 0, 0, 50, 1_000_000, 500_000]);
    expect(csvRows(advisors!)[1]![0]).toBe('佐藤 一郎');
    expect(csvRows(list!)[3]).toEqual(['山田商店', 'マル経融資', '', '2025/04/01', '採択', 3_000_000, 3_000_000, '佐藤 一郎', '推薦']);
    expect(list!.rows[0]![0]!.href).toBe('karte.html?id=b1');
  });
});

describe('専門家派遣 tables', () => {
  const tally = (ids: string[], f: Partial<DispatchReport['total']> = {}) => ({
    dispatches: ids.length,
    businesses: ids.length,
    visits: 2,
    hours: 3.5,
    fee: 60_000,
    ids,
    ...f,
  });
  const report: DispatchReport = {
    ...meta,
    total: tally(['d1', 'd2'], { visits: 3, hours: 6.5 }),
    byPayer: [
      { key: 'national', ...tally(['d1']) },
      { key: 'unspecified', ...tally(['d2'], { visits: 1, hours: 3, fee: 0 }) },
    ],
    byScheme: [{ scheme: 'other', schemeName: '連合会の派遣', ...tally(['d1', 'd2']) }],
    byTheme: [
      { theme: '販路開拓', withheld: false, ...tally(['d1']) },
      { theme: '', withheld: true, ...tally(['d2']) },
    ],
    dispatches: [
      {
        dispatchId: 'd1',
        businessId: 'b1',
        businessName: '山田商店',
        paidBy: 'national',
        scheme: 'other',
        schemeName: '連合会の派遣',
        expertName: '中小 太郎',
        theme: '販路開拓',
        themeWithheld: false,
        visitDates: ['2025-04-10', '2025-05-10'],
        hours: 3.5,
        fee: 60_000,
        lastVisit: '2025-05-10',
      },
      {
        dispatchId: 'd2',
        businessId: 'b2',
        businessName: '川田食堂',
        paidBy: null,
        scheme: 'other',
        schemeName: '連合会の派遣',
        expertName: '中小 太郎',
        theme: '',
        themeWithheld: true,
        visitDates: ['2026-03-31'],
        hours: 3,
        fee: null,
        lastVisit: '2026-04-02',
      },
    ],
  };

  it('by who paid, scheme and theme with visits, hours and 謝金; a withheld theme says so; the list with visit dates', () => {
    const [payers, schemes, themes, list] = dispatchTables(report, t, date);
    expect(csvRows(payers!)).toEqual([
      ['専門家の費用負担', '派遣件数', '事業者数（実数）', '訪問回数', '訪問時間（時間）', '謝金（円）'],
      ['国', 1, 1, 2, 3.5, 60_000],
      ['未設定', 1, 1, 1, 3, 0],
      ['合計', 2, 2, 3, 6.5, 60_000],
    ]);
    expect(payers!.note).toContain('謝金は最後の訪問の年度に一度だけ');
    expect(csvRows(schemes!)[1]![0]).toBe('連合会の派遣');
    expect(
      csvRows(themes!)
        .slice(1, 3)
        .map((r) => r[0]),
    ).toEqual(['販路開拓', '（機微情報のため記載しません）']);
    expect(themes!.rows[1]![1]!.drill).toEqual({
      kind: 'list',
      items: [{ businessId: 'b2', businessName: '川田食堂', date: '2026-04-02', detail: '中小 太郎 ／ （機微情報のため記載しません）' }],
    });
    expect(csvRows(list!)[1]).toEqual(['山田商店', '国', '連合会の派遣', '中小 太郎', '販路開拓', '2025/04/10、2025/05/10', 3.5, 60_000]);
    expect(csvRows(list!)[2]!.slice(4)).toEqual(['（機微情報のため記載しません）', '2026/03/31', 3, '']);
  });
});
