import { PROTOCOL_VERSION, type MutationResult, type PushRequest, type PushResponse } from '../../../shared';
import { liveAdvisorIdsIn, selectLiveAdvisorIds } from '../db/advisors';
import { clientIn, selectClient } from '../db/clients';
import { orgVersionIn, selectOrgVersion } from '../db/org-version';
import { isGuardFailure } from '../db/push-guard';
import { recordsIn, type StoredRecord } from '../db/record-row';
import { selectConflictTargets, selectDispatchSources, selectRecordsByIds } from '../db/records';
import { loaded, type WorkingRecord } from '../domain/merge';
import { referencedIds } from '../domain/mutation-rules';
import { ApiError, forbidden } from '../errors';
import type { Admission, Caller } from '../types';
import { commitPush } from './commit';
import { loadYearlyFigures } from './figure-loads';
import { loadForMerges } from './merge-loads';
import { reversionDerivedCopies } from './derived-copies';
import { firstRead } from './first-read';
import { mergeStep } from './merge-step';
import { forgetPush, rememberCommit } from './push-memory';
import { pushFromMemory } from './remembered-push';

/** Push step 6: how many times a push re-runs from step 3 when another push committed first. */
const RETRIES = 5;

/**
 * `POST /v1/sync/push` after steps 1 and 2 (protocol, shape) passed in the route. With an `admission`, the caller is
 * checked in step 3's read and is who that check found (a role changed meanwhile included).
 */
export async function runPush(db: D1Database, caller: Caller, req: PushRequest, admission?: Admission): Promise<PushResponse> {
  return (await pushFromMemory(db, caller, req, admission)) ?? withCommitRetries(() => tryPush(db, caller, req, admission));
}

/**
 * Step 6's "start again at step 3": runs `attempt` until it does not answer null (the commit
 * guard found that another push of the organisation committed first), a few times at most.
 */
export async function withCommitRetries<T>(attempt: () => Promise<T | null>): Promise<T> {
  for (let i = 0; i <= RETRIES; i++) {
    // Spread the retries of pushes that keep colliding, so they stop meeting in lockstep.
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * i));
    const answer = await attempt();
    if (answer !== null) return answer;
  }
  throw new ApiError(
    503,
    'conflict',
    '同じ組織の他の同期と重なったため保存できませんでした。少し待ってから再送してください（内容は失われていません）',
  );
}

/** Steps 3–7 once; null when the commit guard found that another push committed meanwhile. */
async function tryPush(db: D1Database, caller: Caller, req: PushRequest, admission?: Admission): Promise<PushResponse | null> {
  forgetPush(caller.orgId, req.clientId);
  const merged = await mergePush(db, caller, req, admission);
  if (merged.kind === 'answered') return merged.answer;
  const cursor = await commitMerged(db, merged.caller, req.clientId, merged);
  if (cursor === null) return null;
  const { caller: by, newLastMutationId: lastMutationId, liveAdvisors } = merged;
  const state = { advisorId: by.advisorId, role: by.role, orgVersion: cursor, lastMutationId, liveAdvisors };
  rememberCommit(by.orgId, req.clientId, state, merged.read, new Set(merged.writes.map((w) => w.id)));
  // 7. Answer.
  return { protocol: PROTOCOL_VERSION, lastMutationId: merged.newLastMutationId, cursor, results: merged.results };
}

/** A push merged but not yet committed (steps 3–5): what step 6 writes. */
export interface MergedPush {
  kind: 'merged';
  /** Who the merge ran as (the token's check in step 3's read included). */
  caller: Caller;
  orgVersion: number;
  lastMutationId: number;
  newLastMutationId: number;
  results: MutationResult[];
  writes: WorkingRecord[];
  /** Step 3's records as it read them, and the enabled advisors when it read them (the push named some). */
  read: StoredRecord[];
  liveAdvisors: ReadonlySet<string> | null;
}

/**
 * Steps 3–5: read, order and merge, writing nothing. A push whose mutations were all applied
 * before is answered at once. Also what an import runs (server/src/import), which looks at every
 * result before anything is written.
 */
