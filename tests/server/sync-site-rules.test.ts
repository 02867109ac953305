import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared';
import { businessFields, makeClient } from './fixtures/mutations';
import { makeOrg } from './fixtures/org';

const rule = {
  name: 'BIZミル 事業者ページ',
  system: 'BIZミル',
  urlPattern: 'https://bizmil.example.jp/companies/*',
  extract: { from: 'url', regex: '/companies/(\\d+)' },
  enabled: true,
};

describe('site rules and karte history sync as records', () => {
  it('lets a manager add a site rule that every advisor of the organisation pulls', async () => {
    const { manager, advisor } = await makeOrg();
    const id = uuidv7();
    const pushed = await makeClient(manager).push([{ kind: 'siteRule', recordId: id, fields: rule }]);
    expect(pushed.results[0]).toMatchObject({ status: 'applied' });

    const { byId } = await makeClient(advisor).pullAll();
    expect(byId.get(id)).toMatchObject({ kind: 'siteRule', data: { ...rule, deleted: false } });
  });

  it('refuses a site rule from an advisor, and a malformed pattern from anyone', async () => {
    const { manager, advisor } = await makeOrg();
    const byAdvisor = await makeClient(advisor).push([{ kind: 'siteRule', recordId: uuidv7(), fields: rule }]);
    expect(byAdvisor.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });

    const bad = await makeClient(manager).rawPush({
      protocol: 1,
      clientId: crypto.randomUUID(),
      mutations: [
        { id: 1, kind: 'siteRule', recordId: uuidv7(), baseVersion: 0, fields: { ...rule, extract: { from: 'url', regex: '(a)(b)' } } },
      ],
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'validation_failed' } });
  });

  it.each([
    ['an extract regex', { extract: { from: 'url', regex: 'companies/((?:\\d+-?)+)/detail' } }],
    ['a /…/ URL pattern', { urlPattern: '/bizmil\\.example\\.jp\\/companies\\/((?:\\d+-?)+)\\/detail/' }],
  ])('refuses %s that could freeze every advisor’s browser, and stores nothing', async (_what, change) => {
    const { manager, advisor } = await makeOrg();
    const recordId = uuidv7();
    const pushed = await makeClient(manager).push([{ kind: 'siteRule', recordId, fields: { ...rule, ...change } }]);
    expect(pushed.results[0]).toMatchObject({
      status: 'rejected',
      code: 'validation_failed',
      message: expect.stringContaining('処理が止まるおそれ'),
    });
    for (const who of [manager, advisor]) expect((await makeClient(who).pullAll()).byId.has(recordId)).toBe(false);
  });

  it('lets a manager delete a rule stored before unsafe regexes were refused, but not keep it live', async () => {
    const { manager, org } = await makeOrg();
    const client = makeClient(manager);
    const recordId = uuidv7();
    await client.push([{ kind: 'siteRule', recordId, fields: rule }]);
    // As an older server stored it: the regex is written into the row, past today's check.
    await env.DB.prepare("UPDATE records SET data = json_set(data, '$.extract.regex', ?) WHERE org_id = ? AND id = ?")
      .bind('companies/((?:\\d+-?)+)/detail', org.id, recordId)
      .run();

    const disabled = await client.push([{ kind: 'siteRule', recordId, fields: { enabled: false } }]);
    expect(disabled.results[0]).toMatchObject({
      status: 'rejected',
      code: 'validation_failed',
      message: expect.stringContaining('処理が止まるおそれ'),
    });
    const deleted = await client.push([{ kind: 'siteRule', recordId, fields: { deleted: true } }]);
    expect(deleted.results[0]).toMatchObject({ status: 'applied' });
    expect((await client.pullAll()).byId.get(recordId)).toMatchObject({ data: { deleted: true } });
  });

  it('keeps the karte status history and the dismissal of the 伴走 suggestion', async () => {
    const { advisor } = await makeOrg();
    const client = makeClient(advisor);
    const id = uuidv7();
    const statusChanges = [
      { status: 'consulting', at: '2026-04-01T00:00:00.000Z' },
      { status: 'banso', at: '2026-09-01T00:00:00.000Z' },
    ];
    await client.push([
      { kind: 'business', recordId: id, fields: businessFields({ status: 'banso', bansoSince: '2026-09-01', statusChanges }) },
    ]);
    await client.push([{ kind: 'business', recordId: id, fields: { bansoSuggestionDismissedAt: '2026-10-01T00:00:00.000Z' } }]);
    const { byId } = await client.pullAll();
    expect(byId.get(id)!.data).toMatchObject({ statusChanges, bansoSuggestionDismissedAt: '2026-10-01T00:00:00.000Z' });
  });
});
