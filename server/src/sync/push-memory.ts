import type { Role } from '../../../shared';
import type { StoredRecord } from '../db/record-row';

/**
 * What a client's last committed push left this isolate knowing (sync/remembered-push.ts): the state
 * its commit made, which stays true until anyone writes again — and the next commit's guards check
 * that nobody did.
 */
export interface PushMemory {
  /** When the commit was made (Date.now()). */
  at: number;
  advisorId: string;
  role: Role;
  /** The organisation version and the client's last mutation id after the commit. */
  orgVersion: number;
  lastMutationId: number;
  /** The organisation's enabled advisors, when the push read them (it named some); else null. */
  liveAdvisors: ReadonlySet<string> | null;
  /** Records the push read and did not write, as committed at their `version`. */
  records: ReadonlyMap<string, StoredRecord>;
}

/** At most this many clients remembered per isolate, and this many records per client (the business and tags a push names). */
const MAX_CLIENTS = 256;
const MAX_REMEMBERED_RECORDS = 32;
/**
 * A memory is used for this long after its commit. Past it, a colleague's push (through another
 * isolate, which this one cannot see) has likely moved the organisation, and the commit's guard would
 * fail: the push would pay the failed batch and then its read.
 */
export const REMEMBERED_MS = 10_000;

const memories = new Map<string, PushMemory>();
const keyOf = (orgId: string, clientId: string) => `${orgId}\n${clientId}`;

/** The newest organisation version a commit in this isolate made, by organisation: a memory below it is stale for sure. */
const committed = new Map<string, number>();

/** Records a commit of this isolate (a push, an import, a restore): every memory of the organisation before it is stale. */
export function noteCommit(orgId: string, version: number): void {
  if (committed.size >= MAX_CLIENTS && !committed.has(orgId)) committed.clear();
  committed.set(orgId, Math.max(version, committed.get(orgId) ?? 0));
}

/** The client's memory, unless it is older than REMEMBERED_MS or a later commit of this isolate moved the organisation. */
export function recallPush(orgId: string, clientId: string, now = Date.now()): PushMemory | null {
  const memory = memories.get(keyOf(orgId, clientId));
  if (!memory || now - memory.at > REMEMBERED_MS || memory.orgVersion < (committed.get(orgId) ?? 0)) return null;
  return memory;
}

/**
 * What a commit leaves remembered for the client's next push, as of now: `state` after the commit,
 * and the records the push had (`had`) less those it wrote, MAX_REMEMBERED_RECORDS at most.
 */
export function rememberCommit(
  orgId: string,
  clientId: string,
  state: Omit<PushMemory, 'at' | 'records'>,
  had: Iterable<StoredRecord>,
  written: ReadonlySet<string>,
): void {
  const records = [...had].filter((r) => !written.has(r.id)).slice(0, MAX_REMEMBERED_RECORDS);
  const key = keyOf(orgId, clientId);
  memories.delete(key);
  if (memories.size >= MAX_CLIENTS) memories.delete(memories.keys().next().value!);
  memories.set(key, { ...state, at: Date.now(), records: new Map(records.map((r) => [r.id, r])) });
}

export const forgetPush = (orgId: string, clientId: string): void => {
  memories.delete(keyOf(orgId, clientId));
};
