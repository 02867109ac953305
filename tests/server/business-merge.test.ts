import { describe, expect, it } from 'vitest';
import { karteResponse, uuidv7 } from '../../shared';
import { actionFields, businessFields, consultationFields, makeClient, type Client } from './fixtures/mutations';
import { makeOrg } from './fixtures/org';

/**
 * Merging a duplicate business (issue 11): the merge moves consultations, actions, external IDs
 * and history to the business kept, from any device and offline, and writes from devices that
 * have not seen it yet land on the kept business.
 */

async function twoBusinesses(client: Client) {
  const kept = uuidv7();
  const away = uuidv7();
  await client.push([
    { kind: 'business', recordId: kept, fields: businessFields({ name: '山田商店', externalIds: [{ system: 'TOAS', value: 'T-1' }] }) },
    {
      kind: 'business',
      recordId: away,
      fields: businessFields({
        name: 'しおさい山田',
        nameKana: 'ヤマダショウテン',
        vision: '二号店を出す',
        externalIds: [
          { system: 'BIZミル', value: 'B-9' },
          { system: 'TOAS', value: 'T-1' },
        ],
        statusChanges: [{ status: 'continuing', at: '2026-05-01T00:00:00.000Z' }],
        status: 'continuing',
      }),
    },
  ]);
  return { kept, away };
}

const merge = (away: string, kept: string, baseVersion = 0) => ({
  kind: 'business' as const,
  recordId: away,
  baseVersion,
  fields: { mergedInto: kept, deleted: true },
});

