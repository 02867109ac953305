import { rowToRecord, type RecordRow } from '../db/record-row';
import { selectConflictCopies } from '../db/records';
import type { WorkingRecord } from '../domain/merge';

/**
 * When a push turns a consultation's 機微 flag on or off, its conflict copies (which hold
 * text of that consultation) are written again with new versions, unchanged, so every
 * client pulls them again and receives them redacted or readable under the new flag.
 */
export async function reversionConflictCopies(
  db: D1Database,
  orgId: string,
  stored: ReadonlyMap<string, WorkingRecord>,
  working: ReadonlyMap<string, WorkingRecord>,
  dirty: ReadonlySet<string>,
): Promise<WorkingRecord[]> {
  const flipped = [...dirty].filter((id) => {
    const before = stored.get(id);
    const after = working.get(id);
    return before?.kind === 'consultation' && after !== undefined && before.data.sensitive !== after.data.sensitive;
  });
  if (flipped.length === 0) return [];
  const results = await db.batch(selectConflictCopies(db, orgId, flipped));
  return results
    .flatMap((r) => r.results as unknown as RecordRow[])
    .filter((row) => !dirty.has(row.id))
    .map((row) => ({ ...rowToRecord(row), isNew: false, written: new Set<string>() }));
}
