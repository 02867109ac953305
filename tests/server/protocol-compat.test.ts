import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, pullResponse, uuidv7, type RecordEnvelope } from '../../shared';
import { businessFields, consultationFields, makeClient, orgState, seedKarte, storedRow } from './fixtures/mutations';
import { makeOrg, type Actor } from './fixtures/org';
import { putBusiness, putConsultation } from './fixtures/records';

/**
 * Issue 12 corrects codes that mixed two things (事業区分 with who paid an expert, セミナー with
 * 個別相談会) and adds 支援終了の理由. Codes never change once shipped: old values are migrated, and
 * clients of older protocols keep syncing in the codes they know.
 */

async function pullAs(actor: Actor, protocol: number): Promise<Map<string, RecordEnvelope>> {
  const res = await actor.get(`/v1/sync/pull?protocol=${protocol}&clientId=${crypto.randomUUID()}&cursor=0&limit=1000`);
  expect(res.status).toBe(200);
  return new Map(pullResponse.parse(await res.json()).changes.map((c) => [c.id, c]));
}

describe('migration 0006 of stored consultations', () => {
  it('moves the expert codes to expertPaidBy, drops よろず, turns セミナー into 個別相談会, and re-versions what it changed', async () => {
    const { org, advisor } = await makeOrg();
    const business = await putBusiness(org.id, { name: '移行商店' });
    const expert = await putConsultation(org.id, advisor.id, business, { programme: 'expert_prefecture', channel: 'expert_visit' });
    const seminar = await putConsultation(org.id, advisor.id, business, { programme: 'yorozu', channel: 'seminar' });
    const untouched = await putConsultation(org.id, advisor.id, business, { programme: 'general', channel: 'counter' });
    const before = await orgState(org.id);
    const untouchedVersion = (await storedRow(org.id, untouched))!.version;

    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0006'))!;
    for (const query of migration.queries) await env.DB.prepare(query).run();

    const after = await orgState(org.id);
    expect(after.version).toBe(before.version + 2);
    const read = async (id: string) => {
      const row = (await storedRow(org.id, id))!;
      return { version: row.version, data: JSON.parse(row.data) as Record<string, unknown> };
    };
    expect((await read(expert)).data).toMatchObject({
      programme: null,
      expertPaidBy: 'prefecture',
      expertName: '',
      channel: 'expert_visit',
    });
    expect((await read(seminar)).data).toMatchObject({ programme: null, expertPaidBy: null, channel: 'consultation_event' });
    expect((await read(untouched)).data).toMatchObject({ programme: 'general', channel: 'counter' });
    expect((await read(untouched)).version).toBe(untouchedVersion);
    expect([(await read(expert)).version, (await read(seminar)).version].sort()).toEqual([before.version + 1, before.version + 2]);

    // A device of today pulls them again in today's codes.
    const pulled = await pullAs(advisor, PROTOCOL_VERSION);
    expect(pulled.get(expert)!.data).toMatchObject({ programme: null, expertPaidBy: 'prefecture' });
  });
});

