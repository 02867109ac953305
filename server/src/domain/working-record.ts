import type { ErrorCode, RecordKind } from '../../../shared';

/**
 * A record's data and who wrote each field when: what a push merges, and the core of a stored record
 * (db/record-row.ts StoredRecord adds its version, timestamps and guards).
 */
export interface RecordState {
  kind: RecordKind;
  id: string;
  data: Record<string, unknown>;
  /** field → organisation version that last wrote it (docs/sync.md "Records"). */
  fieldVersions: Record<string, number>;
  /** field → sync client that last wrote it: a client's own earlier write is never concurrent with its next edit. */
  fieldClients: Record<string, string>;
  authorId: string | null;
}

/**
 * A record as one push sees it: the stored state plus the effects of the earlier
 * mutations of the same push. Pure data; the database code turns it into rows.
 */
export interface WorkingRecord extends RecordState {
  /** True until the record has been committed once. */
  isNew: boolean;
  /**
   * Fields this push has written. All mutations of a push come from one client, so a later
   * mutation is never concurrent with an earlier one of the same push; at commit these
   * fields get the record's new version.
   */
  written: ReadonlySet<string>;
  /** A conflict copy made by this push: the consultation its text came from (sensitivity.ts originOf). */
  origin?: string | null;
}

/** A stored record as a push starts from it: committed before, nothing written by this push yet. */
export const loaded = (record: RecordState): WorkingRecord => ({ ...record, isNew: false, written: new Set() });

export interface MergeContext {
  advisorId: string;
  /** The pushing sync client. */
  clientId: string;
  /** roleAtLeast(role, 'manager'). */
  canManage: boolean;
  /** Another record of the organisation as this push currently sees it (tags, businesses, …). */
  find: (id: string) => WorkingRecord | null;
  /** The records of one kind that belong to a business, as this push currently sees them (those it loaded). */
  recordsOf: (kind: RecordKind, businessId: string) => WorkingRecord[];
  /** Whether an id is an enabled advisor of the organisation (co-advisors a consultation may name). */
  isLiveAdvisor: (id: string) => boolean;
  /** Ids for conflict copies (UUIDv7 in production, predictable in tests). */
  newId: () => string;
}

export type MergeOutcome =
  | { status: 'applied'; record: WorkingRecord; changed: boolean; conflicts: WorkingRecord[] }
  | { status: 'rejected'; code: ErrorCode; message: string };

export const rejected = (code: ErrorCode, message: string): MergeOutcome => ({ status: 'rejected', code, message });
