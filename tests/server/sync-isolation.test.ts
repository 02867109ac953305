import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, uuidv7 } from '../../shared';
import { businessFields, consultationFields, expectError, makeClient, orgState, seedKarte, storedRow } from './fixtures/mutations';
import { makeOrg } from './fixtures/org';

describe('sync is scoped to the caller: organisation and client', () => {
  it('never pulls another organisation’s records', async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    await seedKarte(makeClient(mine.advisor));
    const theirKarte = await seedKarte(makeClient(theirs.advisor), { advice: '他組織の助言' });

    const { all } = await makeClient(mine.manager).pullAll();
    const own = await env.DB.prepare('SELECT id, version FROM records WHERE org_id = ? ORDER BY version')
      .bind(mine.org.id)
      .all<{ id: string; version: number }>();
    expect(all.map((e) => [e.id, e.version])).toEqual(own.results.map((r) => [r.id, r.version]));
    expect(all.some((e) => e.id === theirKarte.consultationId || e.id === theirKarte.businessId)).toBe(false);
  });

  it('writes the same record id as a separate record of the caller’s organisation, never touching the other', async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    const theirKarte = await seedKarte(makeClient(theirs.advisor));
    const theirRow = await storedRow(theirs.org.id, theirKarte.businessId);
    const theirState = await orgState(theirs.org.id);

    const res = await makeClient(mine.advisor).push([
      {
        kind: 'business',
        recordId: theirKarte.businessId,
        baseVersion: theirKarte.business.version,
        fields: businessFields({ name: '乗っ取り' }),
      },
      { kind: 'consultation', recordId: theirKarte.consultationId, baseVersion: 99, fields: { deleted: true } },
    ]);
    expect(res.results[0]!.status).toBe('applied');
    // Not a consultation here: without the other org's row it is a new, incomplete record.
    expect(res.results[1]).toMatchObject({ status: 'rejected', code: 'validation_failed' });
    expect(await storedRow(theirs.org.id, theirKarte.businessId)).toEqual(theirRow);
    expect(await orgState(theirs.org.id)).toEqual(theirState);
    expect(JSON.parse((await storedRow(mine.org.id, theirKarte.businessId))!.data).name).toBe('乗っ取り');
  });

  it('does not let records point at another organisation’s business or tags', async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    const theirKarte = await seedKarte(makeClient(theirs.advisor));
    const theirTag = uuidv7();
    await makeClient(theirs.manager).push([{ kind: 'tag', recordId: theirTag, fields: { groupId: 'grp-topic', name: '他組織のタグ' } }]);
    const myBusiness = uuidv7();

    const res = await makeClient(mine.advisor).push([
      { kind: 'consultation', recordId: uuidv7(), fields: consultationFields(theirKarte.businessId) },
      { kind: 'business', recordId: myBusiness, fields: businessFields() },
      { kind: 'consultation', recordId: uuidv7(), fields: consultationFields(myBusiness, { tagIds: [theirTag] }) },
    ]);
    expect(res.results.map((r) => r.code ?? r.status)).toEqual(['not_found', 'applied', 'unknown_tag']);
  });

  it('refuses a client id registered by another advisor with 403, writing nothing', async () => {
    const { org, advisor, advisor2 } = await makeOrg();
    const mine = makeClient(advisor);
    await seedKarte(mine);
    const before = await orgState(org.id);
    const intruder = makeClient(advisor2, mine.clientId);
    const res = await intruder.rawPush(
      intruder.body(intruder.number([{ kind: 'business', recordId: uuidv7(), fields: businessFields() }])),
    );
    await expectError(res, 403, 'forbidden');
    expect(await orgState(org.id)).toEqual(before);
    // Pull tells the intruder nothing about that client; its owner still sees its progress.
    expect((await intruder.pull()).lastMutationId).toBe(0);
    expect((await mine.pull()).lastMutationId).toBe(2);
  });
});

describe('sync protocol versions', () => {
  it('tells a stale client to update (426 client_too_old), even when its body shape is outdated', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const before = await orgState(org.id);
    const res = await client.rawPush({ protocol: 0, client: client.clientId, changes: [{ anything: true }] });
    const body = await expectError(res, 426, 'client_too_old');
    expect(body.error.message).toContain('更新');
    await expectError(await advisor.get(`/v1/sync/pull?protocol=0&clientId=${client.clientId}`), 426, 'client_too_old');
    expect(await orgState(org.id)).toEqual(before);
  });

  it('refuses a protocol newer than the server with 400 protocol_unsupported', async () => {
    const { advisor } = await makeOrg();
    const client = makeClient(advisor);
    await expectError(await client.rawPush(client.body([], PROTOCOL_VERSION + 1)), 400, 'protocol_unsupported');
    await expectError(
      await advisor.get(`/v1/sync/pull?protocol=${PROTOCOL_VERSION + 1}&clientId=${client.clientId}`),
      400,
      'protocol_unsupported',
    );
  });
});
