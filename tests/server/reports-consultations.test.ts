import { describe, expect, it } from 'vitest';
import { consultationsReport, countRecordsPage, errorBody, fiscalYearMonths } from '../../shared';
import { auditRows } from './fixtures/records';
import { FY2025, reportWorld } from './fixtures/report-world';

type Report = ReturnType<typeof consultationsReport.parse>;
const get = async (actor: { get(path: string): Promise<Response> }, query: string): Promise<Report> => {
  const res = await actor.get(`/v1/reports/consultations?${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return consultationsReport.parse(await res.json());
};
const rowsOf = (rows: { key: string; consultations: number; businesses: number; minutes: number }[]) =>
  Object.fromEntries(rows.filter((r) => r.consultations > 0).map((r) => [r.key, [r.consultations, r.businesses, r.minutes]]));

describe('GET /v1/reports/consultations (相談件数)', () => {
  it('counts 延べ and 実数 of the 年度 in Japan time, by every dimension, 講習会・セミナー apart', async () => {
    const w = await reportWorld();
    const r = await get(w.manager, FY2025);
    expect(r).toMatchObject({
      period: { from: '2025-04-01', to: '2026-03-31', fiscalYear: 2025, month: null },
      scope: 'organisation',
      filters: { advisorId: null, programme: null, municipality: null },
    });
    // c1, c2, c3 (機微: counted), c5; not c4 (講習会), x1/x2 (the 年度 before and after), x3 (deleted), x4 (deleted business).
    expect(r.total).toEqual({ consultations: 4, businesses: 3, minutes: 105 });
    expect(r.byMonth.map((m) => m.key)).toEqual(fiscalYearMonths(2025));
    expect(rowsOf(r.byMonth)).toEqual({ '2025-04': [1, 1, 30], '2025-06': [1, 1, 0], '2025-07': [1, 1, 15], '2026-03': [1, 1, 60] });
    expect(rowsOf(r.byTopic)).toEqual({ 'topic-finance': [2, 1, 90], 'topic-tax': [1, 1, 30], 'topic-sales': [1, 1, 15], none: [1, 1, 0] });
    expect(r.byTopic.find((t) => t.key === 'topic-finance')).toMatchObject({ name: '金融', retired: false });
    expect(r.byTopic.at(-1)).toMatchObject({ key: 'none', name: null });
    expect(r.byIndustry.map((x) => [x.key, x.consultations])).toEqual([
      ['I', 2],
      ['M', 1],
      ['unspecified', 1],
    ]);
    expect(rowsOf(r.byMembership)).toEqual({ member: [2, 1, 90], non_member: [1, 1, 0], unknown: [1, 1, 15] });
    expect(r.bySmallBusiness.map((x) => [x.key, x.consultations])).toEqual([
      ['yes', 2],
      ['no', 1],
      ['unspecified', 1],
    ]);
    expect(r.byProgramme.map((x) => [x.key, x.consultations, x.businesses])).toEqual([
      ['kaizen_fukyu', 2, 2],
      ['general', 1, 1],
      ['commissioned', 0, 0],
      ['development_plan', 0, 0],
      ['unspecified', 1, 1],
    ]);
    // 巡回 and 窓口 apart; 講習会・セミナー is not a row here.
    expect(r.byChannel.map((x) => [x.key, x.consultations])).toEqual([
      ['counter', 1],
      ['visit', 2],
      ['phone', 1],
      ['online', 0],
      ['email', 0],
      ['expert_visit', 0],
      ['consultation_event', 0],
    ]);
    // B wrote c3, c5 and attended c2; A wrote c1, c2. Names and 職種 from the advisors table.
    expect(r.byAdvisor.map((x) => [x.key, x.consultations, x.businesses, x.minutes])).toEqual([
      [w.advisor2.id, 3, 3, 75],
      [w.advisor.id, 2, 1, 90],
    ]);
    expect(r.byAdvisor[0]!.name).toMatch(/^advisor-/);
    expect(r.seminars).toEqual({
      total: { consultations: 1, businesses: 1, minutes: 120, participants: 18 },
      byMonth: fiscalYearMonths(2025).map((key) => ({
        key,
        ...(key === '2025-06'
          ? { consultations: 1, businesses: 1, minutes: 120, participants: 18 }
          : { consultations: 0, businesses: 0, minutes: 0, participants: 0 }),
      })),
    });
  });

  it('puts 31 March 23:30 JST in its 年度 and 1 April 00:00 JST in the next, by month too', async () => {
    const w = await reportWorld();
    expect((await get(w.manager, 'month=2026-03')).total.consultations).toBe(1); // c2, not x2
    expect((await get(w.manager, 'month=2025-04')).total.consultations).toBe(1); // c1, not x1
    expect((await get(w.manager, 'fy=2024')).total.consultations).toBe(2); // x1 and x5
    expect((await get(w.manager, 'fy=2026')).total.consultations).toBe(1); // x2
    expect((await get(w.manager, 'from=2026-03-31&to=2026-03-31')).total.consultations).toBe(1);
  });

  it('filters by 事業区分, area and advisor', async () => {
    const w = await reportWorld();
    expect((await get(w.manager, `${FY2025}&programme=kaizen_fukyu`)).total).toEqual({ consultations: 2, businesses: 2, minutes: 45 });
    expect((await get(w.manager, `${FY2025}&programme=unspecified`)).total).toEqual({ consultations: 1, businesses: 1, minutes: 60 });
    expect((await get(w.manager, `${FY2025}&municipality=${encodeURIComponent('輪島市')}`)).total).toEqual({
      consultations: 3,
      businesses: 2,
      minutes: 105,
    });
    const b = await get(w.manager, `${FY2025}&advisorId=${w.advisor2.id}`);
    expect(b).toMatchObject({
      scope: 'organisation',
      filters: { advisorId: w.advisor2.id },
      total: { consultations: 3, businesses: 3, minutes: 75 },
    });
  });

  it('shows an advisor only their own work, and says so', async () => {
    const w = await reportWorld();
    const a = await get(w.advisor, FY2025);
    expect(a).toMatchObject({
      scope: 'own',
      filters: { advisorId: w.advisor.id },
      total: { consultations: 2, businesses: 1, minutes: 90 },
    });
    const b = await get(w.advisor2, FY2025);
    expect(b).toMatchObject({
      scope: 'own',
      total: { consultations: 3, businesses: 3, minutes: 75 },
      seminars: { total: { consultations: 1 } },
    });
    expect(await get(w.advisor, `${FY2025}&advisorId=${w.advisor.id}`)).toMatchObject({ total: { consultations: 2 } });
    const refused = await w.advisor.get(`/v1/reports/consultations?${FY2025}&advisorId=${w.advisor2.id}`);
    expect(refused.status).toBe(403);
    expect(errorBody.parse(await refused.json()).error.message).toContain('自分の記録だけ');
  });

  it('is an export: each report and each list behind a figure is audited', async () => {
    const w = await reportWorld();
    await get(w.manager, `${FY2025}&programme=general`);
    await w.manager.get(`/v1/reports/consultations/records?${FY2025}&dim=all`);
    const rows = (await auditRows(w.org.id)).filter((r) => r.action.startsWith('report.'));
    expect(rows.map((r) => [r.advisor_id, r.action])).toEqual([
      [w.manager.id, 'report.consultations'],
      [w.manager.id, 'report.consultation_records'],
    ]);
    expect(JSON.parse(rows[0]!.target!)).toEqual({ from: '2025-04-01', to: '2026-03-31', programme: 'general' });
  });

  it.each([
    ['two forms of period', 'fy=2025&month=2025-04', 'fy'],
    ['an end before the start', 'from=2025-05-01&to=2025-04-01', 'to'],
    ['a start alone', 'from=2025-05-01', 'to'],
    ['a month that does not exist', 'month=2025-13', 'month'],
    ['an unknown 事業区分', 'programme=yorozu_x', 'programme'],
    ['an unknown parameter', 'fy=2025&year=2025', ''],
  ])('answers 400 in Japanese for %s', async (_label, query, path) => {
    const w = await reportWorld();
    const res = await w.manager.get(`/v1/reports/consultations?${query}`);
    expect(res.status).toBe(400);
    const { error } = errorBody.parse(await res.json());
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/[ぁ-んァ-ン一-龥]/);
    expect(error.details?.map((d) => d.path)).toContain(path);
  });

  it('answers the current 年度 when no period is given', async () => {
    const w = await reportWorld();
    const r = await get(w.manager, '');
    expect(r.period.fiscalYear).not.toBeNull();
    expect(r.byMonth).toHaveLength(12);
  });
});

describe('GET /v1/reports/consultations/records (the records behind a figure)', () => {
  const page = async (actor: { get(path: string): Promise<Response> }, query: string) => {
    const res = await actor.get(`/v1/reports/consultations/records?${query}`);
    expect(res.status, await res.clone().text()).toBe(200);
    const text = await res.text();
    return { body: countRecordsPage.parse(JSON.parse(text)), text };
  };

  it('lists a figure’s consultations by business name and advisors’ names, oldest first, paged, with no text of them', async () => {
    const w = await reportWorld();
    const first = await page(w.manager, `${FY2025}&dim=topic&key=topic-finance&limit=1`);
    expect(first.body.total).toBe(2);
    expect(first.body.items.map((i) => [i.consultationId, i.businessName])).toEqual([[w.c1, '一号商店']]);
    const second = await page(w.manager, `${FY2025}&dim=topic&key=topic-finance&limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({ total: 2, nextCursor: null });
    expect(second.body.items[0]).toMatchObject({
      consultationId: w.c2,
      businessId: w.b1,
      channel: 'visit',
      programme: null,
      durationMin: 60,
    });
    expect(second.body.items[0]!.advisors.map((a) => a.id)).toEqual([w.advisor.id, w.advisor2.id]);

    const all = await page(w.manager, `${FY2025}&dim=all&limit=200`);
    expect(all.body.items.map((i) => i.consultationId)).toEqual([w.c1, w.c3, w.c5, w.c2]);
    expect(all.text).not.toContain('借入の相談');
    expect(all.text).not.toContain('資金繰り');
  });

  it.each([
    ['month', '2025-06', (w: Awaited<ReturnType<typeof reportWorld>>) => [w.c3]],
    ['topic', 'none', (w: Awaited<ReturnType<typeof reportWorld>>) => [w.c3]],
    ['industry', 'unspecified', (w: Awaited<ReturnType<typeof reportWorld>>) => [w.c5]],
    ['membership', 'member', (w: Awaited<ReturnType<typeof reportWorld>>) => [w.c1, w.c2]],
    ['smallBusiness', 'no', (w: Awaited<ReturnType<typeof reportWorld>>) => [w.c3]],
    ['programme', 'unspecified', (w: Awaited<ReturnType<typeof reportWorld>>) => [w.c2]],
    ['channel', 'visit', (w: Awaited<ReturnType<typeof reportWorld>>) => [w.c3, w.c2]],
    ['seminar', '2025-06', (w: Awaited<ReturnType<typeof reportWorld>>) => [w.c4]],
  ])('lists dim=%s key=%s as counted', async (dim, key, expected) => {
    const w = await reportWorld();
    const { body } = await page(w.manager, `${FY2025}&dim=${dim}&key=${key}`);
    expect(body.items.map((i) => i.consultationId)).toEqual(expected(w));
    expect(body.total).toBe(expected(w).length);
  });

  it('lists an advisor’s consultations, written or attended, and only their own to an advisor', async () => {
    const w = await reportWorld();
    const { body } = await page(w.manager, `${FY2025}&dim=advisor&key=${w.advisor2.id}`);
    expect(body.items.map((i) => i.consultationId)).toEqual([w.c3, w.c5, w.c2]);
    const own = await page(w.advisor, `${FY2025}&dim=all`);
    expect(own.body.items.map((i) => i.consultationId)).toEqual([w.c1, w.c2]);
  });

  it.each([
    ['a key-less dimension with a key', 'dim=all&key=x', 'key'],
    ['a dimension without its key', 'dim=topic', 'key'],
    ['an unknown dimension', 'dim=colour&key=red', 'dim'],
    ['a seminar key that is no month', 'dim=seminar&key=x', 'key'],
  ])('answers 400 for %s', async (_label, query, path) => {
    const w = await reportWorld();
    const res = await w.manager.get(`/v1/reports/consultations/records?${FY2025}&${query}`);
    expect(res.status).toBe(400);
    expect(errorBody.parse(await res.json()).error.details?.map((d) => d.path)).toContain(path);
  });
});
