import { dataForProtocol, kindKnownTo, LIMITS, PROTOCOL_VERSION, type PullQuery, type PullResponse } from '../../../shared';
import { recordAudit } from '../db/audit';
import { clientIn, selectClient } from '../db/clients';
import { deliverRecords } from '../db/karte';
import { pullPageIn, selectPullPage } from '../db/records';
import type { Admission, Caller } from '../types';
import { firstRead } from './first-read';

/**
 * `GET /v1/sync/pull` after step 1 (protocol) and the query's validation passed in the route. With an `admission`, the
 * caller is checked in step 2's read and is who that check found (a role changed meanwhile included).
 */
export async function runPull(db: D1Database, given: Caller, q: PullQuery, admission?: Admission): Promise<PullResponse> {
  // 2. Records after the cursor, in version order, bounded by count and bytes, read in one snapshot with the client's last mutation id.
  const reads = [selectPullPage(db, given.orgId, q.cursor, q.limit, LIMITS.pullPageBytes), selectClient(db, given.orgId, q.clientId)];
  const {
    caller,
    results: [pageResult, clientResult],
  } = await firstRead(db, given, reads, admission);
  const { records, hasMore } = pullPageIn(pageResult!);
  const client = clientIn(clientResult!);

  // 3. Records of kinds newer than the client's protocol stay behind (its strict schemas would refuse the page); the cursor
  //    still moves past them. Text of 機微 consultations goes out emptied to whoever may not read it; what goes out readable
  //    is audited, one row per page.
  const { items, audit } = deliverRecords(
    caller,
    records.filter((r) => kindKnownTo(r.kind, q.protocol)),
  );
  if (audit.length > 0) {
    const target = JSON.stringify(audit.map((a) => a.target));
    await recordAudit(db, [{ orgId: caller.orgId, advisorId: caller.advisorId, action: 'sync.read_sensitive', target }]);
  }

  // 4. Answer, in the fields the client's protocol knows; a client id that belongs to someone else learns nothing about it.
  return {
    protocol: PROTOCOL_VERSION,
    changes: q.protocol >= PROTOCOL_VERSION ? items : items.map((e) => ({ ...e, data: dataForProtocol(e.kind, e.data, q.protocol) })),
    cursor: records.at(-1)?.version ?? q.cursor,
    hasMore,
    lastMutationId: client && client.advisor_id === caller.advisorId ? client.last_mutation_id : 0,
  };
}
