import type { Mutation } from '../../../shared';
import { readRecords, selectYearlyFigures } from '../db/records';
import { survivorOf } from '../domain/business-merge';
import { loaded, type WorkingRecord } from '../domain/merge';

/**
 * Push step 3, for the one yearly figures record per business and 決算期: the yearly figures of
 * every business this push writes figures for (the business a merged-away one now stands for
 * too) and of every business it merges another into. Adds them to `stored`; no round trip when
 * the push touches neither.
 */
export async function loadYearlyFigures(
  db: D1Database,
  orgId: string,
  mutations: readonly Mutation[],
  stored: Map<string, WorkingRecord>,
): Promise<void> {
  const targets = new Set<string>();
  for (const m of mutations) {
    const named =
      m.kind === 'yearlyFigures'
        ? (m.fields.businessId ?? stored.get(m.recordId)?.data.businessId)
        : m.kind === 'business'
          ? m.fields.mergedInto
          : null;
    if (typeof named === 'string') targets.add(named);
  }
  if (targets.size === 0) return;
  const find = (id: string) => stored.get(id) ?? null;
  for (const id of [...targets]) {
    const survivor = survivorOf(id, find);
    if (survivor) targets.add(survivor);
  }
  for (const record of await readRecords(db, selectYearlyFigures(db, orgId, [...targets]))) {
    if (!stored.has(record.id)) stored.set(record.id, loaded(record));
  }
}
