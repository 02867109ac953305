import { withAllFields, type RecordEnvelope, type RecordKind } from '../../../shared';
import { redact, type GuardSource, type Reader } from '../domain/sensitivity';
import type { RecordState } from '../domain/working-record';
import { decodeFieldMeta } from './field-meta';
import { rowsOf } from './statements';

/** A row of the `records` table as D1 returns it. */
export interface RecordRow {
  org_id: string;
  id: string;
  kind: RecordKind;
  version: number;
  deleted: number;
  data: string;
  field_versions: string;
  field_clients: string;
  author_id: string | null;
  sensitive: number;
  business_id: string | null;
  sort_key: string | null;
  search_text: string | null;
  created_at: string;
  updated_at: string;
  /**
   * Read queries only (GUARD_SOURCES_SQL): JSON `[[id, authorId, advisorIds], …]` of the 機微
   * consultations the record's text came from.
   */
  guard_sources?: string | null;
}

/**
 * A column for read queries over `records r`: the 機微 consultations some text of the row came
 * from (derived_from), with who may read them. One index probe per row; '[]' for most rows.
 */
export const GUARD_SOURCES_SQL = `(SELECT json_group_array(json_array(s.id, s.author_id, s.data -> '$.advisorIds'))
    FROM derived_from d JOIN records s ON s.org_id = d.org_id AND s.id = d.source_id
    WHERE d.org_id = r.org_id AND d.record_id = r.id AND s.sensitive = 1) AS guard_sources`;

/** A record as the domain sees it: its parsed state, with the version and timestamps of its last write. */
export interface StoredRecord extends RecordState {
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The 機微 consultations whose text the record holds (itself, for a 機微 consultation). */
  guards: GuardSource[];
}

/** A record as a read hands it out: without the per-field versions that only a push merges by. */
export type ReadableRecord = Omit<StoredRecord, 'fieldVersions' | 'fieldClients'>;

/** The columns of `records r` a ReadableRecord is made of (with GUARD_SOURCES_SQL): what a pull reads. */
export const READABLE_COLUMNS_SQL = 'r.kind, r.id, r.version, r.data, r.author_id, r.sensitive, r.created_at, r.updated_at';
export type ReadableRow = Pick<
  RecordRow,
  'kind' | 'id' | 'version' | 'data' | 'author_id' | 'sensitive' | 'created_at' | 'updated_at' | 'guard_sources'
>;

function guardsOf(row: ReadableRow, data: Record<string, unknown>): GuardSource[] {
  const guards: GuardSource[] = [];
  if (row.kind === 'consultation' && row.sensitive === 1) {
    guards.push({ id: row.id, authorId: row.author_id, advisorIds: (data.advisorIds as string[] | undefined) ?? [] });
  }
  if (row.guard_sources) {
    for (const [id, authorId, advisorIds] of JSON.parse(row.guard_sources) as [string, string | null, string[] | null][]) {
      guards.push({ id, authorId, advisorIds: advisorIds ?? [] });
    }
  }
  return guards;
}

export function rowToReadable(row: ReadableRow): ReadableRecord {
  return readable(row, JSON.parse(row.data) as Record<string, unknown>);
}

function readable(row: ReadableRow, stored: Record<string, unknown>): ReadableRecord {
  // A record stored before a field existed reads as having its default, so it validates and merges as a whole.
  const data = withAllFields(row.kind, stored);
  return {
    kind: row.kind,
    id: row.id,
    version: row.version,
    data,
    authorId: row.author_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    guards: guardsOf(row, data),
  };
}

export function rowToRecord(row: RecordRow): StoredRecord {
  const stored = JSON.parse(row.data) as Record<string, unknown>;
  const fields = Object.keys(stored);
  return {
    ...readable(row, stored),
    fieldVersions: decodeFieldMeta<number>(row.field_versions, fields),
    fieldClients: decodeFieldMeta<string>(row.field_clients, fields),
  };
}

/** The records one result of a batch read, from a statement selecting whole `records` rows (db/records.ts). */
export const recordsIn = (result: D1Result): StoredRecord[] => rowsOf<RecordRow>(result).map(rowToRecord);

/**
 * The wire form of a record as `reader` may see it (text of a 機微 consultation they may not
 * read emptied, `redacted: true`), and whether 機微 text is handed over readable (to audit).
 */
export function deliver(record: ReadableRecord, reader: Reader): { envelope: RecordEnvelope; sensitiveRead: boolean } {
  const { data, redacted, sensitiveRead } = redact(record, reader);
  const envelope: RecordEnvelope = {
    kind: record.kind,
    id: record.id,
    version: record.version,
    authorId: record.authorId,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    redacted,
    data,
  };
  return { envelope, sensitiveRead };
}

export const toEnvelope = (record: ReadableRecord, reader: Reader): RecordEnvelope => deliver(record, reader).envelope;

/**
 * The projection columns of a record (see migrations/0001_init.sql): which business it
 * belongs to, its sort key and, for businesses, normalised search text. The indexes on
 * (org, business, kind, sort key) and (org, kind, sort key) serve every kind's lookups.
 */
export function projections(kind: RecordKind, id: string, data: Record<string, unknown>, normalize: (s: string) => string) {
  switch (kind) {
    case 'business': {
      const ext = (data.externalIds as { system: string; value: string }[] | undefined) ?? [];
      const parts = [data.name, data.nameKana, data.corporateNumber, ...ext.map((e) => e.value)].filter(
        (p): p is string => typeof p === 'string' && p !== '',
      );
      return { businessId: id, sortKey: normalize(String(data.nameKana || data.name || '')), searchText: normalize(parts.join(' ')) };
    }
    case 'consultation':
      return { businessId: data.businessId as string, sortKey: data.heldAt as string, searchText: null };
    case 'action':
      return { businessId: data.businessId as string, sortKey: (data.dueDate as string | null) ?? '9999-12-31', searchText: null };
    case 'conflict':
      return { businessId: null, sortKey: data.recordId as string, searchText: null };
    // The support records (issue 13): by business, and in the order of the date their reports count them by.
    case 'application':
      return { businessId: data.businessId as string, sortKey: (data.appliedOn as string | null) ?? '', searchText: null };
    case 'expertDispatch': {
      const dates = ((data.visits as { date: string }[] | undefined) ?? []).map((v) => v.date).sort();
      return { businessId: data.businessId as string, sortKey: dates[0] ?? '', searchText: null };
    }
    case 'yearlyFigures':
      return { businessId: data.businessId as string, sortKey: data.fiscalPeriod as string, searchText: null };
    case 'demandEvent':
      return { businessId: data.businessId as string, sortKey: data.heldOn as string, searchText: null };
    case 'founder':
      return {
        businessId: (data.businessId as string | null) ?? null,
        sortKey: normalize(String(data.nameKana || data.name || '')),
        searchText: null,
      };
    default:
      return { businessId: null, sortKey: String(data.order ?? 0).padStart(6, '0'), searchText: null };
  }
}