export async function mergePush(
  db: D1Database,
  given: Caller,
  req: PushRequest,
  admission?: Admission,
): Promise<MergedPush | { kind: 'answered'; answer: PushResponse }> {
  // 3. Client: the org version, the client's last mutation and every record the push touches or names (and the
  //    consultations its 専門家派遣 came from), in one snapshot.
  const ids = req.mutations.flatMap((m) => [m.recordId, ...referencedIds(m.fields)]);
  const copyIds = req.mutations.filter((m) => m.kind === 'conflict').map((m) => m.recordId);
  const dispatchIds = req.mutations.filter((m) => m.kind === 'expertDispatch').map((m) => m.recordId);
  const namesAdvisors = req.mutations.some((m) => 'advisorIds' in m.fields || 'assignedAdvisorId' in m.fields || 'advisorId' in m.fields);
  const {
    caller,
    results: [orgResult, clientResult, advisorResult, ...recordResults],
  } = await firstRead(
    db,
    given,
    [
      selectOrgVersion(db, given.orgId),
      selectClient(db, given.orgId, req.clientId),
      selectLiveAdvisorIds(db, namesAdvisors ? given.orgId : null),
      ...selectRecordsByIds(db, given.orgId, ids),
      ...selectConflictTargets(db, given.orgId, copyIds),
      ...selectDispatchSources(db, given.orgId, dispatchIds),
    ],
    admission,
  );
  const liveAdvisors = liveAdvisorIdsIn(advisorResult!);
  const orgVersion = orgVersionIn(orgResult!);
  const client = clientIn(clientResult!);
  if (client && client.advisor_id !== caller.advisorId) {
    throw forbidden('このクライアントIDは別の支援者の端末で使われています。拡張機能のデータを初期化してからサインインし直してください');
  }
  const lastMutationId = client?.last_mutation_id ?? 0;

  // 4. Order: already applied mutations are duplicates; the first new one must follow lastMutationId.
  const results: MutationResult[] = [];
  const fresh = req.mutations.filter((m) => {
    if (m.id <= lastMutationId) results.push({ id: m.id, status: 'duplicate' });
    return m.id > lastMutationId;
  });
  if (fresh.length === 0) return { kind: 'answered', answer: { protocol: PROTOCOL_VERSION, lastMutationId, cursor: orgVersion, results } };
  if (fresh[0]!.id !== lastMutationId + 1) {
    throw new ApiError(
      409,
      'mutation_gap',
      `変更番号が飛んでいます。サーバーが最後に受け取った変更は ${lastMutationId} 番です。${lastMutationId + 1} 番から送り直してください`,
      [{ path: 'lastMutationId', message: String(lastMutationId) }],
    );
  }

  const read = recordResults.flatMap(recordsIn);
  const stored = new Map(read.map((r) => [r.id, loaded(r)]));
  await loadForMerges(db, caller.orgId, fresh, stored);
  await loadYearlyFigures(db, caller.orgId, fresh, stored);

  // 5. Merge each new mutation, in order, on top of the stored records and the earlier mutations of this push.
  const { results: applied, working, dirty } = mergeStep(caller, req.clientId, fresh, stored, (id) => liveAdvisors.has(id));
  results.push(...applied);
  for (const copy of await reversionDerivedCopies(db, caller.orgId, stored, working, dirty)) {
    working.set(copy.id, copy);
    dirty.add(copy.id);
  }
  const writes = [...dirty].map((id) => working.get(id)!);
  return {
    kind: 'merged',
    caller,
    orgVersion,
    lastMutationId,
    newLastMutationId: fresh[fresh.length - 1]!.id,
    results,
    writes,
    read,
    liveAdvisors: namesAdvisors ? liveAdvisors : null,
  };
}

/**
 * Step 6. Commit: guard, records, client, org version (and `also`: an import's audit entry) — one batch. Returns the new cursor, or
 * null when the org version moved (another push committed first: start again at step 3).
 */
export async function commitMerged(
  db: D1Database,
  caller: Caller,
  clientId: string,
  merged: Pick<MergedPush, 'orgVersion' | 'lastMutationId' | 'newLastMutationId' | 'writes'>,
  also: D1PreparedStatement[] = [],
): Promise<number | null> {
  try {
    return await commitPush(db, {
      orgId: caller.orgId,
      orgVersion: merged.orgVersion,
      clientId,
      advisorId: caller.advisorId,
      lastMutationId: merged.lastMutationId,
      newLastMutationId: merged.newLastMutationId,
      writes: merged.writes,
      also,
    });
  } catch (err) {
    if (isGuardFailure(err)) return null;
    throw err;
  }
}
