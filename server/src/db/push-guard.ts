import { MAX_PARAMS } from './statements';

/**
 * Guards: conditions checked at the head of a write batch, which roll the whole batch back unless
 * they all still hold when it runs. Inserting ok = 0 (or NULL) violates push_guard's CHECK, which
 * fails the batch; true conditions insert rows that one DELETE after them removes at once.
 */
export interface GuardCondition {
  /** An SQL expression with plain `?` placeholders. */
  sql: string;
  binds: readonly unknown[];
}

export const condition = (sql: string, ...binds: unknown[]): GuardCondition => ({ sql, binds });

/** The statements guarding a batch by `conditions`: as few INSERTs as D1's parameter limit allows, each the AND of its conditions, then one DELETE. */
export function guard(db: D1Database, conditions: readonly GuardCondition[]): D1PreparedStatement[] {
  const inserts: D1PreparedStatement[] = [];
  let part: GuardCondition[] = [];
  const flush = () => {
    if (part.length === 0) return;
    const sql = `INSERT INTO push_guard (ok) SELECT ${part.map((c) => `(${c.sql})`).join(' AND ')}`;
    inserts.push(db.prepare(sql).bind(...part.flatMap((c) => c.binds)));
    part = [];
  };
  for (const c of conditions) {
    if (part.reduce((n, p) => n + p.binds.length, c.binds.length) > MAX_PARAMS) flush();
    part.push(c);
  }
  flush();
  return inserts.length === 0 ? [] : [...inserts, db.prepare('DELETE FROM push_guard')];
}

/** True when a batch failed because one of its guards found the state moved (retry), not for any other error. */
export function isGuardFailure(err: unknown): boolean {
  const message = err instanceof Error ? `${err.message} ${String((err as { cause?: unknown }).cause ?? '')}` : String(err);
  return /CHECK constraint failed: ok = 1|NOT NULL constraint failed: push_guard\.ok/.test(message);
}
