import { uuidv7, type PullResponse, type PushResponse } from '../../shared';
import { acknowledgedOutsidePage, planPullPage, planPushAnswer, type Refusal } from '../sync/outbox-plan';
import type { SyncStore } from '../sync/ports';
import type { SyncStatus } from '../sync/state';
import { moveEntry, parkingId, shiftPendingDown } from './outbox-renumber';
import type { KarteDb, OutboxEntry } from './schema';
import { pendingEntries, settleRecords, SYNC_TABLES, toMutation } from './settle-records';
import { adoptOrganisationTaxonomy } from './taxonomy-adoption';

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
  /** Marks entries refused for good (kept to show what was typed); returns them as marked. */
  const refuse = async (refusals: readonly Refusal[]): Promise<OutboxEntry[]> => {
    if (refusals.length === 0) return [];
    const entries = await db.outbox.bulkGet(refusals.map((r) => r.id));
    const marked = entries.flatMap((e, i) => (e ? [{ ...e, state: 'rejected' as const, error: refusals[i]!.error }] : []));
    await db.outbox.bulkPut(marked);
    return marked;
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
        if (entry?.state !== 'pending') return;
        const pending = (await pendingEntries(db)).filter((e) => e.id !== id);
        await settleRecords(db, { targets: [{ kind: entry.kind, id: entry.recordId }], left: [entry], pending, now: now() });
        await moveEntry(db, { ...entry, state: 'rejected', error }, await parkingId(db));
        const after = (await pendingEntries(db)).filter((e) => e.id > id);
        await shiftPendingDown(db, after, 1);
      }),

    recordPush: (response: PushResponse) =>
      db.transaction('rw', SYNC_TABLES(db), async () => {
        await raiseLastMutationId(response.lastMutationId);
        const pending = await pendingEntries(db);
        const refused = planPushAnswer(response, pending);
        if (refused.length === 0) return;
        const marked = await refuse(refused);
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
        const outside = acknowledgedOutsidePage(page, pending, final);
        const [outsideCopies, conflicts] = await Promise.all([
          outside.length > 0 ? db.serverCopies.bulkGet(outside.map((e) => e.recordId)) : [],
          outside.length > 0 ? db.serverCopies.where('kind').equals('conflict').toArray() : [],
        ]);
        const plan = planPullPage({ page, final, pending, outsideCopies, conflicts });
        await db.outbox.bulkDelete(plan.remove);
        await refuse(plan.refuse);
        await settleRecords(db, {
          targets: plan.targets,
          left: plan.left.map(toMutation),
          pending: plan.remaining,
          now: now(),
          known: page.changes,
        });
        await db.meta.put({ key: SYNC_META.cursor, value: page.cursor });
        // The pull's value is the server's own, read with the page: if it is below what a push
        // answered (a restored server), the entries above it are pending again and get resent.
        await db.meta.put({ key: SYNC_META.lastMutationId, value: page.lastMutationId });
        if (final) await adoptOrganisationTaxonomy(db, plan.remaining);
      }),

    markSynced: async (at) => {
      await db.meta.put({ key: SYNC_META.lastSyncAt, value: at });
    },
  };
}
