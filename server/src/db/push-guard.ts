/**
 * Guards: statements at the head of a write batch that roll the whole batch back unless a
 * condition still holds when it runs. Inserting ok = 0 (or NULL) violates push_guard's CHECK, which
 * fails the batch; a true condition inserts a row that the next statement deletes at once.
 */

/** A guard on one SQL condition (`?1`… name `binds` in order). */
export function guard(db: D1Database, condition: string, ...binds: unknown[]): D1PreparedStatement[] {
  return [db.prepare(`INSERT INTO push_guard (ok) SELECT ${condition}`).bind(...binds), db.prepare('DELETE FROM push_guard')];
}

/** True when a batch failed because one of its guards found the state moved (retry), not for any other error. */
export function isGuardFailure(err: unknown): boolean {
  const message = err instanceof Error ? `${err.message} ${String((err as { cause?: unknown }).cause ?? '')}` : String(err);
  return /CHECK constraint failed: ok = 1|NOT NULL constraint failed: push_guard\.ok/.test(message);
}
