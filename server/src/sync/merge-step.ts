import { roleAtLeast, uuidv7, type Mutation, type MutationResult, type RecordKind } from '../../../shared';
import type { WorkingRecord } from '../domain/merge';
import type { Caller } from '../types';
import { applyMutations } from './apply-mutations';

/**
 * Push step 5 on what step 3 read (or what a client's last push left remembered): each new mutation,
 * in order, on top of the stored records and the earlier mutations of this push. Pure; returns the
 * results, every record as the push leaves it, and which of them it changed.
 */
export function mergeStep(
  caller: Caller,
  clientId: string,
  fresh: readonly Mutation[],
  stored: ReadonlyMap<string, WorkingRecord>,
  isLiveAdvisor: (id: string) => boolean,
): { results: MutationResult[]; working: Map<string, WorkingRecord>; dirty: Set<string> } {
  const working = new Map(stored);
  const ctx = {
    advisorId: caller.advisorId,
    clientId,
    canManage: roleAtLeast(caller.role, 'manager'),
    isLiveAdvisor,
    find: (id: string) => working.get(id) ?? null,
    recordsOf: (kind: RecordKind, businessId: string) =>
      [...working.values()].filter((r) => r.kind === kind && r.data.businessId === businessId),
    newId: () => uuidv7(),
  };
  return { ...applyMutations(fresh, working, ctx), working };
}
