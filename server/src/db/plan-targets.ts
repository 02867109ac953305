import { PLAN_INDICATORS, type PlanIndicator, type PlanTargets, type PlanTargetsRequest } from '../../../shared';

/** The targets of a 年度 (migrations/0011_plan_targets.sql): every indicator, null where none is set. */
export async function planTargetsOf(db: D1Database, orgId: string, fiscalYear: number): Promise<PlanTargets> {
  const { results } = await db
    .prepare('SELECT indicator, target FROM plan_targets WHERE org_id = ? AND fiscal_year = ?')
    .bind(orgId, fiscalYear)
    .all<{ indicator: PlanIndicator; target: number }>();
  const saved = new Map(results.map((r) => [r.indicator, r.target]));
  return { fiscalYear, targets: PLAN_INDICATORS.map((indicator) => ({ indicator, target: saved.get(indicator) ?? null })) };
}

/** Statements replacing a 年度's targets, to run in one batch with their audit row. */
export function replacePlanTargetsStatements(
  db: D1Database,
  orgId: string,
  advisorId: string,
  request: PlanTargetsRequest,
  at = new Date().toISOString(),
): D1PreparedStatement[] {
  const statements = [db.prepare('DELETE FROM plan_targets WHERE org_id = ? AND fiscal_year = ?').bind(orgId, request.fiscalYear)];
  for (const indicator of PLAN_INDICATORS) {
    const target = request.targets[indicator];
    if (target === undefined || target === null) continue;
    statements.push(
      db
        .prepare('INSERT INTO plan_targets (org_id, fiscal_year, indicator, target, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)')
        .bind(orgId, request.fiscalYear, indicator, target, at, advisorId),
    );
  }
  return statements;
}
