import type { OwnScope } from '../domain/export-scope';
import { GUARD_SOURCES_SQL, type RecordRow } from './record-row';

/** Who is in charge of a business (担当), as the reports read it (db/reports/facts.ts). */
const IN_CHARGE = `COALESCE(json_extract(data, '$.assignedAdvisorId'), author_id)`;

/**
 * The ids an own-work export is decided by (domain/export-scope.ts), read in one snapshot. Deleted
 * records count too: the export carries them with their deleted flag.
 */
export async function readOwnScope(db: D1Database, orgId: string, advisorId: string): Promise<OwnScope> {
  const [inChargeResult, consultationResult, authoredResult] = await db.batch<{ id: string; business_id: string | null }>([
    db
      .prepare(`SELECT id, id AS business_id FROM records WHERE org_id = ?1 AND kind = 'business' AND ${IN_CHARGE} = ?2`)
      .bind(orgId, advisorId),
    db
      .prepare(
        `SELECT id, business_id FROM records
         WHERE org_id = ?1 AND kind = 'consultation' AND (
           author_id = ?2 OR instr(json_extract(data, '$.advisorIds'), '"' || ?2 || '"') > 0
           OR business_id IN (SELECT id FROM records WHERE org_id = ?1 AND kind = 'business' AND ${IN_CHARGE} = ?2))`,
      )
      .bind(orgId, advisorId),
    db
      .prepare(`SELECT id, id AS business_id FROM records WHERE org_id = ?1 AND kind = 'business' AND author_id = ?2`)
      .bind(orgId, advisorId),
  ]);
  const inCharge = new Set(inChargeResult!.results.map((r) => r.id));
  const consultations = consultationResult!.results;
  const businesses = new Set([
    ...inCharge,
    ...authoredResult!.results.map((r) => r.id),
    ...consultations.map((r) => r.business_id).filter((id): id is string => id !== null),
  ]);
  return { advisorId, inCharge, consultations: new Set(consultations.map((r) => r.id)), businesses };
}

/** The records after `afterVersion` in version order, at most `limit`, with the 機微 consultations their text came from. */
export async function selectExportPage(db: D1Database, orgId: string, afterVersion: number, limit: number): Promise<RecordRow[]> {
  const { results } = await db
    .prepare(`SELECT r.*, ${GUARD_SOURCES_SQL} FROM records r WHERE r.org_id = ?1 AND r.version > ?2 ORDER BY r.version LIMIT ?3`)
    .bind(orgId, afterVersion, limit)
    .all<RecordRow>();
  return results;
}
