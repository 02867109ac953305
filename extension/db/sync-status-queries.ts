import Dexie, { liveQuery } from 'dexie';
import type { RecordKind } from '../../shared/records';
import type { SyncStatus } from '../sync/state';
import type { KarteDb } from './schema';

/**
 * The key the background publishes its SyncStatus under (SYNC_META.status in sync-store.ts,
 * which a test holds equal). Not imported: sync-store brings every shared schema, and the
 * popup must open without them.
 */
export const SYNC_STATUS_KEY = 'syncStatus';

/** A change the server refused for good, kept to show the advisor (docs/sync.md push step 7). */
export interface RejectedChange {
  entryId: number;
  kind: RecordKind;
  recordId: string;
  /** The fields the refused change would have set. */
  fields: Record<string, unknown>;
  message: string;
}

export interface SyncSnapshot {
  /** What the background last published; null before its first start. */
  status: SyncStatus | null;
  /** Counted here, live, so a save shows at once even while the background sleeps. */
  pending: number;
  rejected: RejectedChange[];
}

async function loadSyncSnapshot(db: KarteDb): Promise<SyncSnapshot> {
  const [meta, pending, rejected] = await Promise.all([
    db.meta.get(SYNC_STATUS_KEY),
    db.outbox.where('state').equals('pending').count(),
    db.outbox.where('state').equals('rejected').toArray(),
  ]);
  return {
    status: (meta?.value as SyncStatus | undefined) ?? null,
    pending,
    rejected: rejected.map((e) => ({
      entryId: e.id,
      kind: e.kind,
      recordId: e.recordId,
      fields: e.fields as Record<string, unknown>,
      message: e.error?.message ?? '',
    })),
  };
}

/** Calls back with the sync state now and whenever it changes; returns the stop function. */
export function observeSyncSnapshot(db: KarteDb, onChange: (s: SyncSnapshot) => void): () => void {
  const sub = liveQuery(() => loadSyncSnapshot(db)).subscribe({
    next: onChange,
    error: (e: unknown) => console.error('sync state observation stopped', e),
  });
  return () => sub.unsubscribe();
}

/** The advisor accepts the refusal: the notice goes (the record already shows the server's version). */
export async function discardRejected(db: KarteDb, entryIds: readonly number[]): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const entries = await db.outbox.bulkGet([...entryIds]);
    await db.outbox.bulkDelete(entries.filter((e) => e?.state === 'rejected').map((e) => e!.id));
  });
}

/**
 * Calls back with the ids of the consultations that have a change not yet sent (a pending
 * outbox entry), now and whenever the outbox changes; returns the stop function.
 */
export function observeUnsentConsultations(db: KarteDb, onChange: (ids: ReadonlySet<string>) => void): () => void {
  const sub = liveQuery(async () => {
    const pending = await db.outbox
      .where('[kind+recordId]')
      .between(['consultation', Dexie.minKey], ['consultation', Dexie.maxKey])
      .filter((e) => e.state === 'pending')
      .toArray();
    return new Set(pending.map((e) => e.recordId));
  }).subscribe({
    next: onChange,
    error: (e: unknown) => console.error('unsent consultations observation stopped', e),
  });
  return () => sub.unsubscribe();
}
