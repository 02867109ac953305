import type { Mutation } from '../../../shared';
import { readRecords, selectChildren, selectRecordsByIds } from '../db/records';
import { loaded, type WorkingRecord } from '../domain/merge';

const HOPS = 8;

/**
 * Push step 3, for merged businesses: the business each loaded merged-away one now stands for
 * (following a chain of merges), and every record (consultations, actions, support records) of
 * every business this push may merge. Adds them to `stored`; no round trip when the push touches no merge.
 */
export async function loadForMerges(
  db: D1Database,
  orgId: string,
  mutations: readonly Mutation[],
  stored: Map<string, WorkingRecord>,
): Promise<void> {
  const merging = mutations.filter((m) => m.kind === 'business' && typeof m.fields.mergedInto === 'string').map((m) => m.recordId);
  let children = merging.length > 0 ? selectChildren(db, orgId, merging) : [];
  for (let hop = 0; hop < HOPS; hop++) {
    const survivors = [...stored.values()]
      .map((r) => (r.kind === 'business' ? r.data.mergedInto : null))
      .filter((id): id is string => typeof id === 'string' && !stored.has(id));
    if (survivors.length === 0 && children.length === 0) return;
    const records = await readRecords(db, [...selectRecordsByIds(db, orgId, survivors), ...children]);
    children = [];
    let added = 0;
    for (const record of records) {
      if (stored.has(record.id)) continue;
      stored.set(record.id, loaded(record));
      added++;
    }
    if (added === 0) return;
  }
}