describe('merging businesses', () => {
  it('moves consultations, actions, external IDs and history to the business kept', async () => {
    const { advisor, advisor2 } = await makeOrg();
    const a = makeClient(advisor);
    const { kept, away } = await twoBusinesses(a);
    const c1 = uuidv7();
    const act = uuidv7();
    await a.push([
      { kind: 'consultation', recordId: c1, fields: consultationFields(away, { inquiry: '統合前の相談' }) },
      { kind: 'action', recordId: act, fields: actionFields(away, { consultationId: c1 }) },
    ]);
    // A colleague's consultation on the duplicate, never seen by the device that merges.
    const c2 = uuidv7();
    await makeClient(advisor2).push([{ kind: 'consultation', recordId: c2, fields: consultationFields(away, { inquiry: '同僚の相談' }) }]);

    const res = await a.push([merge(away, kept)]);
    expect(res.results[0]!.status).toBe('applied');
    const { byId } = await a.pullAll();
    expect(byId.get(away)!.data).toMatchObject({ mergedInto: kept, deleted: true });
    expect(byId.get(kept)!.data).toMatchObject({
      name: '山田商店',
      nameKana: 'ヤマダショウテン',
      vision: '二号店を出す',
      status: 'continuing',
      externalIds: [
        { system: 'TOAS', value: 'T-1' },
        { system: 'BIZミル', value: 'B-9' },
      ],
      statusChanges: [{ status: 'continuing', at: '2026-05-01T00:00:00.000Z' }],
    });
    for (const id of [c1, c2, act]) expect(byId.get(id)!.data.businessId, id).toBe(kept);

    const karte = karteResponse.parse(await (await advisor.get(`/v1/businesses/${kept}`)).json());
    expect(karte.consultations.map((c) => c.id).sort()).toEqual([c1, c2].sort());
    expect(karte.openActions.map((x) => x.id)).toEqual([act]);
    expect((await advisor.get(`/v1/businesses/${away}`)).status).toBe(404);
    const found = (await (await advisor.get('/v1/businesses?externalSystem=BIZミル&externalId=B-9')).json()) as { items: { id: string }[] };
    expect(found.items.map((b) => b.id)).toEqual([kept]);
  });

  it('files a stale device’s new consultation and edits of the merged-away business under the business kept', async () => {
    const { advisor, advisor2 } = await makeOrg();
    const merger = makeClient(advisor);
    const stale = makeClient(advisor2);
    const { kept, away } = await twoBusinesses(merger);
    const seen = await stale.pullAll();
    await merger.push([merge(away, kept)]);

    // The stale device never pulled the merge: it writes to the duplicate as it knows it.
    const c = uuidv7();
    const res = await stale.push([
      { kind: 'consultation', recordId: c, fields: consultationFields(away, { inquiry: 'オフラインで書いた相談' }) },
      {
        kind: 'business',
        recordId: away,
        baseVersion: seen.byId.get(away)!.version,
        fields: { strengths: '常連客が多い', name: '山田商店（旧）' },
      },
    ]);
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const { byId } = await stale.pullAll();
    expect(byId.get(c)!.data.businessId).toBe(kept);
    expect(byId.get(kept)!.data).toMatchObject({ strengths: '常連客が多い', name: '山田商店' });
    expect(byId.get(away)!.data).toMatchObject({ deleted: true, name: 'しおさい山田', strengths: '' });
  });

  it('takes in what the other device wrote to the duplicate before an offline merge arrived', async () => {
    const { advisor, advisor2 } = await makeOrg();
    const offline = makeClient(advisor);
    const other = makeClient(advisor2);
    const { kept, away } = await twoBusinesses(offline);
    await offline.pullAll();
    const seen = await other.pullAll();
    // The other profile edits the duplicate and adds a consultation to it, and syncs first.
    const c = uuidv7();
    await other.push([
      {
        kind: 'business',
        recordId: away,
        baseVersion: seen.byId.get(away)!.version,
        fields: { weaknesses: '人手不足', municipality: '輪島市' },
      },
      { kind: 'consultation', recordId: c, fields: consultationFields(away) },
    ]);
    // The merge made offline, based on what that device saw then, arrives afterwards.
    await offline.push([merge(away, kept, seen.byId.get(away)!.version)]);
    const { byId } = await other.pullAll();
    expect(byId.get(kept)!.data).toMatchObject({ weaknesses: '人手不足', municipality: '輪島市' });
    expect(byId.get(c)!.data.businessId).toBe(kept);
    expect(byId.get(away)!.data).toMatchObject({ mergedInto: kept, deleted: true });
  });

  it('refuses a merge into itself, into a deleted or merged business, or one that does not exist', async () => {
    const { advisor } = await makeOrg();
    const a = makeClient(advisor);
    const { kept, away } = await twoBusinesses(a);
    const gone = uuidv7();
    const third = uuidv7();
    await a.push([
      { kind: 'business', recordId: gone, fields: businessFields({ deleted: true }) },
      { kind: 'business', recordId: third, fields: businessFields() },
    ]);
    await a.push([merge(third, kept)]);
    for (const target of [away, gone, third, uuidv7()]) {
      const res = await a.push([merge(target === away ? away : away, target === away ? away : target)]);
      expect(res.results[0], target).toMatchObject({ status: 'rejected', code: 'not_found' });
    }
    expect((await a.pullAll()).byId.get(away)!.data).toMatchObject({ mergedInto: null, deleted: false });
  });

  it('follows a chain of merges, and leaves a second merge of the same duplicate without effect', async () => {
    const { advisor, advisor2 } = await makeOrg();
    const a = makeClient(advisor);
    const { kept, away } = await twoBusinesses(a);
    const last = uuidv7();
    await a.push([{ kind: 'business', recordId: last, fields: businessFields({ name: '山田商店本店' }) }]);
    await a.push([merge(away, kept)]);
    await a.push([merge(kept, last)]);
    const late = makeClient(advisor2);
    const c = uuidv7();
    await late.push([{ kind: 'consultation', recordId: c, fields: consultationFields(away) }]);
    await late.push([merge(away, kept)]);
    const { byId } = await late.pullAll();
    expect(byId.get(c)!.data.businessId).toBe(last);
    expect(byId.get(away)!.data.mergedInto).toBe(kept);
  });

  it('sends mergedInto only to clients of protocol 2', async () => {
    const { advisor } = await makeOrg();
    const a = makeClient(advisor);
    const { kept, away } = await twoBusinesses(a);
    await a.push([merge(away, kept)]);
    const q = (protocol: number) => `/v1/sync/pull?protocol=${protocol}&clientId=${crypto.randomUUID()}&cursor=0&limit=1000`;
    const v1 = (await (await advisor.get(q(1))).json()) as { changes: { id: string; data: Record<string, unknown> }[] };
    const v2 = (await (await advisor.get(q(2))).json()) as { changes: { id: string; data: Record<string, unknown> }[] };
    expect(v1.changes.find((e) => e.id === away)!.data).not.toHaveProperty('mergedInto');
    expect(v1.changes.find((e) => e.id === away)!.data.deleted).toBe(true);
    expect(v2.changes.find((e) => e.id === away)!.data.mergedInto).toBe(kept);
  });
});
