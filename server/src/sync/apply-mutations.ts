import type { Mutation, MutationResult } from '../../../shared';
import { mergeEffects, redirectMutation, startsMerge } from '../domain/business-merge';
import { mergeMutation, type MergeContext, type WorkingRecord } from '../domain/merge';

/**
 * Push step 5: each new mutation, in order, on top of the stored records and the earlier
 * mutations of this push. A write aimed at a merged-away business lands on the kept one; a
 * merge brings the kept business what it lacked and files the merged one's consultations
 * and actions under it. `working` is updated in place; returns the results and what changed.
 */
export function applyMutations(
  mutations: readonly Mutation[],
  working: Map<string, WorkingRecord>,
  ctx: MergeContext,
): { results: MutationResult[]; dirty: Set<string> } {
  const results: MutationResult[] = [];
  const dirty = new Set<string>();
  const put = (record: WorkingRecord) => {
    working.set(record.id, record);
    dirty.add(record.id);
  };
  for (const original of mutations) {
    const m = redirectMutation(original, ctx.find);
    if (Object.keys(m.fields).length === 0) {
      results.push({ id: m.id, status: 'applied' }); // nothing of it still applies (a merged-away business's delete, say)
      continue;
    }
    const before = working.get(m.recordId) ?? null;
    const outcome = mergeMutation(before, m, ctx);
    if (outcome.status === 'rejected') {
      results.push({ id: m.id, status: 'rejected', code: outcome.code, message: outcome.message });
      continue;
    }
    working.set(outcome.record.id, outcome.record);
    if (outcome.changed) dirty.add(outcome.record.id);
    outcome.conflicts.forEach(put);
    if (startsMerge(before, outcome.record)) {
      const kept = working.get(outcome.record.data.mergedInto as string)!;
      mergeEffects(outcome.record, kept, [...working.values()]).forEach(put);
    }
    const conflictIds = outcome.conflicts.map((c) => c.id);
    results.push({ id: m.id, status: 'applied', ...(conflictIds.length > 0 ? { conflictIds } : {}) });
  }
  return { results, dirty };
}
