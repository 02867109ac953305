import type { SearchMark, SearchSnapshot, SnapshotStore } from '../search/ports';
import type { TaxonomyNames } from '../search/record-docs';
import { packIndex, unpackIndex } from '../search/snapshot-pack';
import type { KarteDb } from './schema';

/**
 * The one row of the `searchSnapshots` table: the serialised index as a binary Blob (read back
 * far faster than the same data as an object) and what it covers.
 */
export interface SearchSnapshotRow {
  key: string;
  index: Blob;
  mark: SearchMark;
  taxonomy: TaxonomyNames;
  savedAt: string;
}

const KEY = 'index';

/**
 * Keeps the search index between sessions, so opening the side panel loads it instead of
 * indexing every record again. Only a cache: a snapshot that is missing, damaged or from an
 * older format is rebuilt from the records (the service sees SearchIndexFormatError), and
 * clearing it loses nothing.
 */
export function createSnapshotStore(db: KarteDb): SnapshotStore & { clear(): Promise<void> } {
  return {
    async load(): Promise<SearchSnapshot | null> {
      const row = await db.searchSnapshots.get(KEY);
      if (!row) return null;
      // A Blob from any realm (tests run with another Blob class than the stored one's).
      const blob = row.index as Partial<Blob> | undefined;
      const buffer = typeof blob?.arrayBuffer === 'function' ? await blob.arrayBuffer() : new ArrayBuffer(0);
      return { data: unpackIndex(buffer), mark: row.mark, taxonomy: row.taxonomy, savedAt: row.savedAt };
    },
    async save({ data, mark, taxonomy, savedAt }) {
      await db.searchSnapshots.put({ key: KEY, index: packIndex(data), mark, taxonomy, savedAt });
    },
    async clear() {
      await db.searchSnapshots.delete(KEY);
    },
  };
}
