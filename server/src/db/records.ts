import { BUSINESS_CHILD_KINDS, normalizeForSearch } from '../../../shared';
import type { RecordState } from '../domain/working-record';
import {
  GUARD_SOURCES_SQL,
  projections,
  READABLE_COLUMNS_SQL,
  recordsIn,
  rowToReadable,
  type ReadableRecord,
  type ReadableRow,
  type StoredRecord,
} from './record-row';
import { encodeFieldMeta } from './field-meta';
import { condition, type GuardCondition } from './push-guard';
import { chunk, MAX_PARAMS, placeholders, rowsOf } from './statements';

/** Statements reading the given records of one organisation (run them in one batch). */
export function selectRecordsByIds(db: D1Database, orgId: string, ids: readonly string[]): D1PreparedStatement[] {
  return chunk([...new Set(ids)], MAX_PARAMS - 1).map((part) =>
    db.prepare(`SELECT * FROM records WHERE org_id = ? AND id IN (${placeholders(part.length)})`).bind(orgId, ...part),
  );
}

/**
 * Guards (push-guard.ts) holding a batch to records as a push remembers them (sync/remembered-push.ts):
 * each of `kept` still at the version it had, and none of `absent` written since.
 */
export function recordsStillAsRead(
  orgId: string,
  kept: readonly { id: string; version: number }[],
  absent: readonly string[],
): GuardCondition[] {
  const unchanged = chunk(kept, (MAX_PARAMS - 2) / 2).map((part) =>
    condition(
      `(SELECT count(*) FROM records WHERE org_id = ? AND (id, version) IN (VALUES ${part.map(() => '(?, ?)').join(', ')})) = ?`,
      orgId,
      ...part.flatMap((r) => [r.id, r.version]),
      part.length,
    ),
  );
  const stillAbsent = chunk([...new Set(absent)], MAX_PARAMS - 1).map((part) =>
    condition(`NOT EXISTS (SELECT 1 FROM records WHERE org_id = ? AND id IN (${placeholders(part.length)}))`, orgId, ...part),
  );
  return [...unchanged, ...stillAbsent];
}

/** Runs statements that select whole records (the select* helpers here, selectDerivedRecords) in one batch: the records they read. */
export async function readRecords(db: D1Database, statements: D1PreparedStatement[]): Promise<StoredRecord[]> {
  return (await db.batch(statements)).flatMap(recordsIn);
}

const CHILD_KINDS_SQL = BUSINESS_CHILD_KINDS.map((k) => `'${k}'`).join(', ');

/** Statements reading every record that belongs to the given businesses (a merge files them under the kept one). */
export function selectChildren(db: D1Database, orgId: string, businessIds: readonly string[]): D1PreparedStatement[] {
  return chunk([...new Set(businessIds)], MAX_PARAMS - 1).map((part) =>
    db
      .prepare(`SELECT * FROM records WHERE org_id = ? AND business_id IN (${placeholders(part.length)}) AND kind IN (${CHILD_KINDS_SQL})`)
      .bind(orgId, ...part),
  );
}

/** Statements reading the yearly figures of the given businesses (one record per 決算期: the push checks a new one against them). */
export function selectYearlyFigures(db: D1Database, orgId: string, businessIds: readonly string[]): D1PreparedStatement[] {
  return chunk([...new Set(businessIds)], MAX_PARAMS - 1).map((part) =>
    db
      .prepare(`SELECT * FROM records WHERE org_id = ? AND business_id IN (${placeholders(part.length)}) AND kind = 'yearlyFigures'`)
      .bind(orgId, ...part),
  );
}

/**
 * Statements reading the consultations the given 専門家派遣 records came from, so a push can
 * apply a 機微 consultation's rule to them without another round trip.
 */
export function selectDispatchSources(db: D1Database, orgId: string, dispatchIds: readonly string[]): D1PreparedStatement[] {
  return chunk([...new Set(dispatchIds)], MAX_PARAMS - 1).map((part) =>
    db
      .prepare(
        `SELECT t.* FROM records d JOIN records t ON t.org_id = d.org_id AND t.id = d.data ->> '$.consultationId'
         WHERE d.org_id = ? AND d.kind = 'expertDispatch' AND d.id IN (${placeholders(part.length)})`,
      )
      .bind(orgId, ...part),
  );
}

/**
 * Statements reading the records that the given conflict copies belong to, so a push can
 * apply the consultation's 機微 rule to its copies without another round trip.
 */
export function selectConflictTargets(db: D1Database, orgId: string, conflictIds: readonly string[]): D1PreparedStatement[] {
  return chunk([...new Set(conflictIds)], MAX_PARAMS - 1).map((part) =>
    db
      .prepare(
        `SELECT t.* FROM records c JOIN records t ON t.org_id = c.org_id AND t.id = c.sort_key
         WHERE c.org_id = ? AND c.kind = 'conflict' AND c.id IN (${placeholders(part.length)})`,
      )
      .bind(orgId, ...part),
  );
}

/** One record as a push commits it: its new version and the per-field versions after the write (timestamps are the server's). */
export type RecordWrite = Pick<StoredRecord, keyof RecordState | 'version'>;

