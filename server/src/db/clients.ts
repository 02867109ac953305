import { rowsOf } from './statements';

/** A sync client (one extension install) as push step 3 reads it. */
export interface ClientRow {
  advisor_id: string;
  last_mutation_id: number;
}

export function selectClient(db: D1Database, orgId: string, clientId: string): D1PreparedStatement {
  return db.prepare('SELECT advisor_id, last_mutation_id FROM sync_clients WHERE org_id = ? AND client_id = ?').bind(orgId, clientId);
}

/** The client selectClient read, or null for a client id never seen. */
export const clientIn = (result: D1Result): ClientRow | null => rowsOf<ClientRow>(result)[0] ?? null;

/**
 * Records the last mutation applied for a client, in the push's commit batch. The update
 * keeps the first owner: a client id never changes hands between advisors.
 */
export function upsertClient(
  db: D1Database,
  input: { orgId: string; clientId: string; advisorId: string; lastMutationId: number; now: string },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO sync_clients (org_id, client_id, advisor_id, last_mutation_id, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(org_id, client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id, updated_at = excluded.updated_at
       WHERE sync_clients.advisor_id = excluded.advisor_id`,
    )
    .bind(input.orgId, input.clientId, input.advisorId, input.lastMutationId, input.now);
}
