import type { Admission, Caller } from '../types';

/**
 * A sync request's first batch (push step 3, pull step 2): through its admission when auth left the
 * token's check to it (middleware/admit-in-batch.ts), so the caller is who that check found; else as given.
 */
export async function firstRead(
  db: D1Database,
  given: Caller,
  statements: D1PreparedStatement[],
  admission?: Admission,
): Promise<{ caller: Caller; results: D1Result[] }> {
  return admission ? admission.batch(statements) : { caller: given, results: await db.batch(statements) };
}
