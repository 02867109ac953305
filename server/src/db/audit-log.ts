import { AUDIT_GROUPS, jstDayStartUtc, type AuditEntryView, type AuditGroup } from '../../../shared';
import type { Keyset } from './cursor';

/** A row of audit_log with the name of who acted (null: nobody, or not of this organisation). */
export interface AuditRow {
  id: string;
  at: string;
  action: string;
  advisor_id: string | null;
  advisor_name: string | null;
  target: string | null;
}

export interface AuditFilter {
  group?: AuditGroup;
  advisorId?: string;
  /** JST dates, both included. */
  from?: string;
  to?: string;
  /** The last row of the previous page (newest first). */
  before?: Keyset;
  limit: number;
}

/** One page of the organisation's audit log, newest first, with one row more than the page (more follow). */
export async function listAudit(db: D1Database, orgId: string, f: AuditFilter): Promise<AuditRow[]> {
  const params: (string | number)[] = [orgId];
  const add = (v: string | number) => {
    params.push(v);
    return `?${params.length}`;
  };
  const where = ['a.org_id = ?1'];
  if (f.group) {
    // A pattern ending in 「.」 is a prefix (shared/audit.ts); substr avoids LIKE's wildcards in action names (「_」).
    const any = AUDIT_GROUPS[f.group].map((p) => (p.endsWith('.') ? `substr(a.action, 1, ${p.length}) = ${add(p)}` : `a.action = ${add(p)}`));
    where.push(`(${any.join(' OR ')})`);
  }
  if (f.advisorId) where.push(`a.advisor_id = ${add(f.advisorId)}`);
  if (f.from) where.push(`a.at >= ${add(jstDayStartUtc(f.from))}`);
  if (f.to) where.push(`a.at < ${add(jstDayStartUtc(f.to, 1))}`);
  if (f.before) {
    const at = add(f.before.key);
    where.push(`(a.at < ${at} OR (a.at = ${at} AND a.id < ${add(f.before.id)}))`);
  }
  const { results } = await db
    .prepare(
      `SELECT a.id, a.at, a.action, a.advisor_id, v.name AS advisor_name, a.target
       FROM audit_log a LEFT JOIN advisors v ON v.id = a.advisor_id AND v.org_id = a.org_id
       WHERE ${where.join(' AND ')} ORDER BY a.at DESC, a.id DESC LIMIT ${add(f.limit + 1)}`,
    )
    .bind(...params)
    .all<AuditRow>();
  return results;
}

export const auditPosition = (row: AuditRow): Keyset => ({ key: row.at, id: row.id });

export const toAuditView = (row: AuditRow): AuditEntryView => ({
  id: row.id, at: row.at, action: row.action, advisorId: row.advisor_id, advisorName: row.advisor_name, target: row.target,
});
