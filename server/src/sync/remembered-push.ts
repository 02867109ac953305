import { PROTOCOL_VERSION, type Mutation, type PushRequest, type PushResponse, type RecordKind } from '../../../shared';
import { advisorsStillLive } from '../db/advisors';
import { recordsStillAsRead } from '../db/records';
import { loaded, type WorkingRecord } from '../domain/merge';
import { referencedIds } from '../domain/mutation-rules';
import type { Admission, Caller } from '../types';
import { commitStatements } from './commit';
import { readersChangedIn } from './derived-copies';
import { mergeStep } from './merge-step';
import { noteCommit, recallPush, rememberCommit, type PushMemory } from './push-memory';

/**
 * A push in one round trip (docs/sync.md, push step 3 "from memory"). When this isolate remembers
 * the client's last push (push-memory.ts) and that holds everything step 3 would read, the push
 * merges against it and sends its commit as its only batch. Guards at the head of that batch roll it
 * back unless the token is still live with the same role, the organisation version and the client's
 * last mutation id are still the remembered ones, every remembered record used is still at its
 * version, every record taken as new is still absent, and every advisor taken as enabled still is.
 * Anything else — nothing remembered, a push that needs more than the records it names, a guard
 * that failed — answers null, and the push runs as usual (push.ts), from its read.
 */
export async function pushFromMemory(
  db: D1Database,
  caller: Caller,
  req: PushRequest,
  admission?: Admission,
): Promise<PushResponse | null> {
  if (!admission?.guardedBatch) return null;
  const memory = recallPush(caller.orgId, req.clientId);
  const read = readFromMemory(memory, caller, req.mutations);
  if (memory === null || read === null) return null;

  const asked = new Set<string>();
  const merged = mergeStep(caller, req.clientId, req.mutations, read.stored, (id) => {
    asked.add(id);
    return memory.liveAdvisors?.has(id) ?? false;
  });
  // An advisor taken as not enabled, or not known: the read decides. So does a change of who may read a consultation (its copies are read and written again).
  if ([...asked].some((id) => !memory.liveAdvisors?.has(id))) return null;
  if (readersChangedIn(read.stored, merged.working, merged.dirty).length > 0) return null;

  const writes = [...merged.dirty].map((id) => merged.working.get(id)!);
  const newLastMutationId = req.mutations[req.mutations.length - 1]!.id;
  const { guards, statements, version } = commitStatements(db, {
    orgId: caller.orgId,
    orgVersion: memory.orgVersion,
    clientId: req.clientId,
    advisorId: caller.advisorId,
    lastMutationId: memory.lastMutationId,
    newLastMutationId,
    writes,
  });
  const committed = await admission.guardedBatch(
    [...recordsStillAsRead(caller.orgId, read.kept, read.absent), ...advisorsStillLive(caller.orgId, [...asked]), ...guards],
    statements,
  );
  if (!committed) return null;
  if (recallPush(caller.orgId, req.clientId) === memory) {
    const state = { ...memory, orgVersion: version, lastMutationId: newLastMutationId };
    rememberCommit(caller.orgId, req.clientId, state, memory.records.values(), new Set(writes.map((w) => w.id)));
  }
  noteCommit(caller.orgId, version);
  return { protocol: PROTOCOL_VERSION, lastMutationId: newLastMutationId, cursor: version, results: merged.results };
}

/** Kinds whose step 3 reads more than the records a push names (conflict targets, 専門家派遣 sources, yearly figures of the business). */
const READS_MORE: ReadonlySet<RecordKind> = new Set(['conflict', 'expertDispatch', 'yearlyFigures']);

/** Step 3 as `memory` answers it: the records the push names as the read would find them. */
export interface RememberedRead {
  stored: Map<string, WorkingRecord>;
  /** Remembered records used, with the version they must still have. */
  kept: { id: string; version: number }[];
  /** Records the push writes that it takes as new: they must still be absent. */
  absent: string[];
}

/**
 * What step 3 would read, from memory: null when nothing is remembered for this caller, the push
 * does not follow the remembered last mutation, or it needs what memory does not hold — a merge of
 * businesses, a kind that reads more, or a record it names that is neither remembered nor one it
 * writes (a record it writes that is not remembered is taken as new, and guarded as absent).
 */
export function readFromMemory(memory: PushMemory | null, caller: Caller, mutations: readonly Mutation[]): RememberedRead | null {
  if (memory === null || memory.advisorId !== caller.advisorId || memory.role !== caller.role) return null;
  if (mutations[0]?.id !== memory.lastMutationId + 1) return null;
  const targets = new Set(mutations.map((m) => m.recordId));
  const stored = new Map<string, WorkingRecord>();
  const kept: { id: string; version: number }[] = [];
  const absent = new Set<string>();
  for (const m of mutations) {
    if (READS_MORE.has(m.kind) || 'mergedInto' in m.fields) return null;
    for (const id of [m.recordId, ...referencedIds(m.fields)]) {
      if (stored.has(id) || absent.has(id)) continue;
      const known = memory.records.get(id);
      if (known) {
        // A merged-away business: step 3 follows it to the business kept.
        if (known.kind === 'business' && typeof known.data.mergedInto === 'string') return null;
        stored.set(id, loaded(known));
        kept.push({ id, version: known.version });
      } else if (targets.has(id)) {
        absent.add(id);
      } else {
        return null;
      }
    }
  }
  return { stored, kept, absent: [...absent] };
}
