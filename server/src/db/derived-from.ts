import { sourcesOf } from '../domain/sensitivity';
import type { WorkingRecord } from '../domain/working-record';
import { chunk, MAX_PARAMS, placeholders } from './statements';

/**
 * `derived_from` (migrations/0004): which consultation some text of a record came from, kept
 * in step with every push so reads can redact it and a 機微 change can find its copies.
 */

/** Statements reading the records whose text came from any of `sourceIds` (run them in one batch). */
export function selectDerivedRecords(db: D1Database, orgId: string, sourceIds: readonly string[]): D1PreparedStatement[] {
  return chunk([...new Set(sourceIds)], MAX_PARAMS - 1).map((part) =>
    db
      .prepare(
        `SELECT DISTINCT r.* FROM derived_from d JOIN records r ON r.org_id = d.org_id AND r.id = d.record_id
         WHERE d.org_id = ? AND d.source_id IN (${placeholders(part.length)})`,
      )
      .bind(orgId, ...part),
  );
}

/** A written record as derived_from sees it: its data, and for a new conflict copy the origin of its text. */
export type DerivedWrite = Pick<WorkingRecord, 'kind' | 'id' | 'data' | 'isNew' | 'origin'>;

/**
 * Statements keeping derived_from in step with written records: actions, 専門家派遣 and
 * businesses get the sources their fields name now; a conflict copy gets its origin once, when it is made.
 */
export function replaceDerivedFrom(db: D1Database, orgId: string, writes: readonly DerivedWrite[]): D1PreparedStatement[] {
  const tracked = writes.filter((w) => w.kind === 'action' || w.kind === 'business' || w.kind === 'expertDispatch');
  const deletes = chunk(
    tracked.map((w) => w.id),
    MAX_PARAMS - 1,
  ).map((part) =>
    db.prepare(`DELETE FROM derived_from WHERE org_id = ? AND record_id IN (${placeholders(part.length)})`).bind(orgId, ...part),
  );
  const rows = [
    ...tracked.flatMap((w) => sourcesOf(w.kind, w.data).map((source) => [orgId, w.id, source])),
    ...writes.filter((w) => w.kind === 'conflict' && w.isNew && w.origin).map((w) => [orgId, w.id, w.origin!]),
  ];
  const inserts = chunk(rows, Math.floor(MAX_PARAMS / 3)).map((part) =>
    db
      .prepare(`INSERT OR IGNORE INTO derived_from (org_id, record_id, source_id) VALUES ${part.map(() => '(?, ?, ?)').join(', ')}`)
      .bind(...part.flat()),
  );
  return [...deletes, ...inserts];
}