const COLUMNS = [
  'org_id',
  'id',
  'kind',
  'version',
  'deleted',
  'data',
  'field_versions',
  'field_clients',
  'author_id',
  'sensitive',
  'business_id',
  'sort_key',
  'search_text',
  'created_at',
  'updated_at',
] as const;
/** Columns a later write replaces; kind, author and created_at belong to the first write. */
const UPDATED = [
  'version',
  'deleted',
  'data',
  'field_versions',
  'field_clients',
  'sensitive',
  'business_id',
  'sort_key',
  'search_text',
  'updated_at',
];
const UPSERT_TAIL = `ON CONFLICT(org_id, id) DO UPDATE SET ${UPDATED.map((c) => `${c} = excluded.${c}`).join(', ')}`;

function rowValues(orgId: string, w: RecordWrite, now: string): unknown[] {
  const p = projections(w.kind, w.id, w.data, normalizeForSearch);
  const fields = Object.keys(w.data);
  return [
    orgId,
    w.id,
    w.kind,
    w.version,
    w.data.deleted === true ? 1 : 0,
    JSON.stringify(w.data),
    encodeFieldMeta(w.fieldVersions, fields),
    encodeFieldMeta(w.fieldClients, fields),
    w.authorId,
    w.kind === 'consultation' && w.data.sensitive === true ? 1 : 0,
    p.businessId,
    p.sortKey,
    p.searchText,
    now,
    now,
  ];
}

/** Upserts keyed by (org_id, id), several rows per statement within the parameter limit. */
export function upsertRecords(db: D1Database, orgId: string, writes: readonly RecordWrite[], now: string): D1PreparedStatement[] {
  const rowsPerStatement = Math.floor(MAX_PARAMS / COLUMNS.length);
  const rowSql = `(${placeholders(COLUMNS.length)})`;
  return chunk(writes, rowsPerStatement).map((part) =>
    db
      .prepare(`INSERT INTO records (${COLUMNS.join(', ')}) VALUES ${part.map(() => rowSql).join(', ')} ${UPSERT_TAIL}`)
      .bind(...part.flatMap((w) => rowValues(orgId, w, now))),
  );
}

/**
 * Keeps `external_ids` in step with the written businesses: their old rows go, their
 * current ids come back. OR IGNORE because a business may list the same id twice.
 */
export function replaceExternalIds(
  db: D1Database,
  orgId: string,
  businesses: readonly { id: string; externalIds: readonly { system: string; value: string }[] }[],
): D1PreparedStatement[] {
  const deletes = chunk(
    businesses.map((b) => b.id),
    MAX_PARAMS - 1,
  ).map((part) =>
    db.prepare(`DELETE FROM external_ids WHERE org_id = ? AND business_id IN (${placeholders(part.length)})`).bind(orgId, ...part),
  );
  const rows = businesses.flatMap((b) => b.externalIds.map((e) => [orgId, e.system, e.value, b.id]));
  const inserts = chunk(rows, Math.floor(MAX_PARAMS / 4)).map((part) =>
    db
      .prepare(
        `INSERT OR IGNORE INTO external_ids (org_id, system, value, business_id) VALUES ${part.map(() => '(?, ?, ?, ?)').join(', ')}`,
      )
      .bind(...part.flat()),
  );
  return [...deletes, ...inserts];
}

/** A pull row, and how many rows the page had to choose from (more than it holds: pull again). */
type PullRow = ReadableRow & { candidates: number };

/**
 * Pull step 2: records after the cursor in version order, at most `limit` of them and at most
 * `maxBytes` of record data (the first record always, however large), read together with
 * one row more than the page so the caller can tell whether more follow.
 */
export function selectPullPage(db: D1Database, orgId: string, cursor: number, limit: number, maxBytes: number): D1PreparedStatement {
  return db
    .prepare(
      `WITH page AS MATERIALIZED (
         SELECT version, ROW_NUMBER() OVER w AS n, SUM(octet_length(data)) OVER w AS bytes
         FROM records WHERE org_id = ?1 AND version > ?2
         WINDOW w AS (ORDER BY version ROWS UNBOUNDED PRECEDING)
         ORDER BY version LIMIT ?3 + 1
       )
       SELECT ${READABLE_COLUMNS_SQL}, ${GUARD_SOURCES_SQL}, (SELECT COUNT(*) FROM page) AS candidates
       FROM page p JOIN records r ON r.org_id = ?1 AND r.version = p.version
       WHERE p.n <= ?3 AND (p.n = 1 OR p.bytes <= ?4)
       ORDER BY r.version`,
    )
    .bind(orgId, cursor, limit, maxBytes);
}

/** Pull step 2's page as selectPullPage read it: its records in version order, and whether more follow. */
export function pullPageIn(result: D1Result): { records: ReadableRecord[]; hasMore: boolean } {
  const rows = rowsOf<PullRow>(result);
  return { records: rows.map(rowToReadable), hasMore: (rows[0]?.candidates ?? 0) > rows.length };
}
