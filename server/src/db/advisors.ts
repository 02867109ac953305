import { uuidv7, type AdvisorView, type DirectoryEntry, type JobTitle, type Role } from '../../../shared';
import type { Keyset } from './cursor';
import { condition, type GuardCondition } from './push-guard';
import { chunk, MAX_PARAMS, placeholders, rowsOf } from './statements';

export interface AdvisorRow {
  id: string;
  org_id: string;
  name: string;
  email: string | null;
  role: Role;
  job_title: JobTitle | null;
  created_at: string;
  disabled_at: string | null;
}

export interface NewAdvisor {
  orgId: string;
  name: string;
  email: string | null;
  role: Role;
  jobTitle?: JobTitle | null;
}

/** The row and insert of a new advisor, for callers that batch it with other writes. */
export function advisorInsert(db: D1Database, input: NewAdvisor): { row: AdvisorRow; statement: D1PreparedStatement } {
  const row: AdvisorRow = {
    id: uuidv7(),
    org_id: input.orgId,
    name: input.name,
    email: input.email,
    role: input.role,
    job_title: input.jobTitle ?? null,
    created_at: new Date().toISOString(),
    disabled_at: null,
  };
  const statement = db
    .prepare('INSERT INTO advisors (id, org_id, name, email, role, job_title, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .bind(row.id, row.org_id, row.name, row.email, row.role, row.job_title, row.created_at);
  return { row, statement };
}

export async function createAdvisor(db: D1Database, input: NewAdvisor): Promise<AdvisorRow> {
  const { row, statement } = advisorInsert(db, input);
  await statement.run();
  return row;
}

export function toAdvisorView(row: AdvisorRow): AdvisorView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    jobTitle: row.job_title,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}

/** A colleague as every advisor sees them: no email, no dates. */
export function toDirectoryEntry(row: AdvisorRow): DirectoryEntry {
  return { id: row.id, name: row.name, jobTitle: row.job_title, role: row.role, active: row.disabled_at === null };
}

/**
 * Every advisor of the organisation, disabled ones too (their names stay on what they wrote),
 * by name. Not paged: an organisation has tens of advisors, a large one a few hundred.
 */
export async function listDirectory(db: D1Database, orgId: string): Promise<AdvisorRow[]> {
  const { results } = await db.prepare('SELECT * FROM advisors WHERE org_id = ? ORDER BY name, id').bind(orgId).all<AdvisorRow>();
  return results;
}

export const advisorPosition = (row: AdvisorRow): Keyset => ({ key: row.created_at, id: row.id });

/** One advisor of the organisation; an id of another organisation is simply not found. */
export async function findAdvisor(db: D1Database, orgId: string, id: string): Promise<AdvisorRow | null> {
  return db.prepare('SELECT * FROM advisors WHERE org_id = ? AND id = ?').bind(orgId, id).first<AdvisorRow>();
}

/** Advisors in creation order, `limit + 1` rows after `after` (see toPage). */
export async function listAdvisors(db: D1Database, orgId: string, after: Keyset | undefined, limit: number): Promise<AdvisorRow[]> {
  const { results } = await db
    .prepare(
      `SELECT * FROM advisors WHERE org_id = ?1 AND (?2 IS NULL OR (created_at, id) > (?2, ?3))
       ORDER BY created_at, id LIMIT ?4`,
    )
    .bind(orgId, after?.key ?? null, after?.id ?? null, limit + 1)
    .all<AdvisorRow>();
  return results;
}

/** The organisation's first enabled admin: who the bootstrap secret issues a token to. */
export async function findEarliestAdmin(db: D1Database, orgId: string): Promise<AdvisorRow | null> {
  return db
    .prepare(`SELECT * FROM advisors WHERE org_id = ? AND role = 'admin' AND disabled_at IS NULL ORDER BY created_at, id LIMIT 1`)
    .bind(orgId)
    .first<AdvisorRow>();
}

/** Sets or clears `disabled_at`; keeps the first disabling time when disabled twice. */
export function setAdvisorDisabledStatement(db: D1Database, orgId: string, id: string, disabled: boolean, at: string): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE advisors SET disabled_at = CASE WHEN ?1 THEN COALESCE(disabled_at, ?2) ELSE NULL END
       WHERE org_id = ?3 AND id = ?4`,
    )
    .bind(disabled ? 1 : 0, at, orgId, id);
}

/** Sets the given name, role and 職種; the others keep their values. */
export function updateAdvisorStatement(
  db: D1Database,
  orgId: string,
  id: string,
  change: { name?: string; role?: Role; jobTitle?: JobTitle | null },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE advisors SET name = COALESCE(?1, name), role = COALESCE(?2, role),
         job_title = CASE WHEN ?3 THEN ?4 ELSE job_title END WHERE org_id = ?5 AND id = ?6`,
    )
    .bind(change.name ?? null, change.role ?? null, change.jobTitle !== undefined ? 1 : 0, change.jobTitle ?? null, orgId, id);
}

/** Enabled advisors' ids of the organisation (none when `orgId` is null: the push names no co-advisors). */
export function selectLiveAdvisorIds(db: D1Database, orgId: string | null): D1PreparedStatement {
  return db.prepare('SELECT id FROM advisors WHERE org_id = ? AND disabled_at IS NULL').bind(orgId);
}

/** The ids selectLiveAdvisorIds read. */
export const liveAdvisorIdsIn = (result: D1Result): Set<string> => new Set(rowsOf<{ id: string }>(result).map((a) => a.id));

/** Guards (push-guard.ts): every one of `ids` still an enabled advisor of the organisation. */
export function advisorsStillLive(orgId: string, ids: readonly string[]): GuardCondition[] {
  return chunk([...new Set(ids)], MAX_PARAMS - 2).map((part) =>
    condition(
      `(SELECT count(*) FROM advisors WHERE org_id = ? AND disabled_at IS NULL AND id IN (${placeholders(part.length)})) = ?`,
      orgId,
      ...part,
      part.length,
    ),
  );
}
