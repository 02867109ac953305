import { effect } from '@preact/signals';
import type { DirectoryResponse } from '../../shared/api';
import type { KarteDb } from '../db/schema';
import { createDexieSyncStore, outboxCounts, publishSyncStatus, SYNC_META } from '../db/sync-store';
import { pendingEntries } from '../db/settle-records';
import { createHttpTransport } from '../platform/http-transport';
import { createSyncEngine } from '../sync/engine';
import type { Clock, Random } from '../sync/ports';
import { createSyncScheduler, type SyncTrigger } from '../sync/scheduler';
import { createSyncStatusStore, type SyncStatus } from '../sync/state';
import { refreshDirectory, refreshSharedKartes } from './directory-refresh';

/** Where and as whom to sync; null while sync is off (local-only mode, or no token: not signed in). */
export type Connection = { serverUrl: string; token: string } | null;

export interface SyncServiceDeps {
  db: KarteDb;
  /** Read at every cycle and request, so a new server, token or local-only choice applies at once. */
  connection: () => Promise<Connection>;
  fetch?: typeof fetch;
  clock?: Clock;
  random?: Random;
  debounceMs?: number;
  signal?: AbortSignal;
  /** Told the directory fetched after each successful sync (the background keeps the signed-in advisor current). */
  onDirectory?: (directory: DirectoryResponse) => Promise<void>;
}

const systemClock: Clock = {
  now: () => Date.now(),
  setTimer: (fn, ms) => {
    const id = setTimeout(fn, ms);
    return () => clearTimeout(id);
  },
};

/** What survives a service worker restart: the last success and a stop that needs the user. */
async function previousStatus(db: KarteDb): Promise<Partial<SyncStatus>> {
  const stored = (await db.meta.get(SYNC_META.status))?.value as SyncStatus | undefined;
  if (!stored) return {};
  const stopped = stored.phase === 'signed_out' || stored.phase === 'client_too_old';
  return { lastSyncAt: stored.lastSyncAt, lastError: stored.lastError, phase: stopped ? stored.phase : 'idle' };
}

/**
 * Sync in the background: the engine on Dexie and fetch, the scheduler deciding when, and the
 * status published to the `meta` table for the popup and side panel (they read it live).
 * `kick` is the one entry point for every trigger; it does nothing while sync is off, so the
 * outbox simply grows until sign-in.
 */
export async function createSyncService(deps: SyncServiceDeps) {
  const { db } = deps;
  const clock = deps.clock ?? systemClock;
  const store = createDexieSyncStore(db);
  const status = createSyncStatusStore({
    ...(await previousStatus(db)),
    ...(await outboxCounts(db).then((c) => ({ pendingCount: c.pending, rejectedCount: c.rejected }))),
  });
  const engine = {
    async sync() {
      const connection = await deps.connection();
      const transport = createHttpTransport({
        baseUrl: connection?.serverUrl ?? '',
        // Signed out meanwhile: the transport answers 401 without a request, and sync stops.
        getToken: async () => (await deps.connection())?.token ?? null,
        fetch: deps.fetch,
      });
      const outcome = await createSyncEngine({ store, transport, clock }).sync();
      if (outcome.status === 'synced') {
        await refreshDirectory(db, transport, deps.onDirectory).catch((e: unknown) => console.error('directory not refreshed', e));
        await refreshSharedKartes(db, transport).catch((e: unknown) => console.error('shared kartes not refreshed', e));
      }
      return outcome;
    },
  };
  const scheduler = createSyncScheduler({
    engine,
    clock,
    status,
    random: deps.random ?? Math.random,
    debounceMs: deps.debounceMs,
    counts: () => outboxCounts(db),
    signal: deps.signal,
  });
  const stopPublishing = effect(() => {
    const value = status.status.value;
    void publishSyncStatus(db, value).catch((e: unknown) => console.error('sync status not published', e));
  });
  deps.signal?.addEventListener('abort', stopPublishing);

  /** Whether a pending entry has not reached the server yet (sync's own outbox changes do not count). */
  async function hasUnsent(): Promise<boolean> {
    const { lastMutationId } = await store.progress();
    return (await pendingEntries(db)).some((e) => e.id > lastMutationId);
  }

  return {
    status,
    /** Asks for a sync when sync is on; a `write` only when something is left to send. */
    async kick(reason: SyncTrigger): Promise<void> {
      if (!(await deps.connection())) return;
      if (reason === 'write' && !(await hasUnsent())) return;
      scheduler.trigger(reason);
    },
    /** Sign-out: nothing runs until the next sign-in; the published status forgets the old error. */
    signedOut(): void {
      status.update({ phase: 'idle', lastError: null, nextRetryAt: null });
    },
    whenIdle: () => scheduler.whenIdle(),
  };
}

export type SyncService = Awaited<ReturnType<typeof createSyncService>>;
