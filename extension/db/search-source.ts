import type { RecordTable, RowOf, SearchMark, SearchSource } from '../search/ports';
import type { KarteDb } from './schema';

/**
 * The sync cursor's key in `meta` (SYNC_META.cursor in sync-store.ts, which a test holds equal).
 * Not imported: sync-store brings every shared schema with it, and the search worker starts
 * faster without them.
 */
export const SYNC_CURSOR_KEY = 'cursor';

/**
 * How far back a catch-up looks before the time it last started: a write stamps updatedAt when
 * its transaction starts and may commit a little later, and clocks get adjusted. Reading a
 * few records twice costs nothing; missing one would leave it unsearchable.
 */
export const CLOCK_SLACK_MS = 2 * 60_000;

/** The records as the search worker reads them (extension/search/ports.ts). */
export function createSearchSource(db: KarteDb, now: () => number = Date.now): SearchSource {
  const table = <T extends RecordTable>(name: T) => db.table<RowOf<T>, string>(name);
  return {
    async mark() {
      const cursor = (await db.meta.get(SYNC_CURSOR_KEY))?.value;
      return { cursor: typeof cursor === 'number' ? cursor : 0, updatedAt: new Date(now() - CLOCK_SLACK_MS).toISOString() };
    },
    count: (name) => table(name).count(),
    page: (name, after, size) => table(name).where(':id').above(after).limit(size).toArray(),
    get: (name, ids) => table(name).bulkGet([...ids]),
    taxonomy: () =>
      db.transaction('r', db.tags, db.tagGroups, async () => ({ tags: await db.tags.toArray(), groups: await db.tagGroups.toArray() })),
    async changedSince(mark: SearchMark) {
      const [businesses, consultations, actions, pulled, outbox] = await Promise.all([
        db.businesses.where('updatedAt').above(mark.updatedAt).primaryKeys(),
        db.consultations.where('updatedAt').above(mark.updatedAt).primaryKeys(),
        db.actions.where('updatedAt').above(mark.updatedAt).primaryKeys(),
        db.serverCopies.where('version').above(mark.cursor).primaryKeys(),
        // Pending and rejected edits: a rejection puts the server's (older) copy back unseen.
        db.outbox.toArray(),
      ]);
      return [...new Set([...businesses, ...consultations, ...actions, ...pulled, ...outbox.map((e) => e.recordId)])];
    },
    ids: (name) => table(name).toCollection().primaryKeys(),
  };
}
