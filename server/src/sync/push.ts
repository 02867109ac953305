import {
  PROTOCOL_VERSION, roleAtLeast, uuidv7, type MutationResult, type PushRequest, type PushResponse, type RecordKind,
} from '../../../shared';
import { selectLiveAdvisorIds } from '../db/advisors';
import { selectClient, type ClientRow } from '../db/clients';
import { isGuardFailure, selectOrgVersion } from '../db/org-version';
import { rowToRecord, type RecordRow } from '../db/record-row';
import { selectConflictTargets, selectDispatchSources, selectRecordsByIds } from '../db/records';
import type { WorkingRecord } from '../domain/merge';
import { referencedIds } from '../domain/mutation-rules';
import { ApiError, forbidden } from '../errors';
import type { Caller } from '../types';
import { applyMutations } from './apply-mutations';
import { commitPush } from './commit';
import { loadYearlyFigures } from './figure-loads';
import { loadForMerges } from './merge-loads';
import { reversionDerivedCopies } from './derived-copies';

/** Push step 6: how many times a push re-runs from step 3 when another push committed first. */
const RETRIES = 5;

const fromRow = (row: RecordRow): WorkingRecord => ({ ...rowToRecord(row), isNew: false, written: new Set() });

/** `POST /v1/sync/push` after steps 1 and 2 (protocol, shape) passed in the route. */
export async function runPush(db: D1Database, caller: Caller, req: PushRequest): Promise<PushResponse> {
  for (let attempt = 0; attempt <= RETRIES; attempt++) {
    // Spread the retries of pushes that keep colliding, so they stop meeting in lockstep.
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    const answer = await tryPush(db, caller, req);
    if (answer) return answer;
  }
  throw new ApiError(503, 'conflict', '同じ組織の他の同期と重なったため保存できませんでした。少し待ってから再送してください（内容は失われていません）');
}

/** Steps 3–7 once; null when the commit guard found that another push committed meanwhile. */
async function tryPush(db: D1Database, caller: Caller, req: PushRequest): Promise<PushResponse | null> {
  // 3. Client: the org version, the client's last mutation and every record the push touches or names (and the
  //    consultations its 専門家派遣 came from), in one snapshot.
  const ids = req.mutations.flatMap((m) => [m.recordId, ...referencedIds(m.fields)]);
  const copyIds = req.mutations.filter((m) => m.kind === 'conflict').map((m) => m.recordId);
  const dispatchIds = req.mutations.filter((m) => m.kind === 'expertDispatch').map((m) => m.recordId);
  const namesAdvisors = req.mutations.some((m) => 'advisorIds' in m.fields || 'assignedAdvisorId' in m.fields || 'advisorId' in m.fields);
  const [orgResult, clientResult, advisorResult, ...recordResults] = await db.batch([
    selectOrgVersion(db, caller.orgId),
    selectClient(db, caller.orgId, req.clientId),
    selectLiveAdvisorIds(db, namesAdvisors ? caller.orgId : null),
    ...selectRecordsByIds(db, caller.orgId, ids),
    ...selectConflictTargets(db, caller.orgId, copyIds),
    ...selectDispatchSources(db, caller.orgId, dispatchIds),
  ]);
  const liveAdvisors = new Set((advisorResult!.results as { id: string }[]).map((a) => a.id));
  const orgVersion = (orgResult!.results[0] as { version: number } | undefined)?.version ?? 0;
  const client = clientResult!.results[0] as ClientRow | undefined;
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
  if (fresh.length === 0) return { protocol: PROTOCOL_VERSION, lastMutationId, cursor: orgVersion, results };
  if (fresh[0]!.id !== lastMutationId + 1) {
    throw new ApiError(
      409, 'mutation_gap',
      `変更番号が飛んでいます。サーバーが最後に受け取った変更は ${lastMutationId} 番です。${lastMutationId + 1} 番から送り直してください`,
      [{ path: 'lastMutationId', message: String(lastMutationId) }],
    );
  }

  const stored = new Map(recordResults.flatMap((r) => r.results as unknown as RecordRow[]).map((row) => [row.id, fromRow(row)]));
  await loadForMerges(db, caller.orgId, fresh, stored);
  await loadYearlyFigures(db, caller.orgId, fresh, stored);

  // 5. Merge each new mutation, in order, on top of the stored records and the earlier mutations of this push.
  const working = new Map(stored);
  const ctx = {
    advisorId: caller.advisorId,
    clientId: req.clientId,
    canManage: roleAtLeast(caller.role, 'manager'),
    isLiveAdvisor: (id: string) => liveAdvisors.has(id),
    find: (id: string) => working.get(id) ?? null,
    recordsOf: (kind: RecordKind, businessId: string) => [...working.values()].filter((r) => r.kind === kind && r.data.businessId === businessId),
    newId: () => uuidv7(),
  };
  const applied = applyMutations(fresh, working, ctx);
  results.push(...applied.results);
  const dirty = applied.dirty;
  for (const copy of await reversionDerivedCopies(db, caller.orgId, stored, working, dirty)) {
    working.set(copy.id, copy);
    dirty.add(copy.id);
  }

  // 6. Commit: guard, records, client, org version — one batch; a moved org version means start again at step 3.
  const newLastMutationId = fresh[fresh.length - 1]!.id;
  const writes = [...dirty].map((id) => working.get(id)!);
  try {
    const cursor = await commitPush(db, {
      orgId: caller.orgId, orgVersion, clientId: req.clientId, advisorId: caller.advisorId,
      lastMutationId, newLastMutationId, writes,
    });
    // 7. Answer.
    return { protocol: PROTOCOL_VERSION, lastMutationId: newLastMutationId, cursor, results };
  } catch (err) {
    if (isGuardFailure(err)) return null;
    throw err;
  }
}
