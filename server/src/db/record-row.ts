import { SENSITIVE_FIELDS, type RecordEnvelope, type RecordKind } from '../../../shared';

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
}

/** A record as the domain sees it: parsed fields and per-field versions. */
export interface StoredRecord {
  kind: RecordKind;
  id: string;
  version: number;
  data: Record<string, unknown>;
  fieldVersions: Record<string, number>;
  /** field → sync client id that last wrote it. */
  fieldClients: Record<string, string>;
  authorId: string | null;
  createdAt: string;
  updatedAt: string;
}

export function rowToRecord(row: RecordRow): StoredRecord {
  return {
    kind: row.kind,
    id: row.id,
    version: row.version,
    data: JSON.parse(row.data) as Record<string, unknown>,
    fieldVersions: JSON.parse(row.field_versions) as Record<string, number>,
    fieldClients: JSON.parse(row.field_clients) as Record<string, string>,
    authorId: row.author_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Who may read the sensitive fields of a 機微 consultation: its author and managers. */
export function canReadSensitive(record: StoredRecord, reader: { advisorId: string; canManage: boolean }): boolean {
  return reader.canManage || record.authorId === reader.advisorId;
}

/** The wire form of a record; a 機微 record the reader may not read goes out redacted. */
export function toEnvelope(record: StoredRecord, reader: { advisorId: string; canManage: boolean }): RecordEnvelope {
  const hidden = record.kind === 'consultation' && record.data.sensitive === true && !canReadSensitive(record, reader);
  const data = { ...record.data };
  if (hidden) {
    for (const f of SENSITIVE_FIELDS) data[f] = f === 'sourceUrl' ? null : '';
  }
  return {
    kind: record.kind,
    id: record.id,
    version: record.version,
    authorId: record.authorId,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    redacted: hidden,
    data,
  };
}

/**
 * The projection columns of a record (see migrations/0001_init.sql): which business it
 * belongs to, its sort key and, for businesses, normalised search text.
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
    default:
      return { businessId: null, sortKey: String(data.order ?? 0).padStart(6, '0'), searchText: null };
  }
}
