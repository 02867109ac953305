import { selectDerivedRecords } from '../db/derived-from';
import { readRecords } from '../db/records';
import { loaded, type WorkingRecord } from '../domain/merge';
import { readersChanged } from '../domain/sensitivity';

/**
 * Push step 5, last: when a push changes who may read a consultation (its 機微 flag or its
 * co-advisors), every record holding text of it — actions, adopted business fields, conflict
 * copies — is written again unchanged with a new version, so every device pulls it again and
 * receives it readable or emptied under the new rule.
 */
export async function reversionDerivedCopies(
  db: D1Database,
  orgId: string,
  stored: ReadonlyMap<string, WorkingRecord>,
  working: ReadonlyMap<string, WorkingRecord>,
  dirty: ReadonlySet<string>,
): Promise<WorkingRecord[]> {
  const changed = readersChangedIn(stored, working, dirty);
  if (changed.length === 0) return [];
  const records = await readRecords(db, selectDerivedRecords(db, orgId, changed));
  return [...new Map(records.map((r) => [r.id, r])).values()].filter((r) => !dirty.has(r.id)).map(loaded);
}

/** The consultations among `dirty` whose readers the push changed: those whose derived copies step 5 writes again. */
export function readersChangedIn(
  stored: ReadonlyMap<string, WorkingRecord>,
  working: ReadonlyMap<string, WorkingRecord>,
  dirty: ReadonlySet<string>,
): string[] {
  return [...dirty].filter((id) => {
    const after = working.get(id);
    return after?.kind === 'consultation' && readersChanged(stored.get(id)?.data ?? null, after.data);
  });
}
