import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { RECORD_DEFAULTS, uuidv7 } from '../../shared';
import { businessFields, consultationFields, expectError, makeClient, orgState, storedRow } from './fixtures/mutations';
import { makeOrg } from './fixtures/org';

const lastMutationIdOf = (orgId: string, clientId: string) =>
  env.DB.prepare('SELECT last_mutation_id AS n FROM sync_clients WHERE org_id = ? AND client_id = ?')
    .bind(orgId, clientId)
    .first<{ n: number }>();

describe('POST /v1/sync/push: applying mutations', () => {
  it('creates records with defaults, the author and one fresh org version each', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const before = await orgState(org.id);
    const businessId = uuidv7();
    const consultationId = uuidv7();
    const res = await client.push([
      { kind: 'business', recordId: businessId, fields: businessFields() },
      { kind: 'consultation', recordId: consultationId, fields: consultationFields(businessId) },
    ]);

    expect(res.results).toEqual([
      { id: 1, status: 'applied' },
      { id: 2, status: 'applied' },
    ]);
    expect(res.lastMutationId).toBe(2);
    expect(res.cursor).toBe(before.version + 2);
    expect(await orgState(org.id)).toEqual({ version: before.version + 2, records: before.records + 2 });

    const row = (await storedRow(org.id, businessId))!;
    expect(row.version).toBe(before.version + 1);
    expect(row.author_id).toBe(advisor.id);
    expect(JSON.parse(row.data)).toEqual({ ...RECORD_DEFAULTS.business, ...businessFields() });
    const fieldVersions = JSON.parse(row.field_versions) as Record<string, number>;
    expect(Object.values(fieldVersions).every((v) => v === before.version + 1)).toBe(true);
    expect((await storedRow(org.id, consultationId))!.version).toBe(before.version + 2);
  });

  it('lets a client edit its own text twice before pulling without a conflict copy of itself', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const other = makeClient(advisor);
    const businessId = uuidv7();
    const consultationId = uuidv7();
    await client.push([
      { kind: 'business', recordId: businessId, fields: businessFields() },
      { kind: 'consultation', recordId: consultationId, fields: consultationFields(businessId) },
    ]);
    // Both edits are based on version 0: the client has not pulled its own first edit back.
    const first = await client.push([{ kind: 'consultation', recordId: consultationId, fields: { advice: '一度目の助言' } }]);
    const second = await client.push([{ kind: 'consultation', recordId: consultationId, fields: { advice: '書き直した助言' } }]);
    expect([first.results[0]!.conflictIds, second.results[0]!.conflictIds]).toEqual([undefined, undefined]);
    expect(JSON.parse((await storedRow(org.id, consultationId))!.data).advice).toBe('書き直した助言');

    // Another device that never saw those edits still gets its text kept as a conflict copy.
    const third = await other.push([{ kind: 'consultation', recordId: consultationId, fields: { advice: '別端末の助言' } }]);
    expect(third.results[0]!.conflictIds).toHaveLength(1);
  });

  it('applies a replayed push once: the replay answers duplicate and rewrites nothing', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const businessId = uuidv7();
    const mutations = client.number([
      { kind: 'business', recordId: businessId, fields: businessFields() },
      { kind: 'business', recordId: businessId, fields: { municipality: '七尾市' } },
    ]);
    const first = await client.pushNumbered(mutations);
    const rowAfterFirst = await storedRow(org.id, businessId);
    const stateAfterFirst = await orgState(org.id);

    const replay = await client.pushNumbered(mutations);
    expect(replay.results).toEqual([
      { id: 1, status: 'duplicate' },
      { id: 2, status: 'duplicate' },
    ]);
    expect(replay.lastMutationId).toBe(2);
    expect(replay.cursor).toBe(first.cursor);
    expect(await orgState(org.id)).toEqual(stateAfterFirst);
    expect(await storedRow(org.id, businessId)).toEqual(rowAfterFirst);
  });

  it('skips the already applied part of a later push and applies the rest', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const ids = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const all = client.number(ids.map((id, i) => ({ kind: 'business', recordId: id, fields: businessFields({ name: `事業者${i}` }) })));
    await client.pushNumbered(all.slice(0, 2));
    const before = await orgState(org.id);

    const res = await client.pushNumbered(all.slice(1));
    expect(res.results.map((r) => r.status)).toEqual(['duplicate', 'applied', 'applied']);
    expect(res.lastMutationId).toBe(4);
    expect(await orgState(org.id)).toEqual({ version: before.version + 2, records: before.records + 2 });
  });

  it('refuses a gap with 409 mutation_gap naming lastMutationId, and writes nothing', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const all = client.number(
      [1, 2, 3, 4].map((i) => ({ kind: 'business' as const, recordId: uuidv7(), fields: businessFields({ name: `事業者${i}` }) })),
    );
    await client.pushNumbered(all.slice(0, 1));
    const before = await orgState(org.id);

    const body = await expectError(await client.rawPush(client.body(all.slice(2))), 409, 'mutation_gap');
    expect(body.error.details).toEqual([{ path: 'lastMutationId', message: '1' }]);
    expect(body.error.message).toContain('1');
    expect(await orgState(org.id)).toEqual(before);
    expect((await lastMutationIdOf(org.id, client.clientId))!.n).toBe(1);

    // The client resends from lastMutationId + 1 and everything lands.
    const res = await client.pushNumbered(all.slice(1));
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
  });

  it('consumes a rejected mutation without blocking the ones after it', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const businessId = uuidv7();
    const before = await orgState(org.id);
    const res = await client.push([
      { kind: 'consultation', recordId: uuidv7(), fields: consultationFields(uuidv7()) },
      { kind: 'business', recordId: businessId, fields: businessFields() },
    ]);
    expect(res.results[0]).toMatchObject({ id: 1, status: 'rejected', code: 'not_found' });
    expect(res.results[0]!.message).toMatch(/事業者/);
    expect(res.results[1]).toEqual({ id: 2, status: 'applied' });
    expect(res.lastMutationId).toBe(2);
    expect(await orgState(org.id)).toEqual({ version: before.version + 1, records: before.records + 1 });

    const next = await client.push([{ kind: 'business', recordId: businessId, fields: { deleted: true } }]);
    expect(next.results).toEqual([{ id: 3, status: 'applied' }]);
  });

  it('records a push whose mutations were all rejected, so they are not resent forever', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const before = await orgState(org.id);
    const res = await client.push([{ kind: 'business', recordId: uuidv7(), fields: { municipality: '輪島市' } }]);
    expect(res.results[0]).toMatchObject({ status: 'rejected', code: 'validation_failed' });
    expect(res.results[0]!.message).toContain('事業者名');
    expect(res.lastMutationId).toBe(1);
    expect(await orgState(org.id)).toEqual(before);
    expect((await lastMutationIdOf(org.id, client.clientId))!.n).toBe(1);
  });

  it('merges several mutations of one record in a push into one write', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const id = uuidv7();
    const before = await orgState(org.id);
    await client.push([
      { kind: 'business', recordId: id, fields: businessFields() },
      { kind: 'business', recordId: id, fields: { vision: '地域一番の工房' } },
      { kind: 'business', recordId: id, fields: { vision: '地域一番の工房になる' } },
    ]);
    expect(await orgState(org.id)).toEqual({ version: before.version + 1, records: before.records + 1 });
    expect(JSON.parse((await storedRow(org.id, id))!.data)).toMatchObject({ vision: '地域一番の工房になる' });
    const copies = await env.DB.prepare("SELECT COUNT(*) AS n FROM records WHERE org_id = ? AND kind = 'conflict'")
      .bind(org.id)
      .first<{ n: number }>();
    expect(copies!.n).toBe(0);
  });
});
