import { describe, expect, it } from 'vitest';
import { bansoCasesReport, disasterReport, karteQualityReport } from '../../shared';
import { auditRows, putAction, putConsultation } from './fixtures/records';
import { FY2025, reportWorld } from './fixtures/report-world';

type Actor = { get(path: string): Promise<Response> };
async function fetchReport(actor: Actor, path: string): Promise<{ body: unknown; text: string }> {
  const res = await actor.get(path);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return { body: JSON.parse(text), text };
}

describe('GET /v1/reports/banso-cases (伴走支援案件一覧)', () => {
  it('lists each 伴走 case: 担当, 開始日, step, barriers seen and overcome, last contact, overdue actions; no 機微 text', async () => {
    const w = await reportWorld();
    const { body, text } = await fetchReport(w.manager, `/v1/reports/banso-cases?${FY2025}`);
    const r = bansoCasesReport.parse(body);
    expect(r.scope).toBe('organisation');
    expect(r.cases.map((c) => c.businessId).sort()).toEqual([w.b1, w.b2].sort()); // not the deleted business
    const b1 = r.cases.find((c) => c.businessId === w.b1)!;
    expect(b1).toMatchObject({
      businessName: '一号商店',
      assignee: { id: w.advisor.id },
      since: '2025-05-01',
      // x2 (1 April 2026 JST) is the latest to name a step.
      step: { id: 'step-insight', name: '気づき・腹落ち' },
      essentialIssue: '後継者への引継ぎ',
      essentialIssueWithheld: false,
      lastContact: '2026-04-01',
      lastConsultationId: w.x2,
      consultationsInPeriod: 2,
    });
    // 見えない (c1) and 向き合わない (c2) are among the latest three; 足りない only on x1, before them: overcome.
    expect(b1.barriers.map((b) => [b.name, b.firstSeen, b.lastSeen, b.overcome])).toEqual([
      ['見えない', '2025-04-01', '2025-04-01', false],
      ['向き合わない', '2026-03-31', '2026-03-31', false],
      ['足りない', '2025-03-31', '2025-03-31', true],
    ]);
    // Only the open action past its 期日: not the one due later, the done one or the deleted one.
    expect(b1.overdueActions).toEqual([
      { id: w.overdue, consultationId: w.c1, text: '試算表を用意する', withheld: false, dueDate: '2020-01-01' },
    ]);
    const b2 = r.cases.find((c) => c.businessId === w.b2)!;
    // Its 本質的課題 and the action came from the 機微 c3: withheld even from a manager, who may read it on the karte.
    expect(b2).toMatchObject({
      essentialIssue: '',
      essentialIssueWithheld: true,
      overdueActions: [{ id: w.secret, text: '', withheld: true }],
    });
    expect(b2.barriers.map((b) => b.id)).toEqual(['wall-cannot-act']);
    expect(text).not.toContain('機微）');
  });

  it('shows an advisor the cases they are 担当 of, without the tags of a 機微 consultation they may not read', async () => {
    const w = await reportWorld();
    const a = bansoCasesReport.parse((await fetchReport(w.advisor, `/v1/reports/banso-cases?${FY2025}`)).body);
    expect(a.scope).toBe('own');
    expect(a.cases.map((c) => c.businessId).sort()).toEqual([w.b1, w.b2].sort());
    expect(a.cases.find((c) => c.businessId === w.b2)!.barriers).toEqual([]);
    const b = bansoCasesReport.parse((await fetchReport(w.advisor2, `/v1/reports/banso-cases?${FY2025}`)).body);
    expect(b.cases).toEqual([]);
  });

  it('filters by area and by 担当, and counts consultations of the period and 事業区分 asked', async () => {
    const w = await reportWorld();
    const area = bansoCasesReport.parse(
      (await fetchReport(w.manager, `/v1/reports/banso-cases?${FY2025}&municipality=${encodeURIComponent('珠洲市')}`)).body,
    );
    expect(area.cases.map((c) => c.businessId)).toEqual([w.b2]);
    const general = bansoCasesReport.parse((await fetchReport(w.manager, `/v1/reports/banso-cases?${FY2025}&programme=general`)).body);
    expect(general.cases.find((c) => c.businessId === w.b2)!.consultationsInPeriod).toBe(2);
    expect(general.cases.find((c) => c.businessId === w.b1)!.consultationsInPeriod).toBe(0);
    const none = bansoCasesReport.parse(
      (await fetchReport(w.manager, `/v1/reports/banso-cases?${FY2025}&advisorId=${w.advisor2.id}`)).body,
    );
    expect(none.cases).toEqual([]);
  });
});

