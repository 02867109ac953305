import { PROTOCOL_VERSION, roleAtLeast, type PullQuery, type PullResponse } from '../../../shared';
import { selectClient, type ClientRow } from '../db/clients';
import { rowToRecord, toEnvelope } from '../db/record-row';
import { selectPullPage, type PullRow } from '../db/records';
import { redactConflictCopy } from '../domain/redaction';
import type { Caller } from '../types';

/** `GET /v1/sync/pull` after step 1 (protocol) and the query's validation passed in the route. */
export async function runPull(db: D1Database, caller: Caller, q: PullQuery): Promise<PullResponse> {
  // 2. Records after the cursor, in version order, read in one snapshot with the client's last mutation id.
  const [pageResult, clientResult] = await db.batch([
    selectPullPage(db, caller.orgId, q.cursor, q.limit),
    selectClient(db, caller.orgId, q.clientId),
  ]);
  const rows = pageResult!.results as unknown as PullRow[];
  const client = clientResult!.results[0] as ClientRow | undefined;

  // 3. 機微 records (and their conflict copies) go out redacted to whoever may not read them.
  const reader = { advisorId: caller.advisorId, canManage: roleAtLeast(caller.role, 'manager') };
  const page = rows.slice(0, q.limit);
  const changes = page.map((row) =>
    redactConflictCopy(
      toEnvelope(rowToRecord(row), reader),
      { sensitive: row.target_sensitive === 1, authorId: row.target_author_id },
      reader,
    ),
  );

  // 4. Answer; a client id that belongs to someone else learns nothing about it.
  return {
    protocol: PROTOCOL_VERSION,
    changes,
    cursor: page.at(-1)?.version ?? q.cursor,
    hasMore: rows.length > q.limit,
    lastMutationId: client && client.advisor_id === caller.advisorId ? client.last_mutation_id : 0,
  };
}
