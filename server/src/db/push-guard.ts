import { MAX_PARAMS } from './statements';

/**
 * Guards: conditions checked at the head of a write batch, which roll the whole batch back unless
 * they all still hold when it runs. A statement inserts ok = 0 into push_guard when its conditions
 * do not all hold (false or NULL), which violates the table's CHECK and fails the batch; when they
 * hold it inserts nothing, so the table stays empty.
 */
export interface GuardCondition {
  /** An SQL expression with plain `?` placeholders. */
  sql: string;
  binds: readonly unknown[];
}

export const condition = (sql: string, ...binds: unknown[]): GuardCondition => ({ sql, binds });

/** The statements guarding a batch by `conditions`: as few as D1's parameter limit allows, each checking the AND of its conditions. */
export function guard(db: D1Database, conditions: readonly GuardCondition[]): D1PreparedStatement[] {
  const inserts: D1PreparedStatement[] = [];
  let part: GuardCondition[] = [];
  const flush = () => {
    if (part.length === 0) return;
    const sql = `INSERT INTO push_guard (ok) SELECT 0 WHERE NOT COALESCE(${part.map((c) => `(${c.sql})`).join(' AND ')}, 0)`;
    inserts.push(db.prepare(sql).bind(...part.flatMap((c) => c.binds)));
    part = [];
  };
  for (const c of conditions) {
    if (part.reduce((n, p) => n + p.binds.length, c.binds.length) > MAX_PARAMS) flush();
    part.push(c);
  }
  flush();
  return inserts;
}

/** True when a batch failed because one of its guards found the state moved (retry), not for any other error. */
export function isGuardFailure(err: unknown): boolean {
  const message = err instanceof Error ? `${err.message} ${String((err as { cause?: unknown }).cause ?? '')}` : String(err);
  return /CHECK constraint failed: ok = 1/.test(message);
}
