import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, uuidv7 } from '../../shared';
import { businessFields, consultationFields, expectError, makeClient, orgState } from './fixtures/mutations';
import { makeOrg, type Actor } from './fixtures/org';

/**
 * The sync routes check a token this isolate found live before in their own first read
 * (server/src/middleware/admit-in-batch.ts): every case here uses the token once first, so the
 * check of the next request is the one inside the push's or pull's batch.
 */

const tokenIdOf = async (actor: Actor) =>
  (await env.DB.prepare('SELECT id FROM api_tokens WHERE advisor_id = ?').bind(actor.id).first<{ id: string }>())!.id;

const notMutations = (clientId: string) => ({ protocol: PROTOCOL_VERSION, clientId, mutations: 'none' });

const pullPath = (clientId: string) => `/v1/sync/pull?protocol=${PROTOCOL_VERSION}&clientId=${clientId}&cursor=0`;

describe('sync: a token checked in the request’s own read', () => {
  it('refuses a token revoked after its last request with 401, on push and pull, and writes nothing', async () => {
    const { org, advisor, admin } = await makeOrg();
    const client = makeClient(advisor);
    const businessId = uuidv7();
    await client.push([{ kind: 'business', recordId: businessId, fields: businessFields() }]);
    await client.pull();
    expect((await admin.send('DELETE', `/v1/admin/tokens/${await tokenIdOf(advisor)}`)).status).toBe(200);

    const before = await orgState(org.id);
    const [mutation] = client.number([{ kind: 'consultation', recordId: uuidv7(), fields: consultationFields(businessId) }]);
    await expectError(await client.rawPush(client.body([mutation])), 401, 'unauthorized');
    await expectError(await advisor.get(pullPath(client.clientId)), 401, 'unauthorized');
    expect(await orgState(org.id)).toEqual(before);
  });

  it('refuses the token of an advisor disabled after its last request with 401', async () => {
    const { advisor, admin } = await makeOrg();
    const client = makeClient(advisor);
    await client.pull();
    expect((await admin.send('PATCH', `/v1/admin/advisors/${advisor.id}`, { disabled: true })).status).toBe(200);
    await expectError(await advisor.get(pullPath(client.clientId)), 401, 'unauthorized');
    const [mutation] = client.number([{ kind: 'business', recordId: uuidv7(), fields: businessFields() }]);
    await expectError(await client.rawPush(client.body([mutation])), 401, 'unauthorized');
  });

  it('answers a revoked token 401 even when its body would have been refused first', async () => {
    const { advisor, admin } = await makeOrg();
    const client = makeClient(advisor);
    await client.pull();
    expect((await admin.send('DELETE', `/v1/admin/tokens/${await tokenIdOf(advisor)}`)).status).toBe(200);
    await expectError(await client.rawPush(notMutations(client.clientId)), 401, 'unauthorized');
    await expectError(await client.rawPush('{not json'), 401, 'unauthorized');
    await expectError(await advisor.get('/v1/sync/pull?protocol=1&cursor=-1'), 401, 'unauthorized');
  });

  it('still answers a live token’s refused body 400', async () => {
    const { advisor } = await makeOrg();
    const client = makeClient(advisor);
    await client.pull();
    await expectError(await client.rawPush(notMutations(client.clientId)), 400, 'validation_failed');
  });

  it('merges and reads with the role the advisor has now, not the one of the token’s last request', async () => {
    const { advisor, manager, admin } = await makeOrg();
    const writer = makeClient(advisor);
    const businessId = uuidv7();
    const consultationId = uuidv7();
    await writer.push([
      { kind: 'business', recordId: businessId, fields: businessFields() },
      {
        kind: 'consultation',
        recordId: consultationId,
        fields: consultationFields(businessId, { sensitive: true, inquiry: '内密の相談' }),
      },
    ]);
    const reader = makeClient(manager);
    expect((await reader.pullAll()).byId.get(consultationId)).toMatchObject({ redacted: false, data: { inquiry: '内密の相談' } });
    const tagId = `tag-${crypto.randomUUID().slice(0, 8)}`;
    const [made] = (await reader.push([{ kind: 'tag', recordId: tagId, fields: { groupId: 'grp-topic', name: '試し' } }])).results;
    expect(made!.status).toBe('applied');

    expect((await admin.send('PATCH', `/v1/admin/advisors/${manager.id}`, { role: 'advisor' })).status).toBe(200);
    expect((await reader.pullAll()).byId.get(consultationId)).toMatchObject({ redacted: true, data: { inquiry: '' } });
    const [refused] = (await reader.push([{ kind: 'tag', recordId: tagId, baseVersion: 0, fields: { name: '試し２' } }])).results;
    expect(refused).toMatchObject({ status: 'rejected', code: 'forbidden' });
  });
});
