import { describe, expect, it } from 'vitest';
import { countsResponse, errorBody } from '../../shared';
import { makeOrg } from './fixtures/org';
import { auditRows, putBusiness, putConsultation } from './fixtures/records';

const APRIL = 'from=2026-04-01&to=2026-04-30';

/** An organisation whose April (JST) has 4 countable consultations and several that must not count. */
async function aprilWorld() {
  const world = await makeOrg();
  const { org, advisor, advisor2 } = world;
  const b1 = await putBusiness(org.id, { name: '一号商店' });
  const b2 = await putBusiness(org.id, { name: '二号商店' });
  const gone = await putBusiness(org.id, { name: '削除した事業者', deleted: true });
  // 2026-04-01 00:30 JST: counts in April although the UTC date is still March.
  await putConsultation(org.id, advisor.id, b1, { heldAt: '2026-03-31T15:30:00Z', channel: 'counter', programme: 'kaizen_fukyu' });
  await putConsultation(org.id, advisor.id, b1, {
    heldAt: '2026-04-10T01:00:00Z',
    channel: 'visit',
    programme: null,
    advisorIds: [advisor2.id, advisor.id],
  });
  await putConsultation(org.id, advisor2.id, b2, { heldAt: '2026-04-11T01:00:00Z', channel: 'counter', programme: 'kaizen_fukyu' });
  // 2026-04-30 23:59:59.999 JST: the last instant of the period.
  await putConsultation(org.id, advisor2.id, b2, { heldAt: '2026-04-30T14:59:59.999Z', channel: 'phone', programme: null });
  // Not counted: deleted, of a deleted business, just before and just after the period.
  await putConsultation(org.id, advisor.id, b1, { heldAt: '2026-04-12T01:00:00Z', deleted: true });
  await putConsultation(org.id, advisor.id, gone, { heldAt: '2026-04-12T01:00:00Z' });
  await putConsultation(org.id, advisor.id, b2, { heldAt: '2026-03-31T14:59:59Z' });
  await putConsultation(org.id, advisor.id, b2, { heldAt: '2026-04-30T15:00:00Z' });
  // Another organisation's consultation in the same period.
  const other = await makeOrg();
  await putConsultation(other.org.id, other.advisor.id, await putBusiness(other.org.id, { name: '他組織' }), {
    heldAt: '2026-04-15T01:00:00Z',
  });
  return world;
}

describe('GET /v1/reports/consultation-counts', () => {
  it('counts 延べ and 実数 per JST period, by channel, programme and advisor', async () => {
    const { manager, advisor, advisor2 } = await aprilWorld();
    const res = await manager.get(`/v1/reports/consultation-counts?${APRIL}`);
    expect(res.status).toBe(200);
    expect(countsResponse.parse(await res.json())).toEqual({
      from: '2026-04-01',
      to: '2026-04-30',
      total: { consultations: 4, businesses: 2 },
      byChannel: {
        counter: { consultations: 2, businesses: 2 },
        visit: { consultations: 1, businesses: 1 },
        phone: { consultations: 1, businesses: 1 },
      },
      byProgramme: { kaizen_fukyu: { consultations: 2, businesses: 2 }, unspecified: { consultations: 2, businesses: 2 } },
      // A consultation counts once for each advisor involved (author or listed), never twice for one.
      byAdvisor: { [advisor.id]: { consultations: 2, businesses: 1 }, [advisor2.id]: { consultations: 3, businesses: 2 } },
    });
  });

  it('answers zeros for a period without consultations', async () => {
    const { manager } = await makeOrg();
    const body = countsResponse.parse(await (await manager.get('/v1/reports/consultation-counts?from=2020-01-01&to=2020-01-31')).json());
    expect(body).toMatchObject({ total: { consultations: 0, businesses: 0 }, byChannel: {}, byProgramme: {}, byAdvisor: {} });
  });

  it('is an export: each report is written to the audit log', async () => {
    const { org, admin } = await makeOrg();
    expect((await admin.get(`/v1/reports/consultation-counts?${APRIL}`)).status).toBe(200);
    expect(await auditRows(org.id)).toEqual([
      { advisor_id: admin.id, action: 'report.consultation_counts', target: '2026-04-01..2026-04-30' },
    ]);
  });

  it('refuses advisors with 403 and audits nothing', async () => {
    const { org, advisor } = await makeOrg();
    const res = await advisor.get(`/v1/reports/consultation-counts?${APRIL}`);
    expect(res.status).toBe(403);
    expect(errorBody.parse(await res.json()).error.code).toBe('forbidden');
    expect(await auditRows(org.id)).toEqual([]);
  });

  it.each([
    ['an end before the start', 'from=2026-04-30&to=2026-04-01', 'to'],
    ['a date that does not exist', 'from=2026-02-30&to=2026-03-31', 'from'],
    ['a missing end', 'from=2026-04-01', 'to'],
    ['a date with a time', 'from=2026-04-01T00:00:00Z&to=2026-04-30', 'from'],
  ])('answers 400 for %s', async (_label, query, path) => {
    const { manager } = await makeOrg();
    const res = await manager.get(`/v1/reports/consultation-counts?${query}`);
    expect(res.status).toBe(400);
    const { error } = errorBody.parse(await res.json());
    expect(error.code).toBe('validation_failed');
    expect(error.details?.map((d) => d.path)).toContain(path);
  });
});
