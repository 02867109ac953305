import { describe, expect, it } from 'vitest';
import { dispatchReport, errorBody, planReport, planTargets, subsidiesReport, type PlanReport } from '../../shared';
import { auditRows } from './fixtures/records';
import { supportReportWorld } from './fixtures/support-report-world';

type Actor = { get(path: string): Promise<Response> };
async function fetchReport(actor: Actor, path: string): Promise<{ body: unknown; text: string }> {
  const res = await actor.get(path);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return { body: JSON.parse(text), text };
}

const actuals = (r: PlanReport) => Object.fromEntries(r.indicators.map((i) => [i.indicator, i.actual]));
const names = (items: { businessName: string }[]) => items.map((i) => i.businessName);

describe('GET /v1/reports/plan (経営発達支援計画 実施状況報告)', () => {
  it('counts 実数 per 発達支援計画区分 across the 年度 boundary, フォローアップの延べ, 出展・商談会 and 成約, and 売上・粗利 trends', async () => {
    const w = await supportReportWorld();
    const { body, text } = await fetchReport(w.manager, '/v1/reports/plan?fy=2025');
    const r = planReport.parse(body);
    expect(r).toMatchObject({ fiscalYear: 2025, scope: 'organisation', targetsApply: true });
    expect(actuals(r)).toEqual({
      analysis: 2,
      businessPlan: 1,
      followUp: 2,
      followUpVisits: 3,
      demandSurvey: 1,
      newDemand: 1,
      eventBusinesses: 2,
      deals: 3,
      salesUp: 1,
      grossProfitUp: 0,
    });
    const of = (k: string) => r.indicators.find((i) => i.indicator === k)!;
    expect(names(of('analysis').items)).toEqual(['一号商店', '三号製作所']);
    // The records behind a figure: the business by name and its latest consultation of the kind.
    expect(of('followUp').items.map((i) => [i.businessName, i.count, i.consultationId, i.date])).toEqual([
      ['一号商店', 2, w.p3, '2026-03-31'],
      ['二号食堂', 1, w.p4, '2025-07-01'],
    ]);
    expect(of('eventBusinesses').items.map((i) => [i.businessName, i.events.map((e) => [e.heldOn, e.deals])])).toEqual([
      [
        '一号商店',
        [
          ['2025-04-01', 2],
          ['2026-03-31', 1],
        ],
      ],
      ['三号製作所', [['2025-10-10', null]]],
    ]);
    expect(names(of('deals').items)).toEqual(['一号商店']);
    expect(r.trends.businesses).toBe(2);
    const count = (rows: PlanReport['trends']['sales']) => Object.fromEntries(rows.map((t) => [t.trend, t.businesses]));
    expect(count(r.trends.sales)).toEqual({ up: 1, down: 1, flat: 0, unknown: 0 });
    expect(count(r.trends.grossProfit)).toEqual({ up: 0, down: 0, flat: 1, unknown: 1 });
    expect(r.trends.sales.find((t) => t.trend === 'up')!.items).toEqual([
      expect.objectContaining({ businessId: w.b1, periods: { current: '2026-03', previous: '2025-03' } }),
    ]);
    expect(text).not.toContain('機微');
    expect(text).not.toContain('削除した事業者');
    expect((await auditRows(w.org.id)).map((a) => a.action)).toEqual(['report.plan']);
  });

  it("shows an advisor their own work without the organisation's targets", async () => {
    const w = await supportReportWorld();
    const a = planReport.parse((await fetchReport(w.advisor, '/v1/reports/plan?fy=2025')).body);
    expect(a).toMatchObject({ scope: 'own', targetsApply: false });
    expect(actuals(a)).toEqual({
      analysis: 1,
      businessPlan: 1,
      followUp: 1,
      followUpVisits: 2,
      demandSurvey: 0,
      newDemand: 0,
      eventBusinesses: 1,
      deals: 3,
      salesUp: 1,
      grossProfitUp: 0,
    });
    expect(a.indicators.every((i) => i.target === null && i.attainment === null)).toBe(true);
    const b = planReport.parse((await fetchReport(w.advisor2, '/v1/reports/plan?fy=2025')).body);
    // B wrote the 機微 p4: counted, like every 機微 consultation.
    expect(actuals(b)).toMatchObject({
      analysis: 1,
      followUp: 1,
      followUpVisits: 1,
      demandSurvey: 1,
      newDemand: 1,
      eventBusinesses: 1,
      deals: 0,
    });
    expect(Object.fromEntries(b.trends.sales.map((t) => [t.trend, t.businesses]))).toEqual({ up: 0, down: 1, flat: 0, unknown: 0 });
    const refused = await w.advisor.get(`/v1/reports/plan?fy=2025&advisorId=${w.advisor2.id}`);
    expect(refused.status).toBe(403);
  });

  it('takes the 年度 after: what was outside 2025 counts in 2026', async () => {
    const w = await supportReportWorld();
    const r = planReport.parse((await fetchReport(w.manager, '/v1/reports/plan?fy=2026')).body);
    expect(actuals(r)).toMatchObject({ followUp: 1, followUpVisits: 1, eventBusinesses: 1, deals: 5, analysis: 0 });
  });
});

