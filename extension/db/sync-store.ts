import { uuidv7, type PullResponse, type PushResponse } from '../../shared';
import { landed, NOT_APPLIED } from '../sync/landed';
import type { SyncStore } from '../sync/ports';
import type { SyncStatus } from '../sync/state';
import { moveEntry, parkingId, shiftPendingDown } from './outbox-renumber';
import type { KarteDb, OutboxEntry } from './schema';
import { pendingEntries, settleRecords, SYNC_TABLES, toMutation } from './settle-records';
import { adoptOrganisationTaxonomy } from './taxonomy-adoption';

/** Ids of acknowledged entries that left no mark on the server (see sync/landed.ts). */
async function notLanded(db: KarteDb, entries: readonly OutboxEntry[]): Promise<Set<number>> {
  if (entries.length === 0) return new Set();
  const [copies, conflicts] = await Promise.all([
    db.serverCopies.bulkGet(entries.map((e) => e.recordId)),
    db.serverCopies.where('kind').equals('conflict').toArray(),
  ]);
  return new Set(entries.filter((e, i) => !landed(toMutation(e), copies[i] ?? null, conflicts)).map((e) => e.id));
}

/** Keys of the sync bookkeeping in the `meta` table. */
export const SYNC_META = {
  clientId: 'clientId',
  cursor: 'cursor',
  lastMutationId: 'lastMutationId',
  lastSyncAt: 'lastSyncAt',
  /** The background's latest SyncStatus, for the popup and side panel (read with liveQuery). */
  status: 'syncStatus',
} as const;

/** Outbox counts for the status and the toolbar badge. */
export async function outboxCounts(db: KarteDb): Promise<{ pending: number; rejected: number }> {
  const [pending, rejected] = await Promise.all([
    db.outbox.where('state').equals('pending').count(),
    db.outbox.where('state').equals('rejected').count(),
  ]);
  return { pending, rejected };
}

/** Shares the scheduler's status (it lives in the service worker) with the extension's pages. */
export async function publishSyncStatus(db: KarteDb, status: SyncStatus): Promise<void> {
  await db.meta.put({ key: SYNC_META.status, value: status });
}

export interface SyncStoreDeps {
  now?: () => Date;
  newId?: () => string;
}

/**
 * The Dexie side of the sync engine (sync/ports.ts). Every method that changes more than
 * one row does it in one transaction, so a service worker stopped at any point leaves
 * either the state before or the state after, never half a page.
 */
