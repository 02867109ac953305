import { describe, expect, it } from 'vitest';
import type { ErrorCode, PullQuery, PullResponse, PushRequest, PushResponse } from '../../../shared';
import { createRecordsRepo } from '../../../extension/db/records-repo';
import { openKarteDb } from '../../../extension/db/schema';
import { createDexieSyncStore } from '../../../extension/db/sync-store';
import { createSyncEngine } from '../../../extension/sync/engine';
import type { Transport, TransportResult } from '../../../extension/sync/ports';

/**
 * Error paths of the engine with the real Dexie store (fake-indexeddb). The transport
 * answers with canned protocol errors; convergence against the real server is tested in
 * tests/integration/sync-simulation.test.ts and tests/integration/sync-client.test.ts.
 */

type Answer<T> = TransportResult<T> | (() => TransportResult<T>);

function cannedTransport(pushes: Answer<PushResponse>[], pulls: Answer<PullResponse>[]) {
  const sent: { push: PushRequest[]; pull: PullQuery[] } = { push: [], pull: [] };
  const next = <T>(list: Answer<T>[]): TransportResult<T> => {
    const a = list.shift();
    if (!a) throw new Error('unexpected request');
    return typeof a === 'function' ? a() : a;
  };
  const transport: Transport = {
    push: async (r) => (sent.push.push(structuredClone(r)), next(pushes)),
    pull: async (q) => (sent.pull.push(q), next(pulls)),
  };
  return { transport, sent };
}

const httpError = (status: number, code: ErrorCode, message: string, extra: object = {}): TransportResult<never> => ({
  ok: false,
  failure: { kind: 'http', status, error: { code, message, ...extra }, retryAfterMs: null },
});
const emptyPull = (lastMutationId: number, cursor = 0): TransportResult<PullResponse> => ({
  ok: true,
  value: { protocol: 1, changes: [], cursor, hasMore: false, lastMutationId },
});

async function setup(pushes: Answer<PushResponse>[], pulls: Answer<PullResponse>[]) {
  const db = openKarteDb(`engine-${crypto.randomUUID()}`);
  const repo = createRecordsRepo(db);
  const store = createDexieSyncStore(db);
  const { transport, sent } = cannedTransport(pushes, pulls);
  const engine = createSyncEngine({ store, transport, clock: { now: () => Date.parse('2026-04-01T00:00:00Z'), setTimer: () => () => {} } });
  return { db, repo, engine, sent };
}

