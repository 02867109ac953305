import { INVITATION_ALPHABET, INVITATION_CODE_LENGTH, uuidv7, type InvitationView, type JobTitle, type Role } from '../../../shared';
import type { Keyset } from './cursor';
import { condition, guard } from './push-guard';
import { hashToken } from './tokens';

export interface InvitationRow {
  id: string;
  org_id: string;
  name: string;
  role: Role;
  job_title: JobTitle | null;
  created_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  advisor_id: string | null;
  revoked_at: string | null;
}

const COLUMNS = 'id, org_id, name, role, job_title, created_by, created_at, expires_at, accepted_at, advisor_id, revoked_at';

/** A new code: 8 symbols of the 32-symbol alphabet (a random byte's low 5 bits each, so no symbol is likelier). */
export function generateInvitationCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(INVITATION_CODE_LENGTH));
  return Array.from(bytes, (b) => INVITATION_ALPHABET[b & 31]).join('');
}

/** What admins see: never the code or its hash. */
export function toInvitationView(row: InvitationRow): InvitationView {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    jobTitle: row.job_title,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
  };
}

export const invitationPosition = (row: InvitationRow): Keyset => ({ key: row.created_at, id: row.id });

/** A new invitation, its code (returned here once; only the hash of the normalised code is stored) and its insert. */
export async function invitationInsert(
  db: D1Database,
  input: { orgId: string; name: string; role: Role; jobTitle: JobTitle | null; createdBy: string; now: Date; ttlHours: number },
): Promise<{ code: string; row: InvitationRow; statement: D1PreparedStatement }> {
  const code = generateInvitationCode();
  const row: InvitationRow = {
    id: uuidv7(),
    org_id: input.orgId,
    name: input.name,
    role: input.role,
    job_title: input.jobTitle,
    created_by: input.createdBy,
    created_at: input.now.toISOString(),
    expires_at: new Date(input.now.getTime() + input.ttlHours * 3_600_000).toISOString(),
    accepted_at: null,
    advisor_id: null,
    revoked_at: null,
  };
  const statement = db
    .prepare(
      `INSERT INTO invitations (id, org_id, code_hash, name, role, job_title, created_by, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(row.id, row.org_id, await hashToken(code), row.name, row.role, row.job_title, row.created_by, row.created_at, row.expires_at);
  return { code, row, statement };
}

/** One invitation of the organisation; another organisation's id is not found. */
export async function findInvitation(db: D1Database, orgId: string, id: string): Promise<InvitationRow | null> {
  return db.prepare(`SELECT ${COLUMNS} FROM invitations WHERE org_id = ? AND id = ?`).bind(orgId, id).first<InvitationRow>();
}

/** The invitation a (normalised) code belongs to, in whichever organisation: the code is what names it. */
export async function findInvitationByCode(db: D1Database, code: string): Promise<InvitationRow | null> {
  return db
    .prepare(`SELECT ${COLUMNS} FROM invitations WHERE code_hash = ?`)
    .bind(await hashToken(code))
    .first<InvitationRow>();
}

/** Invitations not used, not revoked and not expired at `now`, in creation order, `limit + 1` rows after `after`. */
export async function listPendingInvitations(
  db: D1Database,
  orgId: string,
  now: string,
  after: Keyset | undefined,
  limit: number,
): Promise<InvitationRow[]> {
  const { results } = await db
    .prepare(
      `SELECT ${COLUMNS} FROM invitations
       WHERE org_id = ?1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?2
         AND (?3 IS NULL OR (created_at, id) > (?3, ?4))
       ORDER BY created_at, id LIMIT ?5`,
    )
    .bind(orgId, now, after?.key ?? null, after?.id ?? null, limit + 1)
    .all<InvitationRow>();
  return results;
}

/** Revokes an invitation not yet used; revoking twice keeps the first time. */
export function revokeInvitationStatement(db: D1Database, orgId: string, id: string, at: string): D1PreparedStatement {
  return db
    .prepare('UPDATE invitations SET revoked_at = COALESCE(revoked_at, ?) WHERE org_id = ? AND id = ? AND accepted_at IS NULL')
    .bind(at, orgId, id);
}

/**
 * The first statements of the batch that uses an invitation: a guard that fails the whole batch
 * (push_guard's CHECK, as in a push) unless the invitation is still usable at `at` — so of two
 * devices using one code at once, one creates an advisor and the other nothing — then the
 * advisor it creates, and the invitation marked used by that advisor.
 */
export function acceptStatements(
  db: D1Database,
  invitationId: string,
  advisor: { row: { id: string }; statement: D1PreparedStatement },
  at: string,
): D1PreparedStatement[] {
  return [
    ...guard(db, [
      condition(
        'EXISTS (SELECT 1 FROM invitations WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?)',
        invitationId,
        at,
      ),
    ]),
    advisor.statement,
    db.prepare('UPDATE invitations SET accepted_at = ?1, advisor_id = ?2 WHERE id = ?3').bind(at, advisor.row.id, invitationId),
  ];
}
