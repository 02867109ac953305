import { describe, expect, it } from 'vitest';
import { DEFAULT_STARTUP_AREA_TAGS, startupReport } from '../../shared';
import { auditRows } from './fixtures/records';
import { startupWorld } from './fixtures/startup-world';

type Actor = { get(path: string): Promise<Response> };
async function fetchReport(actor: Actor, query: string) {
  const res = await actor.get(`/v1/reports/startup?${query}`);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return { report: startupReport.parse(JSON.parse(text)), text };
}

describe('GET /v1/reports/startup (特定創業支援)', () => {
  it('assesses each founder: 3 vs 4 sessions, 30 vs 31 days, an area missing, deleted sessions, the registration warning', async () => {
    const w = await startupWorld();
    const { report: r, text } = await fetchReport(w.manager, 'fy=2025');
    expect(r).toMatchObject({
      scope: 'organisation',
      supportOrganisation: w.org.name,
      rule: { sessions: 4, months: 1, warningDays: 30 },
      areaMapping: 'standard',
    });
    // Registration-near first (soonest first), then by reading; F7 (certified, founded, no session in 2025年度) is not listed.
    expect(r.founders.map((f) => f.founderId)).toEqual([w.f6, w.f4, w.f1, w.f2, w.f3, w.f5]);
    const by = Object.fromEntries(r.founders.map((f) => [f.founderId, f]));
    expect(by[w.f1]).toMatchObject({
      name: '青木 一郎',
      businessId: w.k1,
      businessName: '青木商店（創業予定）',
      plannedBusiness: 'カフェ',
      municipality: '七尾市',
      certificateNumber: '第12号',
      certificateIssuedOn: '2025-05-20',
      firstDate: '2025-04-01',
      lastDate: '2025-05-01',
      monthFrom: '2025-05-01',
      monthMet: true,
      missingAreas: [],
      sessionsMissing: 0,
      qualified: true,
      registrationWarning: false,
      sessionsInPeriod: 4,
    });
    // The 機微 session counts, and shows its date, its area and who gave it: not its text or its tags.
    expect(by[w.f1]!.sessions.map((s) => [s.consultationId, s.date, s.areas, s.advisors.map((x) => x.id), s.inPeriod])).toEqual([
      [w.s1[0], '2025-04-01', ['management'], [w.advisor.id], true],
      [w.s1[1], '2025-04-15', ['finance'], [w.advisor.id], true],
      [w.s1[2], '2025-04-20', ['hr'], [w.advisor.id], true],
      [w.s1[3], '2025-05-01', ['sales'], [w.advisor.id], true],
    ]);
    expect(text).not.toContain('借入');
    expect(text).not.toContain('wall-unseen');
    expect(text).not.toContain('tagIds');
    // 2026-01-01 00:00 → 01-31 23:59:59 JST is 30 days; → 02-01 00:00 JST is 31 days (a calendar month).
    expect(by[w.f2]).toMatchObject({
      firstDate: '2026-01-01',
      lastDate: '2026-01-31',
      monthFrom: '2026-02-01',
      monthMet: false,
      missingAreas: [],
      sessionsMissing: 0,
      qualified: false,
    });
    expect(by[w.f3]).toMatchObject({ firstDate: '2026-01-01', lastDate: '2026-02-01', monthMet: true, qualified: true });
    // The deleted 4th session of F4 does not count: 3 sessions, one still missing, all four areas met.
    expect(by[w.f4]).toMatchObject({
      sessionsMissing: 1,
      missingAreas: [],
      monthMet: true,
      qualified: false,
      registrationWarning: true,
      daysToRegistration: 30,
    });
    expect(by[w.f4]!.sessions.map((s) => [s.consultationId, s.areas])).toEqual([
      [w.s4[0], ['management', 'finance']],
      [w.s4[1], ['hr']],
      [w.s4[2], ['sales']],
    ]);
    expect(by[w.f4]!.sessions[0]!.advisors.map((x) => x.id)).toEqual([w.advisor.id, w.advisor2.id]);
    // 人材育成 missing; 登記 in 31 days is not yet near.
    expect(by[w.f5]).toMatchObject({
      missingAreas: ['hr'],
      sessionsMissing: 0,
      monthMet: true,
      qualified: false,
      registrationWarning: false,
      daysToRegistration: 31,
    });
    // Recorded before any karte: no sessions, everything missing, registration near.
    expect(by[w.f6]).toMatchObject({
      businessId: null,
      businessName: null,
      sessions: [],
      firstDate: null,
      monthFrom: null,
      monthMet: false,
      missingAreas: ['management', 'finance', 'hr', 'sales'],
      sessionsMissing: 4,
      registrationWarning: true,
      daysToRegistration: 10,
    });
    expect(text).not.toContain('削除した');
    expect(text).not.toContain('他組織');
    expect((await auditRows(w.org.id)).map((x) => x.action)).toEqual(['report.startup']);
  });

  it('lists, for another period, founders supported in it and every open one', async () => {
    const w = await startupWorld();
    const { report: r } = await fetchReport(w.manager, 'fy=2024');
    // F7 had its sessions in 2024年度; F2 … F6 are open (no 証明書, not founded); F1 is certified and had none then.
    expect(r.founders.map((f) => f.founderId)).toEqual([w.f6, w.f4, w.f2, w.f3, w.f5, w.f7]);
    expect(r.founders.find((f) => f.founderId === w.f7)).toMatchObject({
      qualified: true,
      sessionsInPeriod: 4,
      certificateNumber: '第3号',
      foundedOn: '2024-08-01',
    });
    expect(r.founders.find((f) => f.founderId === w.f2)!.sessionsInPeriod).toBe(0);
    // The issuing 市区町村 narrows the list.
    const wajima = (await fetchReport(w.manager, `fy=2025&municipality=${encodeURIComponent('輪島市')}`)).report;
    expect(wajima.founders.map((f) => f.founderId)).toEqual([w.f6]);
  });

  it('counts by the organisation’s own mapping of tags to the four areas', async () => {
    const w = await startupWorld();
    const mapping = { ...DEFAULT_STARTUP_AREA_TAGS, management: ['topic-general'], hr: ['topic-hr', 'topic-startup'] };
    expect((await w.manager.send('PUT', '/v1/organisation/startup-areas', { areas: mapping })).status).toBe(200);
    const { report: r } = await fetchReport(w.manager, 'fy=2025');
    expect(r.areaMapping).toBe('organisation');
    const f5 = r.founders.find((f) => f.founderId === w.f5)!;
    expect(f5).toMatchObject({ missingAreas: [], qualified: true });
    expect(f5.sessions.map((s) => s.areas)).toEqual([['management'], ['finance'], ['sales'], ['hr']]);
  });

  it('shows an advisor the founders of their work only, and refuses a colleague’s', async () => {
    const w = await startupWorld();
    // A: 担当 of k1, k4, k5.
    const a = (await fetchReport(w.advisor, 'fy=2025')).report;
    expect(a.scope).toBe('own');
    expect(a.founders.map((f) => f.founderId)).toEqual([w.f4, w.f1, w.f5]);
    // B: attended a session of k4 (every session of F4 still counts), recorded F6.
    const b = (await fetchReport(w.advisor2, 'fy=2025')).report;
    expect(b.founders.map((f) => [f.founderId, f.sessions.length])).toEqual([
      [w.f6, 0],
      [w.f4, 3],
    ]);
    // A manager filtering by B sees what B sees.
    const m = (await fetchReport(w.manager, `fy=2025&advisorId=${w.advisor2.id}`)).report;
    expect(m.founders.map((f) => f.founderId)).toEqual([w.f6, w.f4]);
    expect((await w.advisor.get(`/v1/reports/startup?fy=2025&advisorId=${w.advisor2.id}`)).status).toBe(403);
  });
});
