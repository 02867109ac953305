import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { LIMITS, SENSITIVE_FIELDS, uuidv7 } from '../../shared';
import { businessFields, makeClient, orgState, seedKarte, type Change } from './fixtures/mutations';
import { makeOrg } from './fixtures/org';

describe('GET /v1/sync/pull', () => {
  it('pages through 1,234 records with limit 100, missing nothing and repeating nothing', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const created: Change[] = Array.from({ length: 1234 }, (_, i) => ({
      kind: 'business',
      recordId: uuidv7(),
      fields: businessFields({ name: `事業者${i}` }),
    }));
    for (let i = 0; i < created.length; i += LIMITS.mutationsPerPush) await client.push(created.slice(i, i + LIMITS.mutationsPerPush));

    const reader = makeClient(advisor);
    const ids: string[] = [];
    const versions: number[] = [];
    let cursor = 0;
    let pages = 0;
    for (;;) {
      const page = await reader.pull(cursor, 100);
      pages++;
      expect(page.changes.length).toBeLessThanOrEqual(100);
      ids.push(...page.changes.map((e) => e.id));
      versions.push(...page.changes.map((e) => e.version));
      if (page.changes.length > 0) expect(page.cursor).toBe(page.changes.at(-1)!.version);
      cursor = page.cursor;
      if (!page.hasMore) break;
      expect(page.changes).toHaveLength(100);
    }

    const stored = await env.DB.prepare('SELECT id FROM records WHERE org_id = ?').bind(org.id).all<{ id: string }>();
    expect(stored.results.length).toBeGreaterThan(1234); // plus the seeded tags
    expect(ids).toHaveLength(stored.results.length);
    expect(new Set(ids)).toEqual(new Set(stored.results.map((r) => r.id)));
    expect(versions.every((v, i) => i === 0 || v > versions[i - 1]!)).toBe(true);
    expect(pages).toBe(Math.ceil(stored.results.length / 100));
    expect(cursor).toBe((await orgState(org.id)).version);
  });

  it('answers an empty page at the end with the request cursor and no more to come', async () => {
    const { org, advisor } = await makeOrg();
    const { version } = await orgState(org.id);
    const page = await makeClient(advisor).pull(version);
    expect(page).toMatchObject({ changes: [], cursor: version, hasMore: false, lastMutationId: 0 });
  });

  it('uses the default page size when no limit is given', async () => {
    const { org, advisor } = await makeOrg();
    const page = await makeClient(advisor).pull(0);
    const { records } = await orgState(org.id);
    expect(page.changes).toHaveLength(Math.min(records, LIMITS.pullPageDefault));
  });

  it('pulls tombstones with their data, and the undo after them', async () => {
    const { advisor, advisor2 } = await makeOrg();
    const writer = makeClient(advisor);
    const reader = makeClient(advisor2);
    const { businessId, business } = await seedKarte(writer);
    const { cursor } = await reader.pullAll();

    await writer.push([{ kind: 'business', recordId: businessId, baseVersion: business.version, fields: { deleted: true } }]);
    const afterDelete = await reader.pullAll(cursor);
    expect(afterDelete.all).toHaveLength(1);
    expect(afterDelete.byId.get(businessId)!.data).toMatchObject({ deleted: true, name: businessFields().name });

    await writer.push([{ kind: 'business', recordId: businessId, baseVersion: afterDelete.cursor, fields: { deleted: false } }]);
    expect((await reader.pullAll(afterDelete.cursor)).byId.get(businessId)!.data).toMatchObject({ deleted: false });
  });

  it('redacts a 機微 consultation for other advisors, not for its author or a manager', async () => {
    const { advisor, advisor2, manager } = await makeOrg();
    const author = makeClient(advisor);
    const { consultationId } = await seedKarte(author, {
      sensitive: true,
      ownerWords: '持病の治療で店を休みがち',
      personMet: '代表者の妻',
      sourceUrl: 'https://bizmil.example.jp/karte/1',
      sourceTitle: 'BIZミル',
    });

    const hidden = (await makeClient(advisor2).pullAll()).byId.get(consultationId)!;
    expect(hidden.redacted).toBe(true);
    for (const f of SENSITIVE_FIELDS) expect(hidden.data[f]).toBe(f === 'sourceUrl' ? null : '');
    expect(hidden.data).toMatchObject({ sensitive: true, channel: 'counter', heldAt: '2026-04-01T09:30:00Z' });

    for (const reader of [author, makeClient(manager)]) {
      const full = (await reader.pullAll()).byId.get(consultationId)!;
      expect(full.redacted).toBe(false);
      expect(full.data).toMatchObject({ ownerWords: '持病の治療で店を休みがち', personMet: '代表者の妻' });
    }
  });

  it('reports the caller’s own client progress as lastMutationId', async () => {
    const { advisor } = await makeOrg();
    const client = makeClient(advisor);
    await seedKarte(client);
    expect((await client.pull()).lastMutationId).toBe(2);
  });
});
