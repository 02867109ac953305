import { AUDIT_GROUPS, jstDayStartUtc, uuidv7, type AuditEntryView, type AuditGroup } from '../../../shared';
import type { Keyset } from './cursor';

/** What the audit log records: administration, exports and reads of 機微 records. */
export type AuditAction =
  | 'org.bootstrap'
  | 'advisor.create'
  | 'advisor.disable'
  | 'advisor.enable'
  | 'advisor.rename'
  | 'advisor.change_role'
  | 'advisor.change_job_title'
  /** target: the invitation; the code itself is never logged. */
  | 'invitation.create'
  | 'invitation.revoke'
  /** By the advisor the invitation created (target: the invitation). */
  | 'invitation.accept'
  | 'org.update_profile'
  | 'org.update_banso_rule'
  | 'org.update_startup_areas'
  | 'token.create'
  | 'token.revoke'
  | 'record.read_sensitive'
  /** A pull page that handed 機微 text over readable; the target lists the record ids (JSON). */
  | 'sync.read_sensitive'
  | 'report.consultation_counts'
  /** The reports of /v1/reports (target: the period and filters, JSON). */
  | 'report.consultations'
  | 'report.consultation_records'
  | 'report.banso_cases'
  | 'report.karte_quality'
  | 'report.disaster'
  | 'report.startup'
  | 'report.plan'
  | 'report.subsidies'
  | 'report.expert_dispatch'
  /** target: the 年度 and the targets saved (JSON). */
  | 'org.update_plan_targets'
  /** A business list written by POST /v1/import/businesses (target: the file's name and the counts, JSON). */
  | 'import.businesses'
  /** One part of a JSON export restored (target: the source organisation, its export time, the part and its records, JSON). */
  | 'import.restore'
  /** target: the key's id, name and scope (JSON); the key itself is never logged. */
  | 'integration_key.create'
  | 'integration_key.revoke'
  /** 広域連携 (routes/wide-area.ts): target the referral or share id, or JSON with it. */
  | 'referral.create'
  | 'referral.update'
  | 'share.create'
  | 'share.withdraw'
  | 'share.link'
  /** A shared karte read by the receiving organisation (in its own log)… */
  | 'share.read'
  /** …and, in the sending organisation's log, which organisation read it (advisor null). */
  | 'share.read_by_partner'
  /** GET /v1/export of the whole organisation / of the exporter's own work; target: exportAuditTarget (JSON: scope, whether 機微 was included). */
  | 'export.organisation'
  | 'export.own';

export interface AuditEntry {
  orgId: string;
  advisorId: string | null;
  action: AuditAction;
  target: string | null;
}

/** An insert to run in the same `batch()` as the change it records, so neither exists without the other. */
export function auditStatement(db: D1Database, entry: AuditEntry, at = new Date().toISOString()): D1PreparedStatement {
  return db
    .prepare('INSERT INTO audit_log (id, org_id, advisor_id, action, target, at) VALUES (?, ?, ?, ?, ?, ?)')
    .bind(uuidv7(), entry.orgId, entry.advisorId, entry.action, entry.target, at);
}

/** Records entries on their own (reads and exports, which change nothing else). */
export async function recordAudit(db: D1Database, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.batch(entries.map((e) => auditStatement(db, e)));
}

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
    const any = AUDIT_GROUPS[f.group].map((p) =>
      p.endsWith('.') ? `substr(a.action, 1, ${p.length}) = ${add(p)}` : `a.action = ${add(p)}`,
    );
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
  id: row.id,
  at: row.at,
  action: row.action,
  advisorId: row.advisor_id,
  advisorName: row.advisor_name,
  target: row.target,
});
