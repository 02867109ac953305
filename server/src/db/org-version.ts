import { condition, type GuardCondition } from './push-guard';
import { rowsOf } from './statements';

/** The organisation's version counter (docs/sync.md "Versions and the cursor"). */
export function selectOrgVersion(db: D1Database, orgId: string): D1PreparedStatement {
  return db.prepare('SELECT version FROM orgs WHERE id = ?').bind(orgId);
}

/** The version selectOrgVersion read (0 when it found no organisation). */
export const orgVersionIn = (result: D1Result): number => rowsOf<{ version: number }>(result)[0]?.version ?? 0;

export function setOrgVersion(db: D1Database, orgId: string, version: number): D1PreparedStatement {
  return db.prepare('UPDATE orgs SET version = ? WHERE id = ?').bind(version, orgId);
}

/**
 * Push step 6, the optimistic guard of the commit batch (push-guard.ts): it commits only if neither
 * the organisation version nor this client's last mutation id moved since the push read them.
 */
export function orgVersionGuard(expected: { orgId: string; version: number; clientId: string; lastMutationId: number }): GuardCondition {
  return condition(
    `(SELECT version FROM orgs WHERE id = ?) = ?
       AND COALESCE((SELECT last_mutation_id FROM sync_clients WHERE org_id = ? AND client_id = ?), 0) = ?`,
    expected.orgId,
    expected.version,
    expected.orgId,
    expected.clientId,
    expected.lastMutationId,
  );
}
