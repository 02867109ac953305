import type { LocalAction, LocalBusiness, LocalConsultation, LocalTag, LocalTagGroup } from '../db/schema';
import type { TaxonomyNames } from './record-docs';
import type { SerializedSearchIndex } from './serialize';

/**
 * Up to where the index has taken in the records. Two clocks, because records change in two
 * ways: written here (the row's updatedAt is this machine's time) or pulled from the server
 * (the row carries the server's updatedAt, which can be older than anything written here, so
 * pulls are followed by the sync cursor instead).
 */
export interface SearchMark {
  /** Rows written here after this time may be missing from the index. */
  updatedAt: string;
  /** Records pulled with a server version above this may be missing. */
  cursor: number;
}

/** The index as persisted, with what it covers. */
export interface SearchSnapshot {
  data: SerializedSearchIndex;
  mark: SearchMark;
  /** The tag and group names the consultations were indexed with (to notice renames). */
  taxonomy: TaxonomyNames;
  savedAt: string;
}

export type RecordTable = 'businesses' | 'consultations' | 'actions';
export type RowOf<T extends RecordTable> = T extends 'businesses'
  ? LocalBusiness
  : T extends 'consultations'
    ? LocalConsultation
    : LocalAction;

/** How the search service reads the records (extension/db/search-source.ts). */
export interface SearchSource {
  /** Where the records stand; taken before reading them, so a write racing the read is caught next time. */
  mark(): Promise<SearchMark>;
  count(table: RecordTable): Promise<number>;
  /** Rows in primary-key order after the key `after` ('' from the start), at most `size`. */
  page<T extends RecordTable>(table: T, after: string, size: number): Promise<RowOf<T>[]>;
  /** Rows by id, undefined where there is none. */
  get<T extends RecordTable>(table: T, ids: readonly string[]): Promise<(RowOf<T> | undefined)[]>;
  taxonomy(): Promise<{ tags: LocalTag[]; groups: LocalTagGroup[] }>;
  /** Ids of records that may have changed since `mark`: written here, pulled, or named by the outbox. */
  changedSince(mark: SearchMark): Promise<string[]>;
  /** Every primary key of a table: what the index must hold, to find records removed unseen. */
  ids(table: RecordTable): Promise<string[]>;
}

/** Where the snapshot is kept (extension/db/search-snapshot.ts). */
export interface SnapshotStore {
  load(): Promise<SearchSnapshot | null>;
  save(snapshot: SearchSnapshot): Promise<void>;
}
