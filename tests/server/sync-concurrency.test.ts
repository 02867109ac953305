import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { pushResponse, RECORD_DEFAULTS, uuidv7, type PushResponse, type RecordEnvelope } from '../../shared';
import { isGuardFailure } from '../../server/src/db/push-guard';
import { commitPush } from '../../server/src/sync/commit';
import { businessFields, makeClient, orgState, seedKarte, type Change, type Client } from './fixtures/mutations';
import { makeOrg } from './fixtures/org';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pushes like the extension does: a 503 (too many concurrent pushes) is retried after a pause. */
async function pushRetrying(client: Client, changes: Change[]): Promise<PushResponse> {
  const mutations = client.number(changes);
  for (;;) {
    const res = await client.rawPush(client.body(mutations));
    if (res.status !== 503) {
      expect(res.status, await res.clone().text()).toBe(200);
      return pushResponse.parse(await res.json());
    }
    await sleep(20);
  }
}

describe('concurrent pushes', () => {
  it('converge: every applied field survives, versions stay gap-free, same-text edits leave a conflict copy', async () => {
    const { org, advisor, advisor2, manager } = await makeOrg();
    const { businessId, business, consultationId, consultation } = await seedKarte(makeClient(manager));
    const before = await orgState(org.id);
    const shared = (b: number, fields: Record<string, unknown>): Change => ({
      kind: 'business',
      recordId: businessId,
      baseVersion: b,
      fields,
    });
    const text = (t: string): Change => ({
      kind: 'consultation',
      recordId: consultationId,
      baseVersion: consultation.version,
      fields: { advice: t },
    });
    const plan = (name: string, edits: Record<number, Change[]>) =>
      Array.from({ length: 10 }, (_, i): Change[] => [
        { kind: 'business', recordId: uuidv7(), fields: businessFields({ name: `${name}-${i}-a` }) },
        { kind: 'business', recordId: uuidv7(), fields: businessFields({ name: `${name}-${i}-b` }) },
        ...(edits[i] ?? []),
      ]);
    const plans = [
      {
        client: makeClient(advisor),
        pushes: plan('A', {
          0: [text('Aの助言'), shared(business.version, { municipality: '七尾市' })],
          5: [shared(business.version, { nameKana: 'カワセミ' })],
        }),
      },
      {
        client: makeClient(advisor2),
        pushes: plan('B', {
          0: [text('Bの助言'), shared(business.version, { employees: 12 })],
          5: [shared(business.version, { vision: '地域の工房' })],
        }),
      },
    ];
    const mutationCount = plans.flatMap((p) => p.pushes.flat()).length;

    // A third client pulls incrementally while the pushes run, as a live extension would.
    const live = new Map<string, RecordEnvelope>();
    const watcher = makeClient(manager);
    let cursor = 0;
    const catchUp = async () => {
      for (let page = await watcher.pull(cursor, 50); ; page = await watcher.pull(cursor, 50)) {
        for (const e of page.changes) live.set(e.id, e);
        cursor = page.cursor;
        if (!page.hasMore) return;
      }
    };
    let pushing = true;
    const chains = Promise.all(
      plans.map(async ({ client, pushes }) => {
        const answers: PushResponse[] = [];
        for (const changes of pushes) answers.push(await pushRetrying(client, changes));
        return answers;
      }),
    ).finally(() => {
      pushing = false;
    });
    const watching = (async () => {
      while (pushing) {
        await catchUp();
        await sleep(5);
      }
    })();
    const answers = (await Promise.all([chains, watching]))[0].flat();
    await catchUp();

    expect(answers.flatMap((a) => a.results).every((r) => r.status === 'applied')).toBe(true);
    const after = await orgState(org.id);
    expect(after.version - before.version).toBe(mutationCount); // one version per written record, none skipped

    const full = await makeClient(manager).pullAll();
    const versions = full.all.map((e) => e.version);
    expect(versions.every((v, i) => i === 0 || v > versions[i - 1]!)).toBe(true);
    expect(versions.at(-1)).toBe(after.version);
    expect(new Map([...live].map(([id, e]) => [id, e.version]))).toEqual(new Map(full.all.map((e) => [e.id, e.version])));

    expect(full.byId.get(businessId)!.data).toMatchObject({
      municipality: '七尾市',
      employees: 12,
      nameKana: 'カワセミ',
      vision: '地域の工房',
    });
    const names = full.all.filter((e) => e.kind === 'business').map((e) => e.data.name as string);
    for (const who of ['A', 'B'])
      for (let i = 0; i < 10; i++) expect(names).toEqual(expect.arrayContaining([`${who}-${i}-a`, `${who}-${i}-b`]));

    const kept = full.byId.get(consultationId)!.data.advice;
    const copies = full.all.filter((e) => e.kind === 'conflict');
    expect(copies).toHaveLength(1);
    expect(copies[0]!.data).toMatchObject({ recordId: consultationId, field: 'advice' });
    expect(new Set([kept, copies[0]!.data.text])).toEqual(new Set(['Aの助言', 'Bの助言']));
  });

  it('commits nothing when the organisation version moved since it was read', async () => {
    const { org, advisor } = await makeOrg();
    const before = await orgState(org.id);
    const write = {
      kind: 'business' as const,
      id: uuidv7(),
      data: { ...RECORD_DEFAULTS.business, ...businessFields() },
      fieldVersions: {},
      fieldClients: {},
      authorId: advisor.id,
      isNew: true,
      written: new Set(['name']),
    };
    const commit = (orgVersion: number) =>
      commitPush(env.DB, {
        orgId: org.id,
        orgVersion,
        clientId: crypto.randomUUID(),
        advisorId: advisor.id,
        lastMutationId: 0,
        newLastMutationId: 1,
        writes: [write],
      });

    const err = await commit(before.version - 1).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isGuardFailure(err)).toBe(true);
    expect(await orgState(org.id)).toEqual(before);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM push_guard').first<{ n: number }>()).toEqual({ n: 0 });

    expect(await commit(before.version)).toBe(before.version + 1);
    expect(await orgState(org.id)).toEqual({ version: before.version + 1, records: before.records + 1 });
  });
});