describe('GET /v1/reports/karte-quality (カルテ品質)', () => {
  it('finds consultations without 相談内容・助言 or next actions per author, and businesses without 本質的課題 per 担当', async () => {
    const w = await reportWorld();
    const { body, text } = await fetchReport(w.manager, `/v1/reports/karte-quality?${FY2025}`);
    const r = karteQualityReport.parse(body);
    const by = Object.fromEntries(r.byAdvisor.map((a) => [a.advisor?.id, [a.consultations, a.noContent, a.noActions, a.noEssentialIssue]]));
    // A: c1 (complete), c2 (no advice, no action). B: c3 (complete, 機微), c4 (講習会: needs no action), c5 (only 経営者の言葉).
    expect(by).toEqual({ [w.advisor.id]: [2, 1, 1, 0], [w.advisor2.id]: [3, 1, 1, 1] });
    expect(r.consultations.map((c) => [c.consultationId, c.noInquiry, c.noAdvice, c.noActions])).toEqual([
      [w.c2, false, true, true],
      [w.c5, true, true, true],
    ]);
    expect(r.consultationsTotal).toBe(2);
    // b3: c5 in the 年度 and x5 before it, no 本質的課題; its 担当 is B, who registered it.
    expect(r.businesses).toEqual([
      {
        businessId: w.b3,
        businessName: '三号製作所',
        assignee: expect.objectContaining({ id: w.advisor2.id }),
        consultations: 2,
        latestConsultationId: w.c5,
      },
    ]);
    expect(text).not.toContain('売上が落ちた');
    expect(text).not.toContain('借入');
  });

  it('shows an advisor their own consultations and the businesses they are 担当 of', async () => {
    const w = await reportWorld();
    const r = karteQualityReport.parse((await fetchReport(w.advisor, `/v1/reports/karte-quality?${FY2025}`)).body);
    expect(r.scope).toBe('own');
    expect(r.consultations.map((c) => c.consultationId)).toEqual([w.c2]);
    expect(r.businesses).toEqual([]);
    const b = karteQualityReport.parse((await fetchReport(w.advisor2, `/v1/reports/karte-quality?${FY2025}`)).body);
    // B attended c2 (A's): it is B's work, counted for its author A.
    expect(b.consultations.map((c) => [c.consultationId, c.author?.id])).toEqual([
      [w.c2, w.advisor.id],
      [w.c5, w.advisor2.id],
    ]);
    expect(b.businesses.map((x) => x.businessId)).toEqual([w.b3]);
  });
  it('counts only live consultations and actions, and looks for a business’s newest consultation in the 事業区分 asked', async () => {
    const w = await reportWorld();
    // A deleted consultation of b3 and a deleted action of c5 change nothing.
    await putConsultation(w.org.id, w.advisor2.id, w.b3, { heldAt: '2025-09-01T01:00:00Z', advice: 'x', deleted: true });
    await putAction(w.org.id, w.advisor2.id, w.b3, { consultationId: w.c5, text: '消した', dueDate: '2025-08-01', deleted: true });
    const all = karteQualityReport.parse((await fetchReport(w.manager, `/v1/reports/karte-quality?${FY2025}`)).body);
    expect(all.businesses.map((b) => [b.businessId, b.consultations, b.latestConsultationId])).toEqual([[w.b3, 2, w.c5]]);
    expect(all.consultations.find((c) => c.consultationId === w.c5)?.noActions).toBe(true);
    // c5 is 経営改善普及事業: b3 has no consultation of the period in 一般事業, so it is not listed there.
    const kaizen = karteQualityReport.parse(
      (await fetchReport(w.manager, `/v1/reports/karte-quality?${FY2025}&programme=kaizen_fukyu`)).body,
    );
    expect(kaizen.businesses.map((b) => b.businessId)).toEqual([w.b3]);
    expect(kaizen.consultations.map((c) => c.consultationId)).toEqual([w.c5]);
    const general = karteQualityReport.parse((await fetchReport(w.manager, `/v1/reports/karte-quality?${FY2025}&programme=general`)).body);
    expect(general.businesses).toEqual([]);
    expect(general.byAdvisor.map((a) => [a.advisor?.id, a.consultations, a.noContent, a.noActions])).toEqual([[w.advisor2.id, 2, 0, 0]]);
  });

  it('lists the consultations lacking something newest first, with their business names, and counts them all', async () => {
    const w = await reportWorld();
    const many = 12;
    const ids: string[] = [];
    for (let i = 0; i < many; i++) {
      ids.push(
        await putConsultation(w.org.id, w.advisor.id, w.b4, { heldAt: `2025-10-${String(10 + i).padStart(2, '0')}T01:00:00Z`, advice: '' }),
      );
    }
    const r = karteQualityReport.parse((await fetchReport(w.manager, `/v1/reports/karte-quality?${FY2025}`)).body);
    expect(r.consultations.map((c) => c.consultationId)).toEqual([w.c2, ...ids.reverse(), w.c5]);
    expect(r.consultationsTotal).toBe(many + 2);
    expect(r.consultations.every((c) => c.businessName !== '')).toBe(true);
  });
});

