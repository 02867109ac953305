import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, uuidv7, type Mutation, type PushRequest } from '../../shared';
import { guard } from '../../server/src/db/push-guard';
import { hashToken } from '../../server/src/db/tokens';
import { recallPush, REMEMBERED_MS } from '../../server/src/sync/push-memory';
import { pushFromMemory, readFromMemory } from '../../server/src/sync/remembered-push';
import type { Admission, Caller } from '../../server/src/types';
import { businessFields, consultationFields, expectError, makeClient, orgState, storedRow, type Client } from './fixtures/mutations';
import { makeOrg, type Actor } from './fixtures/org';

/**
 * A client's next push merges against what its last push left this isolate knowing and commits in
 * one batch (server/src/sync/remembered-push.ts). Whatever moved since — another device's write, a
 * revoked token, a disabled co-advisor, a row written behind the API's back — must make the push
 * answer exactly what it would have answered from a fresh read.
 */

async function callerOf(actor: Actor): Promise<Caller> {
  return { advisorId: actor.id, orgId: actor.orgId, role: actor.role, tokenHash: await hashToken(actor.token) };
}

/**
 * A client that has pushed a business, then a consultation on it (`consultation` its fields): the
 * second push read the business and its tag, so the isolate remembers them. Its last mutation is 2.
 */
async function remembering(actor: Actor, consultation: Record<string, unknown> = { tagIds: ['topic-finance'] }) {
  const client = makeClient(actor);
  const businessId = uuidv7();
  await client.push([{ kind: 'business', recordId: businessId, fields: businessFields({ municipality: '金沢市' }) }]);
  await client.push([{ kind: 'consultation', recordId: uuidv7(), fields: consultationFields(businessId, consultation) }]);
  return { client, businessId };
}

const request = (client: Client, changes: Parameters<Client['number']>[0]): PushRequest =>
  ({ protocol: PROTOCOL_VERSION, clientId: client.clientId, mutations: client.number(changes) }) as PushRequest;