describe('sync engine error paths', () => {
  it('stops on 401 and keeps everything queued', async () => {
    const { db, repo, engine, sent } = await setup([httpError(401, 'unauthorized', 'APIトークンが無効です')], []);
    await repo.create('business', { name: '山田商店' });
    await repo.create('business', { name: '田中工務店' });
    expect(await engine.sync()).toEqual({ status: 'signed_out', message: 'APIトークンが無効です' });
    expect(sent.pull).toHaveLength(0);
    expect((await db.outbox.toArray()).map((e) => [e.id, e.state])).toEqual([
      [1, 'pending'],
      [2, 'pending'],
    ]);
  });

  it('says the extension is too old on 426', async () => {
    const { engine } = await setup([], [httpError(426, 'client_too_old', '拡張機能を更新してください')]);
    expect(await engine.sync()).toEqual({ status: 'client_too_old', message: '拡張機能を更新してください' });
  });

  it('treats network failures, 5xx and 429 as transient, keeping the queue', async () => {
    const network: TransportResult<PushResponse> = { ok: false, failure: { kind: 'network', message: 'オフラインです' } };
    const busy: TransportResult<never> = { ok: false, failure: { kind: 'http', status: 429, error: null, retryAfterMs: 60_000 } };
    const { db, repo, engine } = await setup([network, httpError(503, 'internal', '一時的なエラー'), busy], []);
    await repo.create('business', { name: '山田商店' });
    expect(await engine.sync()).toEqual({ status: 'transient', message: 'オフラインです', retryAfterMs: null });
    expect(await engine.sync()).toEqual({ status: 'transient', message: '一時的なエラー', retryAfterMs: null });
    expect(await engine.sync()).toMatchObject({ status: 'transient', retryAfterMs: 60_000 });
    expect(await db.outbox.count()).toBe(1);
  });

  it('reports other refusals as failed without dropping anything', async () => {
    const { db, repo, engine } = await setup([httpError(403, 'forbidden', 'このクライアントIDは別の支援者の端末で使われています')], []);
    await repo.create('business', { name: '山田商店' });
    expect(await engine.sync()).toEqual({
      status: 'failed',
      code: 'forbidden',
      message: 'このクライアントIDは別の支援者の端末で使われています',
    });
    expect(await db.outbox.count()).toBe(1);
  });

  it('on 409 mutation_gap resends from the server’s lastMutationId + 1, renumbering if the outbox moved past it', async () => {
    const gap = httpError(409, 'mutation_gap', '変更番号が飛んでいます', { details: [{ path: 'lastMutationId', message: '0' }] });
    const accepted = (): TransportResult<PushResponse> => ({
      ok: true,
      value: {
        protocol: 1,
        lastMutationId: 2,
        cursor: 5,
        results: [
          { id: 1, status: 'applied' },
          { id: 2, status: 'applied' },
        ],
      },
    });
    // The pull brings the two businesses back, as the server would after applying them.
    const pulled = (): TransportResult<PullResponse> => ({
      ok: true,
      value: {
        protocol: 1,
        cursor: 5,
        hasMore: false,
        lastMutationId: 2,
        changes: sent.push[1]!.mutations.map((m, i) => ({
          kind: 'business' as const,
          id: m.recordId,
          version: 4 + i,
          authorId: null,
          createdAt: '',
          updatedAt: '',
          redacted: false,
          data: m.fields,
        })),
      },
    });
    const { db, repo, engine, sent } = await setup([gap, accepted], [pulled]);
    // The client believes mutations 1–2 were consumed (e.g. the server was restored from a backup).
    await db.meta.bulkPut([
      { key: 'lastMutationId', value: 2 },
      { key: 'nextMutationId', value: 3 },
    ]);
    await repo.create('business', { name: '山田商店' });
    await repo.create('business', { name: '田中工務店' });
    expect(await engine.sync()).toMatchObject({ status: 'synced', pushed: 2 });
    expect(sent.push.map((r) => r.mutations.map((m) => m.id))).toEqual([
      [3, 4],
      [1, 2],
    ]);
    expect((await db.meta.get('nextMutationId'))?.value).toBe(3);
    expect(await db.outbox.count()).toBe(0);
  });

  it('halves the batch when the server says the body is too large', async () => {
    const tooLarge = httpError(413, 'payload_too_large', '送信データが大きすぎます');
    const accepted = (ids: number[]) => (): TransportResult<PushResponse> => ({
      ok: true,
      value: { protocol: 1, lastMutationId: ids.at(-1)!, cursor: 5, results: ids.map((id) => ({ id, status: 'applied' as const })) },
    });
    const { repo, engine, sent } = await setup([tooLarge, accepted([1, 2]), accepted([3])], [emptyPull(3)]);
    for (const name of ['山田商店', '田中工務店', '佐藤食堂']) await repo.create('business', { name });
    expect(await engine.sync()).toMatchObject({ status: 'synced', pushed: 3 });
    expect(sent.push.map((r) => r.mutations.map((m) => m.id))).toEqual([[1, 2, 3], [1, 2], [3]]);
  });
});

describe('sync engine pull', () => {
  const page = (cursor: number, hasMore: boolean): TransportResult<PullResponse> => ({
    ok: true,
    value: { protocol: 1, changes: [], cursor, hasMore, lastMutationId: 0 },
  });

  /** The engine over the real store, with every pull asked and every page applied written to `log`. */
  async function observed(pulls: Answer<PullResponse>[]) {
    const db = openKarteDb(`engine-${crypto.randomUUID()}`);
    const real = createDexieSyncStore(db);
    const log: string[] = [];
    const { transport } = cannedTransport([], pulls);
    const store = {
      ...real,
      applyPullPage: async (p: PullResponse, final: boolean) => {
        log.push(`apply ${p.cursor}`);
        await real.applyPullPage(p, final);
      },
    };
    const counted: Transport = { ...transport, pull: (q) => (log.push(`pull ${q.cursor}`), transport.pull(q)) };
    const engine = createSyncEngine({ store, transport: counted, clock: { now: () => 0, setTimer: () => () => {} } });
    return { engine, log, store: real };
  }

  it('asks for the next page while the one before is applied, and applies them in order', async () => {
    const { engine, log, store } = await observed([page(10, true), page(20, true), page(30, false)]);
    expect(await engine.sync()).toMatchObject({ status: 'synced' });
    expect(log).toEqual(['pull 0', 'pull 10', 'apply 10', 'pull 20', 'apply 20', 'apply 30']);
    expect((await store.progress()).cursor).toBe(30);
  });

  it('keeps the pages applied before a page that failed, and asks again from there', async () => {
    const offline: TransportResult<PullResponse> = { ok: false, failure: { kind: 'network', message: 'オフラインです' } };
    const { engine, log, store } = await observed([page(10, true), offline, page(20, false)]);
    expect(await engine.sync()).toMatchObject({ status: 'transient' });
    expect((await store.progress()).cursor).toBe(10);
    expect(await engine.sync()).toMatchObject({ status: 'synced' });
    expect(log).toEqual(['pull 0', 'pull 10', 'apply 10', 'pull 10', 'apply 20']);
    expect((await store.progress()).cursor).toBe(20);
  });
});