export function createDexieSyncStore(db: KarteDb, deps: SyncStoreDeps = {}): SyncStore {
  const now = () => (deps.now?.() ?? new Date()).toISOString();
  const newId = deps.newId ?? (() => uuidv7());
  const metaNumber = async (key: string) => {
    const entry = await db.meta.get(key);
    return typeof entry?.value === 'number' ? entry.value : 0;
  };
  const raiseLastMutationId = async (n: number) => {
    if (n > (await metaNumber(SYNC_META.lastMutationId))) await db.meta.put({ key: SYNC_META.lastMutationId, value: n });
  };

  return {
    clientId: () =>
      db.transaction('rw', db.meta, async () => {
        const existing = await db.meta.get(SYNC_META.clientId);
        if (typeof existing?.value === 'string') return existing.value;
        const id = newId();
        await db.meta.put({ key: SYNC_META.clientId, value: id });
        return id;
      }),

    progress: () =>
      db.transaction('r', db.meta, async () => ({
        cursor: await metaNumber(SYNC_META.cursor),
        lastMutationId: await metaNumber(SYNC_META.lastMutationId),
      })),

    pendingMutations: async () => (await pendingEntries(db)).map(toMutation),

    rejectUnsendable: (id, error) =>
      db.transaction('rw', SYNC_TABLES(db), async () => {
        const entry = await db.outbox.get(id);
        if (!entry || entry.state !== 'pending') return;
        const pending = (await pendingEntries(db)).filter((e) => e.id !== id);
        await settleRecords(db, { targets: [{ kind: entry.kind, id: entry.recordId }], left: [entry], pending, now: now() });
        await moveEntry(db, { ...entry, state: 'rejected', error }, await parkingId(db));
        const after = (await pendingEntries(db)).filter((e) => e.id > id);
        await shiftPendingDown(db, after, 1);
      }),

    recordPush: (response: PushResponse) =>
      db.transaction('rw', SYNC_TABLES(db), async () => {
        await raiseLastMutationId(response.lastMutationId);
        const refused = response.results.filter((r) => r.status === 'rejected');
        if (refused.length === 0) return;
        const entries = (await db.outbox.bulkGet(refused.map((r) => r.id))).filter((e) => e?.state === 'pending');
        const marked = entries.map((e) => {
          const r = refused.find((x) => x.id === e!.id)!;
          return { ...e!, state: 'rejected' as const, error: { code: r.code ?? 'rejected', message: r.message ?? 'サーバーがこの変更を受け付けませんでした' } };
        });
        await db.outbox.bulkPut(marked);
        await settleRecords(db, {
          targets: marked.map((e) => ({ kind: e.kind, id: e.recordId })),
          left: marked.map(toMutation),
          pending: await pendingEntries(db),
          now: now(),
        });
      }),

    resetToServer: (lastMutationId) =>
      db.transaction('rw', SYNC_TABLES(db), async () => {
        await db.meta.put({ key: SYNC_META.lastMutationId, value: lastMutationId });
        const pending = await pendingEntries(db);
        const first = pending[0];
        if (first && first.id > lastMutationId + 1) await shiftPendingDown(db, pending, first.id - (lastMutationId + 1));
      }),

    applyPullPage: (page: PullResponse, final: boolean) =>
      db.transaction('rw', SYNC_TABLES(db), async () => {
        await db.serverCopies.bulkPut(page.changes);
        const pending = await pendingEntries(db);
        const inPage = new Set(page.changes.map((c) => c.id));
        const acked = pending.filter((e) => e.id <= page.lastMutationId);
        // Acknowledged entries leave once the page holding their record is applied (the page and
        // lastMutationId are one server snapshot). The last page takes the rest, whose record did
        // not change: a no-op or a conflict copy (dropped), or refused while the push answer was
        // lost — kept as refused so the advisor still sees what was typed (sync/landed.ts).
        const inPageAcked = acked.filter((e) => inPage.has(e.recordId));
        const leftovers = final ? acked.filter((e) => !inPage.has(e.recordId)) : [];
        const unapplied = await notLanded(db, leftovers);
        const leaving = [...inPageAcked, ...leftovers];
        const leavingIds = new Set(leaving.map((e) => e.id));
        const remaining = pending.filter((e) => !leavingIds.has(e.id));
        await db.outbox.bulkDelete(leaving.filter((e) => !unapplied.has(e.id)).map((e) => e.id));
        await db.outbox.bulkPut(leaving.filter((e) => unapplied.has(e.id)).map((e) => ({ ...e, state: 'rejected' as const, error: { ...NOT_APPLIED } })));
        const targets = new Map<string, { kind: (typeof page.changes)[number]['kind']; id: string }>();
        for (const c of page.changes) targets.set(c.id, { kind: c.kind, id: c.id });
        for (const e of leaving) targets.set(e.recordId, { kind: e.kind, id: e.recordId });
        await settleRecords(db, { targets: [...targets.values()], left: leaving.map(toMutation), pending: remaining, now: now() });
        await db.meta.put({ key: SYNC_META.cursor, value: page.cursor });
        // The pull's value is the server's own, read with the page: if it is below what a push
        // answered (a restored server), the entries above it are pending again and get resent.
        await db.meta.put({ key: SYNC_META.lastMutationId, value: page.lastMutationId });
        if (final) await adoptOrganisationTaxonomy(db, remaining);
      }),

    markSynced: async (at) => {
      await db.meta.put({ key: SYNC_META.lastSyncAt, value: at });
    },
  };
}
