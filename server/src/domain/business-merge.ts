import { mergedBusinessFields, recordSchema, type Business, type Mutation } from '../../../shared';
import type { WorkingRecord } from './working-record';

/**
 * Business merges on the server (docs/sync.md push step 5, "merged businesses"). Pure: the
 * push loads the records, these rules say what a merge and a stale write become.
 */

/** At most this many hops from a merged-away business to the one that now stands for it. */
const MAX_HOPS = 8;

/** The business that stands for `id` now: itself, or the end of its chain of merges (null when it breaks). */
export function survivorOf(id: string, find: (id: string) => WorkingRecord | null): string | null {
  let current = find(id);
  for (let hop = 0; current && hop < MAX_HOPS; hop++) {
    const next = current.data.mergedInto;
    if (current.kind !== 'business' || typeof next !== 'string') return current.id;
    current = find(next);
  }
  return null;
}

/** Fields a write aimed at a merged-away business does not carry over to the one kept. */
const NOT_CARRIED = new Set(['deleted', 'mergedInto', 'name']);

/**
 * A mutation written by a device that has not seen a merge yet, aimed where it should land:
 * an edit of the merged-away business goes to the kept one (its name and delete flag stay
 * behind: the merge chose the name, and nothing undoes a merge by the way), and a
 * consultation or action of it is filed under the kept one.
 */
export function redirectMutation(m: Mutation, find: (id: string) => WorkingRecord | null): Mutation {
  if (m.kind === 'business') {
    const stored = find(m.recordId);
    if (!stored || typeof stored.data.mergedInto !== 'string') return m;
    const survivor = survivorOf(m.recordId, find);
    if (!survivor || survivor === m.recordId) return m;
    const fields = Object.fromEntries(Object.entries(m.fields).filter(([k]) => !NOT_CARRIED.has(k)));
    return { ...m, recordId: survivor, fields } as Mutation;
  }
  if ((m.kind === 'consultation' || m.kind === 'action') && typeof m.fields.businessId === 'string') {
    const survivor = survivorOf(m.fields.businessId, find);
    if (survivor && survivor !== m.fields.businessId) return { ...m, fields: { ...m.fields, businessId: survivor } } as Mutation;
  }
  return m;
}

/** True when this push's mutation turned `before` into a business merged away (not merged before). */
export function startsMerge(before: WorkingRecord | null, after: WorkingRecord): boolean {
  return after.kind === 'business' && typeof after.data.mergedInto === 'string' && typeof before?.data.mergedInto !== 'string';
}

/**
 * What merging `away` into `kept` writes besides the merge mutation itself: the kept business
 * with what it lacked, `away` marked deleted, and every consultation and action of `away`
 * filed under `kept` (a 機微 note of a colleague included: the merge moves it, it does not edit it).
 */
export function mergeEffects(away: WorkingRecord, kept: WorkingRecord, children: readonly WorkingRecord[]): WorkingRecord[] {
  const out: WorkingRecord[] = [];
  const fill = mergedBusinessFields(kept.data as Business, away.data as Business);
  const keptData = { ...kept.data, ...fill };
  if (Object.keys(fill).length > 0 && recordSchema('business').safeParse(keptData).success) {
    out.push({ ...kept, data: keptData, written: new Set([...kept.written, ...Object.keys(fill)]) });
  }
  if (away.data.deleted !== true) out.push({ ...away, data: { ...away.data, deleted: true }, written: new Set([...away.written, 'deleted']) });
  for (const child of children) {
    if (child.data.businessId !== away.id) continue;
    out.push({ ...child, data: { ...child.data, businessId: kept.id }, written: new Set([...child.written, 'businessId']) });
  }
  return out;
}