describe('GET /v1/reports/disaster (被災事業者)', () => {
  it('groups affected businesses by 災害名 with damage, 罹災証明, recovery and the support of the period', async () => {
    const w = await reportWorld();
    const r = disasterReport.parse((await fetchReport(w.manager, `/v1/reports/disaster?${FY2025}`)).body);
    expect(r.disasters.map((d) => [d.name, d.businesses, d.consultations])).toEqual([
      ['令和6年能登半島地震', 2, 3],
      ['', 1, 0],
    ]);
    const noto = r.disasters[0]!;
    expect(noto.byRecovery).toEqual([
      { key: 'rebuilding', businesses: 1 },
      { key: 'unspecified', businesses: 1 },
    ]);
    expect(noto.byCertificate).toEqual([
      { key: 'applied', businesses: 1 },
      { key: 'issued', businesses: 1 },
    ]);
    const b2 = noto.cases.find((c) => c.businessId === w.b2)!;
    expect(b2).toMatchObject({
      businessName: '二号食堂',
      municipality: '珠洲市',
      damage: '店舗が半壊',
      certificate: 'issued',
      certificateDate: '2024-02-01',
      recovery: 'rebuilding',
      consultations: 2,
      lastContact: '2025-06-20',
      lastConsultationId: w.c4,
      tags: [{ id: 'wall-cannot-act', name: '実行できない', count: 1 }],
    });
    expect(noto.cases.find((c) => c.businessId === w.b3)).toMatchObject({ consultations: 1, certificate: 'applied', recovery: null });
    expect(r.disasters[1]!.cases.map((c) => [c.businessId, c.damage])).toEqual([[w.b4, '浸水']]);
  });

  it('shows an advisor the affected businesses they are 担当 of, a colleague’s 機微 tags left out', async () => {
    const w = await reportWorld();
    const r = disasterReport.parse((await fetchReport(w.advisor, `/v1/reports/disaster?${FY2025}`)).body);
    expect(r.scope).toBe('own');
    expect(r.disasters.map((d) => d.cases.map((c) => c.businessId))).toEqual([[w.b2]]);
    expect(r.disasters[0]!.cases[0]!.tags).toEqual([]);
    expect(r.disasters[0]!.cases[0]!.consultations).toBe(2);
  });

  it('audits every report', async () => {
    const w = await reportWorld();
    for (const path of ['banso-cases', 'karte-quality', 'disaster']) await fetchReport(w.advisor, `/v1/reports/${path}?${FY2025}`);
    expect((await auditRows(w.org.id)).filter((a) => a.action.startsWith('report.')).map((a) => [a.advisor_id, a.action])).toEqual([
      [w.advisor.id, 'report.banso_cases'],
      [w.advisor.id, 'report.karte_quality'],
      [w.advisor.id, 'report.disaster'],
    ]);
  });
});
