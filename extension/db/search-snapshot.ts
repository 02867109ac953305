import type { SearchSnapshot, SnapshotStore } from '../search/ports';
import type { KarteDb } from './schema';

/** The one row of the `searchSnapshots` table: the serialised index and what it covers. */
export type SearchSnapshotRow = SearchSnapshot & { key: string };

const KEY = 'index';

/**
 * Keeps the search index between sessions, so opening the side panel loads it instead of
 * indexing every record again. Only a cache: a snapshot that is missing, damaged or from an
 * older format is rebuilt from the records, and clearing it loses nothing.
 */
export function createSnapshotStore(db: KarteDb): SnapshotStore & { clear(): Promise<void> } {
  return {
    async load() {
      const row = await db.searchSnapshots.get(KEY);
      if (!row) return null;
      const { key: _key, ...snapshot } = row;
      return snapshot;
    },
    async save(snapshot) {
      await db.searchSnapshots.put({ ...snapshot, key: KEY });
    },
    async clear() {
      await db.searchSnapshots.delete(KEY);
    },
  };
}