describe('sync push: from what the client’s last push left remembered', () => {
  it('commits a new consultation on a remembered business in the one batch it hands the admission', async () => {
    const { org, advisor } = await makeOrg();
    const { client, businessId } = await remembering(advisor);
    const before = recallPush(org.id, client.clientId);
    expect(before?.records.has(businessId)).toBe(true);

    const batches: number[] = [];
    const admission: Admission = {
      batch: () => Promise.reject(new Error('a push from memory reads nothing')),
      guardedBatch: async (guards, statements) => {
        batches.push(statements.length);
        await env.DB.batch([...guard(env.DB, guards), ...statements]);
        return true;
      },
    };
    const consultationId = uuidv7();
    const req = request(client, [
      { kind: 'consultation', recordId: consultationId, fields: consultationFields(businessId, { tagIds: ['topic-finance'] }) },
    ]);
    const answer = await pushFromMemory(env.DB, await callerOf(advisor), req, admission);

    expect(batches).toHaveLength(1);
    expect(answer).toMatchObject({ lastMutationId: 3, cursor: before!.orgVersion + 1, results: [{ id: 3, status: 'applied' }] });
    expect((await orgState(org.id)).version).toBe(before!.orgVersion + 1);
    expect(JSON.parse((await storedRow(org.id, consultationId))!.data)).toMatchObject({ businessId, tagIds: ['topic-finance'] });
    // What the commit leaves is remembered for the next push; the written record is read again when needed.
    expect(recallPush(org.id, client.clientId)).toMatchObject({ orgVersion: before!.orgVersion + 1, lastMutationId: 3 });
    expect(recallPush(org.id, client.clientId)!.records.has(consultationId)).toBe(false);
    // The client then pulls it back like any other change.
    expect((await client.pullAll()).byId.get(consultationId)?.version).toBe(before!.orgVersion + 1);
  });

  it('reads instead when nothing is remembered, a record named is not remembered, or the push merges businesses', async () => {
    const { org, advisor } = await makeOrg();
    const { client, businessId } = await remembering(advisor);
    const caller = await callerOf(advisor);
    const memory = recallPush(org.id, client.clientId);
    const consultation = (tagIds: string[]) =>
      ({ id: 3, kind: 'consultation', recordId: uuidv7(), baseVersion: 0, fields: consultationFields(businessId, { tagIds }) }) as Mutation;
    expect(readFromMemory(memory, caller, [consultation(['topic-finance'])])?.absent).toHaveLength(1);
    expect(readFromMemory(null, caller, [consultation(['topic-finance'])])).toBeNull();
    // A tag the last push did not read may exist: only a read can tell.
    expect(readFromMemory(memory, caller, [consultation(['topic-tax'])])).toBeNull();
    // Not the mutation after the remembered one (a resend, or a gap): the read answers duplicate or 409.
    expect(readFromMemory(memory, caller, [{ ...consultation(['topic-finance']), id: 2 }])).toBeNull();
    // Another role than remembered (the token's check would roll the commit back anyway).
    expect(readFromMemory(memory, { ...caller, role: 'manager' }, [consultation(['topic-finance'])])).toBeNull();
    const merge = {
      id: 3,
      kind: 'business' as const,
      recordId: uuidv7(),
      baseVersion: 0,
      fields: { ...businessFields(), mergedInto: businessId },
    };
    expect(readFromMemory(memory, caller, [merge])).toBeNull();
  });

  it('forgets nothing it may still use: only after REMEMBERED_MS, or once a commit of this isolate moved the organisation', async () => {
    const { org, advisor, advisor2 } = await makeOrg();
    const { client } = await remembering(advisor);
    const memory = recallPush(org.id, client.clientId)!;
    expect(recallPush(org.id, client.clientId, memory.at + REMEMBERED_MS)).toBe(memory);
    expect(recallPush(org.id, client.clientId, memory.at + REMEMBERED_MS + 1)).toBeNull();
    await makeClient(advisor2).push([{ kind: 'business', recordId: uuidv7(), fields: businessFields() }]);
    expect(recallPush(org.id, client.clientId)).toBeNull();
  });

  it('merges an edit against another device’s write made since, instead of the remembered record', async () => {
    const { org, advisor } = await makeOrg();
    const { client, businessId } = await remembering(advisor);
    const baseVersion = (await storedRow(org.id, businessId))!.version;
    const other = makeClient(advisor);
    await other.push([{ kind: 'business', recordId: businessId, baseVersion, fields: { municipality: '白山市' } }]);

    const [result] = (await client.push([{ kind: 'business', recordId: businessId, baseVersion, fields: { nameKana: 'カワセミ' } }]))
      .results;
    expect(result!.status).toBe('applied');
    expect(JSON.parse((await storedRow(org.id, businessId))!.data)).toMatchObject({ municipality: '白山市', nameKana: 'カワセミ' });
  });

  it('rolls back and merges from a read when a remembered record was rewritten behind the API (a restored database)', async () => {
    const { org, advisor } = await makeOrg();
    const { client, businessId } = await remembering(advisor);
    // The organisation version stays; only the row changes, at a version the memory does not hold.
    await env.DB.prepare(
      `UPDATE records SET data = json_set(data, '$.municipality', '野々市市'), version = version + 1000 WHERE org_id = ? AND id = ?`,
    )
      .bind(org.id, businessId)
      .run();
    const baseVersion = (await storedRow(org.id, businessId))!.version;
    await client.push([{ kind: 'business', recordId: businessId, baseVersion, fields: { nameKana: 'カワセミ' } }]);
    expect(JSON.parse((await storedRow(org.id, businessId))!.data)).toMatchObject({ municipality: '野々市市', nameKana: 'カワセミ' });
  });

  it('does not take an id as new once a row holds it, however it got there', async () => {
    const { org, advisor } = await makeOrg();
    const { client, businessId } = await remembering(advisor);
    const id = uuidv7();
    await env.DB.prepare(
      `INSERT INTO records (org_id, id, kind, version, deleted, data, field_versions, author_id, sensitive, created_at, updated_at)
       VALUES (?, ?, 'tag', 999999, 0, '{"groupId":"grp-topic","name":"紛れ込んだタグ"}', '{}', NULL, 0, '2026-01-01', '2026-01-01')`,
    )
      .bind(org.id, id)
      .run();
    const [result] = (await client.push([{ kind: 'consultation', recordId: id, fields: consultationFields(businessId) }])).results;
    expect(result).toMatchObject({ status: 'rejected', code: 'kind_mismatch' });
    expect((await storedRow(org.id, id))!.kind).toBe('tag');
  });

  it('refuses a co-advisor disabled since the last push, as a read would', async () => {
    const { org, advisor, advisor2, admin } = await makeOrg();
    const { client, businessId } = await remembering(advisor, { advisorIds: [advisor2.id] });
    expect(recallPush(org.id, client.clientId)?.liveAdvisors?.has(advisor2.id)).toBe(true);
    expect((await admin.send('PATCH', `/v1/admin/advisors/${advisor2.id}`, { disabled: true })).status).toBe(200);

    const before = await orgState(org.id);
    const [result] = (
      await client.push([
        { kind: 'consultation', recordId: uuidv7(), fields: consultationFields(businessId, { advisorIds: [advisor2.id] }) },
      ])
    ).results;
    expect(result).toMatchObject({ status: 'rejected', code: 'not_found' });
    expect((await orgState(org.id)).records).toBe(before.records);
  });

  it('answers a token revoked since the last push 401 and writes nothing', async () => {
    const { org, advisor, admin } = await makeOrg();
    const { client, businessId } = await remembering(advisor);
    const tokenId = (await env.DB.prepare('SELECT id FROM api_tokens WHERE advisor_id = ?').bind(advisor.id).first<{ id: string }>())!.id;
    expect((await admin.send('DELETE', `/v1/admin/tokens/${tokenId}`)).status).toBe(200);
    const before = await orgState(org.id);
    const [mutation] = client.number([
      { kind: 'consultation', recordId: uuidv7(), fields: consultationFields(businessId, { tagIds: ['topic-finance'] }) },
    ]);
    await expectError(await client.rawPush(client.body([mutation])), 401, 'unauthorized');
    expect(await orgState(org.id)).toEqual(before);
  });

  it('merges with the role the advisor has now, not the one remembered', async () => {
    const { org, manager, admin } = await makeOrg();
    const client = makeClient(manager);
    const tag = () => ({
      kind: 'tag' as const,
      recordId: `tag-${crypto.randomUUID().slice(0, 8)}`,
      fields: { groupId: 'grp-topic', name: '試し' },
    });
    expect((await client.push([tag()])).results[0]!.status).toBe('applied');
    expect((await client.push([tag()])).results[0]!.status).toBe('applied');
    expect(recallPush(org.id, client.clientId)?.records.has('grp-topic')).toBe(true);
    expect((await admin.send('PATCH', `/v1/admin/advisors/${manager.id}`, { role: 'advisor' })).status).toBe(200);

    const before = await orgState(org.id);
    expect((await client.push([tag()])).results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect((await orgState(org.id)).records).toBe(before.records);
  });

  it('forgets a client whose push failed, so its next push reads', async () => {
    const { org, advisor } = await makeOrg();
    const { client } = await remembering(advisor);
    const gap = client.number([{ kind: 'business', recordId: uuidv7(), fields: businessFields() }]).map((m) => ({ ...m, id: m.id + 5 }));
    await expectError(await client.rawPush(client.body(gap)), 409, 'mutation_gap');
    expect(recallPush(org.id, client.clientId)).toBeNull();
  });
});
