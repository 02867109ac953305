import { LIMITS, PROTOCOL_VERSION, mutation as mutationSchema, type Mutation } from '../../shared';
import { effectiveBaseVersions } from './base-versions';
import type { Clock, SyncStore, Transport, TransportFailure } from './ports';

/** How one sync cycle ended; the scheduler turns it into status and the next retry. */
export type SyncOutcome =
  | { status: 'synced'; at: number; pushed: number; pulled: number }
  /** 401: the token is missing, expired or revoked. Nothing queued is dropped. */
  | { status: 'signed_out'; message: string }
  /** 426: this extension speaks a protocol the server no longer accepts. */
  | { status: 'client_too_old'; message: string }
  /** Network, 5xx, 429: worth retrying after a backoff. */
  | { status: 'transient'; message: string; retryAfterMs: number | null }
  /** Any other refusal (403, 400, …): retrying as is will not help; the message says why. */
  | { status: 'failed'; code: string; message: string };

export interface SyncEngineDeps {
  store: SyncStore;
  transport: Transport;
  clock: Clock;
  /** Pull page size (≤ LIMITS.pullPageMax). */
  pullLimit?: number;
}

/** Push → pull rounds per cycle; writes made meanwhile go out in the next round, or the next cycle. */
const MAX_ROUNDS = 3;
/** 409 answers tolerated in one push phase before giving up the cycle. */
const MAX_GAP_RESETS = 3;

type Step = { outcome: SyncOutcome; count?: never } | { outcome?: never; count: number };

/**
 * The client side of docs/sync.md ("Client rules"). Pure: storage, HTTP and time come in
 * as ports. One call of `sync()` is one cycle; callers make sure only one runs at a time.
 */
export function createSyncEngine(deps: SyncEngineDeps) {
  return { sync: () => runCycle(deps) };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;

async function runCycle(deps: SyncEngineDeps): Promise<SyncOutcome> {
  const clientId = await deps.store.clientId();
  let pushed = 0;
  let pulled = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const push = await pushAll(deps, clientId);
    if (push.outcome) return push.outcome;
    pushed += push.count;
    const pull = await pullAll(deps, clientId);
    if (pull.outcome) return pull.outcome;
    pulled += pull.count;
    if ((await unsent(deps.store)).length === 0) break;
  }
  const at = deps.clock.now();
  await deps.store.markSynced(new Date(at).toISOString());
  return { status: 'synced', at, pushed, pulled };
}

async function unsent(store: SyncStore): Promise<Mutation[]> {
  const [{ lastMutationId }, pending] = await Promise.all([store.progress(), store.pendingMutations()]);
  return pending.filter((m) => m.id > lastMutationId);
}

/** Client rule 2: the outbox in id order, batches of ≤ 100 (fewer after a 413); on 409 resend from the server's lastMutationId + 1. */
async function pushAll({ store, transport }: SyncEngineDeps, clientId: string): Promise<Step> {
  let count = 0;
  let gapResets = 0;
  let size: number = LIMITS.mutationsPerPush;
  for (;;) {
    const { lastMutationId } = await store.progress();
    const pending = await store.pendingMutations();
    const batch = pending.filter((m) => m.id > lastMutationId).slice(0, size);
    if (batch.length === 0) return { count };

    // A malformed entry would make the server refuse the whole batch (push step 2) and block
    // the queue for good; it is rejected here, visibly, and the rest goes on.
    const invalid = firstInvalid(batch);
    if (invalid) {
      await store.rejectUnsendable(invalid.id, { code: 'validation_failed', message: invalid.message });
      continue;
    }

    const bases = effectiveBaseVersions(pending);
    const mutations = batch.map((m) => ({ ...m, baseVersion: bases.get(m.id) ?? m.baseVersion }));
    const res = await transport.push({ protocol: PROTOCOL_VERSION, clientId, mutations });
    if (res.ok) {
      await store.recordPush(res.value);
      count += batch.length;
      continue;
    }
    // 100 long notes can exceed the body limit (LIMITS.pushBodyBytes): send fewer at a time.
    if (res.failure.kind === 'http' && res.failure.status === 413 && batch.length > 1) {
      size = Math.ceil(batch.length / 2);
      continue;
    }
    const serverLast = gapLastMutationId(res.failure);
    if (serverLast !== null && gapResets++ < MAX_GAP_RESETS) {
      await store.resetToServer(serverLast);
      continue;
    }
    return { outcome: classify(res.failure) };
  }
}

/**
 * Client rule 3: pull until hasMore is false; the store applies each page with its cursor atomically.
 * The next page is asked for while this one is applied (its cursor is this page's), so the network
 * and the local writes overlap; an answer is only applied after the page before it.
 */
async function pullAll({ store, transport, pullLimit }: SyncEngineDeps, clientId: string): Promise<Step> {
  const ask = (cursor: number) =>
    transport.pull({ protocol: PROTOCOL_VERSION, clientId, cursor, limit: pullLimit ?? LIMITS.pullPageDefault });
  let cursor = (await store.progress()).cursor;
  let next = ask(cursor);
  let count = 0;
  for (;;) {
    const res = await next;
    if (!res.ok) return { outcome: classify(res.failure) };
    const page = res.value;
    if (page.hasMore && page.cursor <= cursor) {
      return {
        outcome: { status: 'failed', code: 'internal', message: '同期データの取得位置が進みません。時間をおいて再試行してください' },
      };
    }
    if (page.hasMore) {
      next = ask(page.cursor);
      // Awaited on the next turn; this only keeps one left behind by a failed apply from going unheard.
      next.catch(() => {});
    }
    await store.applyPullPage(page, !page.hasMore);
    count += page.changes.length;
    if (!page.hasMore) return { count };
    cursor = page.cursor;
  }
}

function firstInvalid(batch: readonly Mutation[]): { id: number; message: string } | null {
  for (const m of batch) {
    const parsed = mutationSchema.safeParse(m);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      return { id: m.id, message: `この変更は送信できない形式です（${where}${issue?.message ?? '形式エラー'}）` };
    }
  }
  return null;
}

/** The server's lastMutationId from a `409 mutation_gap` (carried in `details`, path `lastMutationId`). */
function gapLastMutationId(failure: TransportFailure): number | null {
  if (failure.kind !== 'http' || failure.status !== 409 || failure.error?.code !== 'mutation_gap') return null;
  const detail = failure.error.details?.find((d) => d.path === 'lastMutationId');
  const n = detail ? Number(detail.message) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** Client rule 4. */
export function classify(failure: TransportFailure): SyncOutcome {
  if (failure.kind === 'network') return { status: 'transient', message: failure.message, retryAfterMs: null };
  if (failure.kind === 'refused') return { status: 'failed', code: failure.code, message: failure.message };
  const message = failure.error?.message ?? `サーバーがエラーを返しました（HTTP ${failure.status}）`;
  if (failure.status === 401) return { status: 'signed_out', message };
  if (failure.status === 426) return { status: 'client_too_old', message };
  if (failure.status === 429 || failure.status === 408 || failure.status >= 500) {
    return { status: 'transient', message, retryAfterMs: failure.retryAfterMs };
  }
  return { status: 'failed', code: failure.error?.code ?? `http_${failure.status}`, message };
}
