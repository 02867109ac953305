import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { auditPage, uuidv7, type AuditEntryView } from '../../shared';
import { auditStatement, type AuditAction } from '../../server/src/db/audit';
import { expectError } from './fixtures/mutations';
import { makeOrg, type Actor } from './fixtures/org';

async function auditAs(actor: Actor, query = ''): Promise<{ items: AuditEntryView[]; nextCursor: string | null }> {
  const res = await actor.get(`/v1/admin/audit${query ? `?${query}` : ''}`);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return auditPage.parse(JSON.parse(text));
}

/** An organisation with audit entries at known times (JST dates in the comments). */
async function world() {
  const o = await makeOrg();
  const entries: [Actor | null, AuditAction, string | null, string][] = [
    [o.admin, 'export.organisation', JSON.stringify({ scope: 'organisation', sensitive: true }), '2026-04-01T00:30:00.000Z'], // 4/1 JST
    [o.advisor, 'export.own', JSON.stringify({ scope: 'own', sensitive: false }), '2026-04-02T14:59:00.000Z'], // 4/2 23:59 JST
    [o.advisor, 'record.read_sensitive', uuidv7(), '2026-04-02T15:00:00.000Z'], // 4/3 00:00 JST
    [null, 'share.read_by_partner', JSON.stringify({ share: uuidv7(), by: uuidv7() }), '2026-04-04T01:00:00.000Z'],
    [o.manager, 'sync.read_sensitive', JSON.stringify([uuidv7()]), '2026-04-05T01:00:00.000Z'],
    [o.admin, 'advisor.rename', o.advisor.id, '2026-04-06T01:00:00.000Z'],
    [o.manager, 'report.consultations', '{}', '2026-04-07T01:00:00.000Z'],
    [o.admin, 'import.businesses' as AuditAction, '{}', '2026-04-08T01:00:00.000Z'],
    [null, 'org.bootstrap', null, '2026-03-31T01:00:00.000Z'],
  ];
  await env.DB.batch(
    entries.map(([actor, action, target, at]) =>
      auditStatement(env.DB, { orgId: o.org.id, advisorId: actor?.id ?? null, action, target }, at),
    ),
  );
  return o;
}

const actions = (items: AuditEntryView[]) => items.map((i) => i.action);

describe('GET /v1/admin/audit', () => {
  it('lists the organisation’s entries newest first, with the name of who acted', async () => {
    const o = await world();
    const { items, nextCursor } = await auditAs(o.admin);
    expect(nextCursor).toBeNull();
    expect(actions(items)).toEqual([
      'import.businesses',
      'report.consultations',
      'advisor.rename',
      'sync.read_sensitive',
      'share.read_by_partner',
      'record.read_sensitive',
      'export.own',
      'export.organisation',
      'org.bootstrap',
    ]);
    const names = await o.admin.get('/v1/directory').then((r) => r.json() as Promise<{ advisors: { id: string; name: string }[] }>);
    const nameOf = new Map(names.advisors.map((a) => [a.id, a.name]));
    expect(items.find((i) => i.action === 'export.own')).toMatchObject({
      advisorId: o.advisor.id,
      advisorName: nameOf.get(o.advisor.id),
      target: '{"scope":"own","sensitive":false}',
    });
    expect(items.at(-1)).toMatchObject({ advisorId: null, advisorName: null });
  });

  it.each([
    ['export', ['export.own', 'export.organisation']],
    ['import', ['import.businesses']],
    ['sensitive', ['sync.read_sensitive', 'record.read_sensitive']],
    ['admin', ['advisor.rename', 'org.bootstrap']],
    ['report', ['report.consultations']],
    ['sharing', ['share.read_by_partner']],
  ])('filters by kind: %s', async (group, expected) => {
    const o = await world();
    expect(actions((await auditAs(o.admin, `group=${group}`)).items)).toEqual(expected);
  });

  it('filters by person and by JST dates, both ends included', async () => {
    const o = await world();
    expect(actions((await auditAs(o.admin, `advisorId=${o.advisor.id}`)).items)).toEqual(['record.read_sensitive', 'export.own']);
    expect(actions((await auditAs(o.admin, 'from=2026-04-02&to=2026-04-02')).items)).toEqual(['export.own']);
    expect(actions((await auditAs(o.admin, 'from=2026-04-03&to=2026-04-05')).items)).toEqual([
      'sync.read_sensitive',
      'share.read_by_partner',
      'record.read_sensitive',
    ]);
    expect(actions((await auditAs(o.admin, `group=sensitive&advisorId=${o.manager.id}&from=2026-04-01`)).items)).toEqual([
      'sync.read_sensitive',
    ]);
    expect((await auditAs(o.admin, 'from=2027-01-01')).items).toEqual([]);
  });

  it('pages through every entry once', async () => {
    const o = await world();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await auditAs(o.admin, `limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual((await auditAs(o.admin)).items.map((i) => i.id));
  });

  it('never shows another organisation’s entries', async () => {
    const o = await world();
    const other = await makeOrg();
    expect((await auditAs(other.admin)).items).toEqual([]);
    expect((await auditAs(o.admin, `advisorId=${other.admin.id}`)).items).toEqual([]);
  });

  it('is for admins only', async () => {
    const o = await world();
    for (const actor of [o.advisor, o.manager]) await expectError(await actor.get('/v1/admin/audit'), 403, 'forbidden');
  });

  it.each([
    ['an unknown kind', 'group=everything'],
    ['a date that does not exist', 'from=2026-02-30'],
    ['from after to', 'from=2026-04-05&to=2026-04-01'],
    ['limit 0', 'limit=0'],
    ['limit over 200', 'limit=201'],
    ['an advisor id that is not a UUID', 'advisorId=admin'],
    ['an unknown parameter', 'action=export.own'],
    ['a forged cursor', 'cursor=not-a-cursor'],
  ])('answers 400 for %s', async (_, query) => {
    const o = await world();
    await expectError(await o.admin.get(`/v1/admin/audit?${query}`), 400, 'validation_failed');
  });
});