describe('clients of older protocols', () => {
  it('write in the codes they know: today’s codes are stored', async () => {
    const { advisor } = await makeOrg();
    const old = makeClient(advisor);
    const { businessId } = await seedKarte(old);
    const id = uuidv7();
    const res = await old.rawPush(
      old.body(
        [
          {
            id: 3,
            kind: 'consultation',
            recordId: id,
            baseVersion: 0,
            fields: consultationFields(businessId, { programme: 'expert_city', channel: 'seminar' }),
          },
        ],
        2,
      ),
    );
    expect(res.status, await res.clone().text()).toBe(200);
    const today = await pullAs(advisor, PROTOCOL_VERSION);
    expect(today.get(id)!.data).toMatchObject({ programme: null, expertPaidBy: 'municipality', channel: 'consultation_event' });
  });

  it('read in the codes they know: new codes and fields are given as the nearest old ones, or left out', async () => {
    const { advisor } = await makeOrg();
    const client = makeClient(advisor);
    const businessId = uuidv7();
    const [expert, group, commissioned] = [uuidv7(), uuidv7(), uuidv7()];
    await client.push([
      {
        kind: 'business',
        recordId: businessId,
        fields: businessFields({
          status: 'closed',
          closeReason: 'moved_out',
          assignedAdvisorId: advisor.id,
          assignments: [{ advisorId: advisor.id, from: '2026-04-01' }],
        }),
      },
      {
        kind: 'consultation',
        recordId: expert,
        fields: consultationFields(businessId, { channel: 'expert_visit', expertPaidBy: 'national', expertName: '中小企業診断士 山田' }),
      },
      {
        kind: 'consultation',
        recordId: group,
        fields: consultationFields(businessId, { channel: 'seminar_group', programme: 'development_plan' }),
      },
      {
        kind: 'consultation',
        recordId: commissioned,
        fields: consultationFields(businessId, { channel: 'consultation_event', programme: 'commissioned' }),
      },
    ]);
    const v2 = await pullAs(advisor, 2);
    expect(v2.get(businessId)!.data).toMatchObject({ closeReason: null, status: 'closed' });
    expect(v2.get(businessId)!.data).not.toHaveProperty('assignedAdvisorId');
    expect(v2.get(expert)!.data).toMatchObject({ programme: 'expert_national', channel: 'expert_visit' });
    expect(v2.get(expert)!.data).not.toHaveProperty('expertPaidBy');
    expect(v2.get(group)!.data).toMatchObject({ programme: null, channel: 'seminar' });
    expect(v2.get(commissioned)!.data).toMatchObject({ programme: null, channel: 'seminar' });
    const v3 = await pullAs(advisor, 3);
    expect(v3.get(expert)!.data).toMatchObject({ expertPaidBy: 'national', expertName: '中小企業診断士 山田' });
    expect(v3.get(businessId)!.data).toMatchObject({ closeReason: 'moved_out', assignedAdvisorId: advisor.id });
  });

  it('keep editing records stored before today’s fields existed', async () => {
    const { org, advisor } = await makeOrg();
    const id = await putBusiness(org.id, { name: '古い記録の店' });
    // As stored by an older server: the fields added since are not in the JSON at all.
    const row = (await storedRow(org.id, id))!;
    const old = JSON.parse(row.data) as Record<string, unknown>;
    for (const field of ['mergedInto', 'assignedAdvisorId', 'assignments']) delete old[field];
    await env.DB.prepare('UPDATE records SET data = ? WHERE org_id = ? AND id = ?').bind(JSON.stringify(old), org.id, id).run();

    for (const protocol of [1, PROTOCOL_VERSION]) {
      const client = makeClient(advisor);
      const res = await client.rawPush(
        client.body(
          [{ id: 1, kind: 'business', recordId: id, baseVersion: row.version, fields: { municipality: `七尾市${protocol}` } }],
          protocol,
        ),
      );
      const body = (await res.json()) as { results: { status: string; message?: string }[] };
      expect(body.results[0], JSON.stringify(body)).toMatchObject({ status: 'applied' });
    }
    expect(JSON.parse((await storedRow(org.id, id))!.data)).toMatchObject({
      municipality: `七尾市${PROTOCOL_VERSION}`,
      assignments: [],
      mergedInto: null,
    });
  });
});

describe('担当指導員', () => {
  it('must be an enabled advisor of the organisation; the history is kept with the business', async () => {
    const { advisor, advisor2 } = await makeOrg();
    const other = await makeOrg();
    const client = makeClient(advisor);
    const id = uuidv7();
    await client.push([{ kind: 'business', recordId: id, fields: businessFields() }]);
    const refused = await client.push([
      { kind: 'business', recordId: id, baseVersion: 0, fields: { assignedAdvisorId: other.advisor.id } },
    ]);
    expect(refused.results[0]).toMatchObject({ status: 'rejected', code: 'not_found' });
    const assigned = await client.push([
      {
        kind: 'business',
        recordId: id,
        baseVersion: 0,
        fields: {
          assignedAdvisorId: advisor2.id,
          assignments: [
            { advisorId: advisor.id, from: '2025-04-01' },
            { advisorId: advisor2.id, from: '2026-04-01' },
          ],
        },
      },
    ]);
    expect(assigned.results[0]!.status).toBe('applied');
    const pulled = await pullAs(advisor2, PROTOCOL_VERSION);
    expect(pulled.get(id)!.data).toMatchObject({
      assignedAdvisorId: advisor2.id,
      assignments: [
        { advisorId: advisor.id, from: '2025-04-01' },
        { advisorId: advisor2.id, from: '2026-04-01' },
      ],
    });
  });
});
