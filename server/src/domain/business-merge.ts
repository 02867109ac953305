import {
  isBusinessChild,
  mergedBusinessFields,
  recordSchema,
  yearlyFiguresOnMerge,
  type Business,
  type Mutation,
  type YearlyFigures,
} from '../../../shared';
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
 * record of it (consultation, action, support record) is filed under the kept one.
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
  if (isBusinessChild(m.kind) && 'businessId' in m.fields && typeof m.fields.businessId === 'string') {
    const survivor = survivorOf(m.fields.businessId, find);
    if (survivor && survivor !== m.fields.businessId) return { ...m, fields: { ...m.fields, businessId: survivor } } as Mutation;
  }
  return m;
}

/** True when this push's mutation turned `before` into a business merged away (not merged before). */
export function startsMerge(before: WorkingRecord | null, after: WorkingRecord): boolean {
  return after.kind === 'business' && typeof after.data.mergedInto === 'string' && typeof before?.data.mergedInto !== 'string';
}

const written = (r: WorkingRecord, change: Record<string, unknown>): WorkingRecord => ({
  ...r,
  data: { ...r.data, ...change },
  written: new Set([...r.written, ...Object.keys(change)]),
});

/**
 * What merging `away` into `kept` writes besides the merge mutation itself: the kept business
 * with what it lacked, `away` marked deleted, and every record of `away` — consultations,
 * actions and support records — filed under `kept` (a 機微 note of a colleague included: the
 * merge moves it, it does not edit it). Yearly figures for a 決算期 both have become one
 * (shared/business-merge.ts yearlyFiguresOnMerge).
 */
export function mergeEffects(away: WorkingRecord, kept: WorkingRecord, records: readonly WorkingRecord[]): WorkingRecord[] {
  const out = new Map<string, WorkingRecord>();
  const fill = mergedBusinessFields(kept.data as Business, away.data as Business);
  const keptData = { ...kept.data, ...fill };
  if (Object.keys(fill).length > 0 && recordSchema('business').safeParse(keptData).success) out.set(kept.id, written(kept, fill));
  if (away.data.deleted !== true) out.set(away.id, written(away, { deleted: true }));
  for (const child of records) {
    if (!isBusinessChild(child.kind) || child.data.businessId !== away.id) continue;
    out.set(child.id, written(child, { businessId: kept.id }));
  }
  const figuresOf = (businessId: string) =>
    records
      .filter((r) => r.kind === 'yearlyFigures' && r.data.businessId === businessId)
      .map((r) => ({ ...(r.data as YearlyFigures), id: r.id }));
  for (const { id, change } of yearlyFiguresOnMerge(figuresOf(kept.id), figuresOf(away.id))) {
    const r = out.get(id) ?? records.find((x) => x.id === id)!;
    out.set(id, written(r, change));
  }
  return [...out.values()];
}