describe('PUT /v1/reports/plan/targets', () => {
  it("saves a manager's targets per 年度, shows attainment, replaces them and audits each change", async () => {
    const w = await supportReportWorld();
    const put = (body: unknown) => w.manager.send('PUT', '/v1/reports/plan/targets', body);
    const res = await put({ fiscalYear: 2025, targets: { analysis: 4, followUpVisits: 3, deals: 0, salesUp: null } });
    expect(res.status).toBe(200);
    const saved = planTargets.parse(await res.json());
    expect(saved.targets.filter((t) => t.target !== null)).toEqual([
      { indicator: 'analysis', target: 4 },
      { indicator: 'followUpVisits', target: 3 },
      { indicator: 'deals', target: 0 },
    ]);
    await put({ fiscalYear: 2026, targets: { analysis: 100 } });
    const r = planReport.parse((await fetchReport(w.manager, '/v1/reports/plan?fy=2025')).body);
    const of = (k: string) => r.indicators.find((i) => i.indicator === k)!;
    expect([of('analysis').target, of('analysis').attainment]).toEqual([4, 50]);
    expect([of('followUpVisits').target, of('followUpVisits').attainment]).toEqual([3, 100]);
    expect([of('deals').target, of('deals').attainment]).toEqual([0, null]); // no % of a target of 0
    expect([of('newDemand').target, of('newDemand').attainment]).toEqual([null, null]);

    await put({ fiscalYear: 2025, targets: { businessPlan: 3 } });
    const again = planReport.parse((await fetchReport(w.manager, '/v1/reports/plan?fy=2025')).body);
    expect(again.indicators.filter((i) => i.target !== null).map((i) => [i.indicator, i.target, i.attainment])).toEqual([
      ['businessPlan', 3, 33.3],
    ]);
    const audits = (await auditRows(w.org.id)).filter((a) => a.action === 'org.update_plan_targets');
    expect(audits).toHaveLength(3);
    expect(JSON.parse(audits[2]!.target!)).toEqual({ fiscalYear: 2025, targets: { businessPlan: 3 } });
  });

  it('refuses advisors, and wrong targets with a message in Japanese', async () => {
    const w = await supportReportWorld();
    const denied = await w.advisor.send('PUT', '/v1/reports/plan/targets', { fiscalYear: 2025, targets: { analysis: 1 } });
    expect(denied.status).toBe(403);
    for (const [body, words] of [
      [{ fiscalYear: 2025, targets: { analysis: -1 } }, '経営状況分析の目標'],
      [{ fiscalYear: 2025, targets: { analysis: 1.5 } }, '整数'],
      [{ fiscalYear: 2025, targets: { unknown: 1 } }, 'targets'],
      [{ fiscalYear: '2025', targets: {} }, '年度'],
      [{ fiscalYear: 1999, targets: {} }, '2000以上'],
      [{ targets: {} }, '年度'],
    ] as const) {
      const res = await w.manager.send('PUT', '/v1/reports/plan/targets', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(errorBody.parse(await res.json()).error.message).toContain(words);
    }
    expect((await auditRows(w.org.id)).filter((a) => a.action === 'org.update_plan_targets')).toEqual([]);
  });
});

describe('GET /v1/reports/subsidies (補助金)', () => {
  it('counts applications by 申請日 in the 年度 per 施策, 公募回 and advisor, with 採択率, amounts and マル経 推薦', async () => {
    const w = await supportReportWorld();
    const { body, text } = await fetchReport(w.manager, '/v1/reports/subsidies?fy=2025');
    const r = subsidiesReport.parse(body);
    expect(r.total).toMatchObject({
      applications: 5,
      adopted: 2,
      notAdopted: 1,
      withdrawn: 1,
      pending: 1,
      adoptionRate: 66.7,
      requestedAmount: 5_000_000,
      adoptedAmount: 3_500_000,
    });
    expect(r.total.ids.sort()).toEqual([w.a1, w.a2, w.a3, w.a4, w.a5].sort());
    expect(r.byMeasure.map((m) => [m.measure, m.measureName, m.applications, m.adoptionRate, m.requestedAmount, m.adoptedAmount])).toEqual([
      ['jizokuka', '', 3, 50, 2_000_000, 500_000],
      ['marukei', '', 1, 100, 3_000_000, 3_000_000],
      ['other', '県の補助金', 1, null, 0, 0],
    ]);
    expect(r.byRound.map((m) => [m.measure, m.round, m.applications, m.adopted, m.notAdopted, m.pending])).toEqual([
      ['jizokuka', '第16回', 2, 1, 1, 0],
      ['jizokuka', '第17回', 1, 0, 0, 1],
      ['marukei', '', 1, 1, 0, 0],
      ['other', '', 1, 0, 0, 0],
    ]);
    const byAdvisor = Object.fromEntries(r.byAdvisor.map((x) => [x.advisor?.id ?? 'none', [x.applications, x.adoptionRate]]));
    expect(byAdvisor).toEqual({ [w.advisor.id]: [3, 66.7], [w.advisor2.id]: [1, null], none: [1, null] });
    expect(r.marukeiRecommended).toEqual({ count: 1, ids: [w.a5] });
    expect(r.applications.map((x) => [x.businessName, x.appliedOn])).toEqual([
      ['一号商店', '2025-04-01'],
      ['一号商店', '2025-05-01'],
      ['三号製作所', '2025-09-01'],
      ['三号製作所', '2025-10-01'],
      ['二号食堂', '2026-03-31'],
    ]);
    expect(text).not.toContain('削除した事業者');
    expect(text).not.toContain('他組織');
  });

  it('shows an advisor the applications they supported (or recorded, when none is named)', async () => {
    const w = await supportReportWorld();
    const b = subsidiesReport.parse((await fetchReport(w.advisor2, '/v1/reports/subsidies?fy=2025')).body);
    expect(b.scope).toBe('own');
    expect(b.total.ids.sort()).toEqual([w.a3, w.a4].sort());
    const a = subsidiesReport.parse((await fetchReport(w.manager, `/v1/reports/subsidies?fy=2025&advisorId=${w.advisor.id}`)).body);
    expect(a.total.ids.sort()).toEqual([w.a1, w.a2, w.a5].sort());
    const area = subsidiesReport.parse(
      (await fetchReport(w.manager, `/v1/reports/subsidies?fy=2025&municipality=${encodeURIComponent('珠洲市')}`)).body,
    );
    expect(area.total.ids).toEqual([w.a2]);
    expect((await auditRows(w.org.id)).map((x) => x.action)).toEqual(['report.subsidies', 'report.subsidies', 'report.subsidies']);
  });
});

describe('GET /v1/reports/expert-dispatch (専門家派遣)', () => {
  it('counts dispatches in the 年度 of their visits by who paid, scheme and theme; 謝金 once, in the period of the last visit', async () => {
    const w = await supportReportWorld();
    const { body, text } = await fetchReport(w.manager, '/v1/reports/expert-dispatch?fy=2025');
    const r = dispatchReport.parse(body);
    expect(r.total).toMatchObject({ dispatches: 3, businesses: 3, visits: 4, hours: 6.5, fee: 60_000 });
    expect(r.byPayer.map((p) => [p.key, p.dispatches, p.visits, p.hours, p.fee])).toEqual([
      ['national', 1, 2, 3.5, 60_000],
      ['prefecture', 1, 1, 3, 0],
      ['unspecified', 1, 1, 0, 0],
    ]);
    expect(r.byScheme.map((s) => [s.scheme, s.schemeName, s.dispatches])).toEqual([
      ['mirasapo', '', 1],
      ['prefecture', '', 1],
      ['other', '商工会連合会の派遣', 1],
    ]);
    // The theme of a dispatch from a 機微 consultation is withheld; 「販路開拓 」 and 「販路開拓」 are one theme.
    expect(r.byTheme.map((t) => [t.theme, t.withheld, t.dispatches, t.visits])).toEqual([
      ['販路開拓', false, 2, 3],
      ['', true, 1, 1],
    ]);
    const d1 = r.dispatches.find((d) => d.dispatchId === w.d1)!;
    expect(d1).toMatchObject({
      businessName: '一号商店',
      visitDates: ['2025-04-10', '2025-05-10'],
      hours: 3.5,
      fee: 60_000,
      lastVisit: '2025-05-10',
    });
    expect(r.dispatches.find((d) => d.dispatchId === w.d2)).toMatchObject({
      theme: '',
      themeWithheld: true,
      fee: null,
      visitDates: ['2026-03-31'],
    });
    expect(text).not.toContain('機微');
    expect(text).not.toContain('報告書の本文');
    expect(text).not.toContain('削除した事業者');

    const next = dispatchReport.parse((await fetchReport(w.manager, '/v1/reports/expert-dispatch?fy=2026')).body);
    expect(next.total).toMatchObject({ dispatches: 2, visits: 2, hours: 4, fee: 50_000 });
    expect(next.total.ids.sort()).toEqual([w.d2, w.d4].sort());
  });

  it('shows an advisor the dispatches they recorded or of businesses they are 担当 of', async () => {
    const w = await supportReportWorld();
    const a = dispatchReport.parse((await fetchReport(w.advisor, '/v1/reports/expert-dispatch?fy=2025')).body);
    expect(a.total.ids.sort()).toEqual([w.d1, w.d2].sort());
    const b = dispatchReport.parse((await fetchReport(w.advisor2, '/v1/reports/expert-dispatch?fy=2025')).body);
    expect(b.total.ids.sort()).toEqual([w.d2, w.d3].sort());
    expect((await auditRows(w.org.id)).map((x) => x.action)).toEqual(['report.expert_dispatch', 'report.expert_dispatch']);
  });
});
