import type { ImportIndex, KnownBusiness } from '../domain/business-import';
import { externalKey } from '../domain/business-import';
import type { RecordRow } from './record-row';
import { selectRecordsByIds } from './records';

const push = (map: Map<string, string[]>, key: string, id: string) => {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
};

/**
 * What an import can match, of the organisation's live businesses: their 法人番号 and 外部ID
 * (one pass over each; an import of the whole 会員名簿 asks for most of them anyway), then the
 * records of the businesses the file names — by those keys or by their id here — to compare field
 * by field.
 */
export async function loadImportIndex(
  db: D1Database,
  orgId: string,
  wanted: { corporateNumbers: ReadonlySet<string>; externalKeys: ReadonlySet<string>; ids: ReadonlySet<string> },
): Promise<ImportIndex> {
  const [numbers, externals] = await db.batch([
    db
      .prepare(
        `SELECT id, json_extract(data, '$.corporateNumber') AS cn FROM records
       WHERE org_id = ? AND kind = 'business' AND deleted = 0 AND json_extract(data, '$.corporateNumber') IS NOT NULL`,
      )
      .bind(orgId),
    db
      .prepare(
        `SELECT e.system, e.value, e.business_id FROM external_ids e JOIN records r ON r.org_id = e.org_id AND r.id = e.business_id
       WHERE e.org_id = ? AND r.kind = 'business' AND r.deleted = 0`,
      )
      .bind(orgId),
  ]);
  const byCorporateNumber = new Map<string, string[]>();
  for (const r of numbers!.results as { id: string; cn: string }[])
    if (wanted.corporateNumbers.has(r.cn)) push(byCorporateNumber, r.cn, r.id);
  const byExternalId = new Map<string, string[]>();
  for (const r of externals!.results as { system: string; value: string; business_id: string }[]) {
    const key = externalKey(r.system, r.value);
    if (wanted.externalKeys.has(key)) push(byExternalId, key, r.business_id);
  }
  const ids = [...new Set([...byCorporateNumber.values(), ...byExternalId.values()].flat().concat([...wanted.ids]))];
  const businesses = new Map<string, KnownBusiness>();
  const takenIds = new Set<string>();
  if (ids.length > 0) {
    for (const result of await db.batch<RecordRow>(selectRecordsByIds(db, orgId, ids))) {
      for (const row of result.results) {
        takenIds.add(row.id);
        if (row.kind !== 'business' || row.deleted === 1) continue;
        const data = JSON.parse(row.data) as Record<string, unknown>;
        businesses.set(row.id, { id: row.id, name: String(data.name ?? ''), version: row.version, data });
      }
    }
  }
  return { businesses, takenIds, byCorporateNumber, byExternalId };
}
