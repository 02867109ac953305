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
 * Push step 6, the optimistic guard: the first statements of the commit batch. Inserting
 * ok = 0 (or NULL) violates push_guard's CHECK and rolls the whole batch back, so the
 * batch commits only if neither the organisation version nor this client's last mutation
 * id moved since the push read them; the row is deleted again at once.
 */
export function guardStatements(
  db: D1Database,
  expected: { orgId: string; version: number; clientId: string; lastMutationId: number },
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO push_guard (ok) SELECT (SELECT version FROM orgs WHERE id = ?1) = ?2
           AND COALESCE((SELECT last_mutation_id FROM sync_clients WHERE org_id = ?1 AND client_id = ?3), 0) = ?4`,
      )
      .bind(expected.orgId, expected.version, expected.clientId, expected.lastMutationId),
    db.prepare('DELETE FROM push_guard'),
  ];
}

/** True when a batch failed because its guard found the state moved (retry), not for any other error. */
export function isGuardFailure(err: unknown): boolean {
  const message = err instanceof Error ? `${err.message} ${String((err as { cause?: unknown }).cause ?? '')}` : String(err);
  return /CHECK constraint failed: ok = 1|NOT NULL constraint failed: push_guard\.ok/.test(message);
}
