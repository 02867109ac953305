import type { Keyset } from './cursor';
import { GUARD_SOURCES_SQL, type RecordRow } from './record-row';

/**
 * Read queries behind the business search and the karte. Every query is scoped by
 * org_id first, so no caller can reach another organisation's rows.
 */

export interface BusinessSearch {
  /** Normalised search terms (shared/text.ts); every one must appear. */
  terms: string[];
  corporateNumber?: string;
  externalSystem?: string;
  externalId?: string;
  after?: Keyset;
  limit: number;
}

/** Escapes LIKE wildcards so a user typing `%` or `_` searches for that character. */
export const escapeLike = (term: string) => term.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** Live businesses matching every filter, in (sort_key, id) order, `limit + 1` rows after `after`. */
export async function searchBusinesses(db: D1Database, orgId: string, s: BusinessSearch): Promise<RecordRow[]> {
  const where = [`r.org_id = ?`, `r.kind = 'business'`, `r.deleted = 0`];
  const params: (string | number)[] = [orgId];
  for (const term of s.terms) {
    where.push(`r.search_text LIKE ? ESCAPE '\\'`);
    params.push(`%${escapeLike(term)}%`);
  }
  if (s.corporateNumber) {
    where.push(`json_extract(r.data, '$.corporateNumber') = ?`);
    params.push(s.corporateNumber);
  }
  if (s.externalSystem || s.externalId) {
    const ext = [`e.org_id = r.org_id`, `e.business_id = r.id`];
    if (s.externalSystem) {
      ext.push('e.system = ?');
      params.push(s.externalSystem);
    }
    if (s.externalId) {
      ext.push('e.value = ?');
      params.push(s.externalId);
    }
    where.push(`EXISTS (SELECT 1 FROM external_ids e WHERE ${ext.join(' AND ')})`);
  }
  if (s.after) {
    where.push(`(r.sort_key, r.id) > (?, ?)`);
    params.push(s.after.key, s.after.id);
  }
  params.push(s.limit + 1);
  const sql = `SELECT r.*, ${GUARD_SOURCES_SQL} FROM records r WHERE ${where.join(' AND ')} ORDER BY r.sort_key, r.id LIMIT ?`;
  const { results } = await db
    .prepare(sql)
    .bind(...params)
    .all<RecordRow>();
  return results;
}

/** A live (not deleted) business of the organisation, or null. */
export async function findLiveBusiness(db: D1Database, orgId: string, id: string): Promise<RecordRow | null> {
  return db
    .prepare(`SELECT r.*, ${GUARD_SOURCES_SQL} FROM records r WHERE r.org_id = ? AND r.id = ? AND r.kind = 'business' AND r.deleted = 0`)
    .bind(orgId, id)
    .first<RecordRow>();
}

/** Live consultations of a business, newest first, `limit + 1` rows after `after`. */
export async function listConsultations(
  db: D1Database,
  orgId: string,
  businessId: string,
  after: Keyset | undefined,
  limit: number,
): Promise<RecordRow[]> {
  const base = `SELECT r.*, ${GUARD_SOURCES_SQL} FROM records r
    WHERE r.org_id = ? AND r.business_id = ? AND r.kind = 'consultation' AND r.deleted = 0`;
  const order = `ORDER BY r.sort_key DESC, r.id DESC LIMIT ?`;
  const stmt = after
    ? db.prepare(`${base} AND (r.sort_key, r.id) < (?, ?) ${order}`).bind(orgId, businessId, after.key, after.id, limit + 1)
    : db.prepare(`${base} ${order}`).bind(orgId, businessId, limit + 1);
  return (await stmt.all<RecordRow>()).results;
}

/** Open next actions (not done, not deleted) by due date; undated ones sort last (projection '9999-12-31'). */
export async function listOpenActions(db: D1Database, orgId: string, businessId: string, max: number): Promise<RecordRow[]> {
  const { results } = await db
    .prepare(
      `SELECT r.*, ${GUARD_SOURCES_SQL} FROM records r WHERE r.org_id = ? AND r.business_id = ? AND r.kind = 'action'
       AND r.deleted = 0 AND json_extract(r.data, '$.done') = 0 ORDER BY r.sort_key, r.id LIMIT ?`,
    )
    .bind(orgId, businessId, max)
    .all<RecordRow>();
  return results;
}

/** Unresolved conflict copies of the business itself and of its live consultations and actions. */
export async function listOpenConflicts(db: D1Database, orgId: string, businessId: string, max: number): Promise<RecordRow[]> {
  const { results } = await db
    .prepare(
      `SELECT r.*, ${GUARD_SOURCES_SQL}
       FROM records p JOIN records r ON r.org_id = p.org_id AND r.kind = 'conflict' AND r.sort_key = p.id AND r.deleted = 0
       WHERE p.org_id = ? AND p.business_id = ? AND p.deleted = 0
       ORDER BY r.version LIMIT ?`,
    )
    .bind(orgId, businessId, max)
    .all<RecordRow>();
  return results;
}
