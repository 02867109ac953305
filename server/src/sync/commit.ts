import { upsertClient } from '../db/clients';
import { replaceDerivedFrom } from '../db/derived-from';
import { orgVersionGuard, setOrgVersion } from '../db/org-version';
import { guard, type GuardCondition } from '../db/push-guard';
import { replaceExternalIds, upsertRecords, type RecordWrite } from '../db/records';
import type { WorkingRecord } from '../domain/merge';
import { noteCommit } from './push-memory';

export interface PushCommit {
  orgId: string;
  /** The organisation version step 3 read; the guard holds the batch to it. */
  orgVersion: number;
  clientId: string;
  advisorId: string;
  /** The client's last mutation id as step 3 read it, and after this push. */
  lastMutationId: number;
  newLastMutationId: number;
  /** Records to write, in commit order. */
  writes: readonly WorkingRecord[];
  /** Statements that commit with them (an import's audit entry). */
  also?: readonly D1PreparedStatement[];
}

/** Each written record takes the next organisation version; its written fields take that version too. */
function numbered(writes: readonly WorkingRecord[], orgVersion: number, clientId: string): RecordWrite[] {
  return writes.map((w, i) => {
    const version = orgVersion + i + 1;
    const fieldVersions = { ...w.fieldVersions };
    const fieldClients = { ...w.fieldClients };
    for (const field of w.written) {
      fieldVersions[field] = version;
      fieldClients[field] = clientId;
    }
    return { kind: w.kind, id: w.id, version, data: w.data, fieldVersions, fieldClients, authorId: w.authorId };
  });
}

/**
 * Push step 6: one D1 batch, so the records, the client's last mutation id and the
 * organisation version commit together or not at all. Returns the new organisation
 * version (noted for push-memory.ts: a client's memory before it is stale); throws when the guard
 * (or anything else) fails the batch.
 */
export async function commitPush(db: D1Database, c: PushCommit): Promise<number> {
  const { guards, statements, version } = commitStatements(db, c);
  await db.batch([...guard(db, guards), ...statements]);
  noteCommit(c.orgId, version);
  return version;
}

/** Step 6's batch: the guard's condition, the statements that follow it, and the organisation version they commit. */
export function commitStatements(
  db: D1Database,
  c: PushCommit,
): { guards: GuardCondition[]; statements: D1PreparedStatement[]; version: number } {
  const now = new Date().toISOString();
  const writes = numbered(c.writes, c.orgVersion, c.clientId);
  const version = c.orgVersion + writes.length;
  const businesses = writes
    .filter((w) => w.kind === 'business')
    .map((w) => ({ id: w.id, externalIds: w.data.externalIds as { system: string; value: string }[] }));
  const guards = [orgVersionGuard({ orgId: c.orgId, version: c.orgVersion, clientId: c.clientId, lastMutationId: c.lastMutationId })];
  const statements = [
    ...upsertRecords(db, c.orgId, writes, now),
    ...replaceExternalIds(db, c.orgId, businesses),
    ...replaceDerivedFrom(db, c.orgId, c.writes),
    upsertClient(db, { orgId: c.orgId, clientId: c.clientId, advisorId: c.advisorId, lastMutationId: c.newLastMutationId, now }),
    ...(writes.length > 0 ? [setOrgVersion(db, c.orgId, version)] : []),
    ...(c.also ?? []),
  ];
  return { guards, statements, version };
}
