import {
  bansoRule,
  DEFAULT_TAXONOMY,
  startupAreaTags,
  type BansoRule,
  type StartupAreaTags,
  FISCAL_YEAR_START_MONTH,
  normalizeForSearch,
  uuidv7,
  type OrgKind,
  type OrgProfile,
  type Prefecture,
} from '../../../shared';
import { projections } from './record-row';

/**
 * Creates an organisation with the default tag taxonomy seeded as synced records
 * (versions 1…n), in one batch.
 */
export async function createOrganisation(db: D1Database, name: string): Promise<{ id: string; name: string }> {
  const id = uuidv7();
  const now = new Date().toISOString();
  const rows: { kind: 'tagGroup' | 'tag'; id: string; data: Record<string, unknown> }[] = [];
  DEFAULT_TAXONOMY.forEach((group, gi) => {
    rows.push({ kind: 'tagGroup', id: group.id, data: { name: group.name, order: gi, deleted: false } });
    group.tags.forEach(([tagId, tagName], ti) =>
      rows.push({ kind: 'tag', id: tagId, data: { groupId: group.id, name: tagName, order: ti, deleted: false } }),
    );
  });
  const statements = [db.prepare('INSERT INTO orgs (id, name, version, created_at) VALUES (?, ?, ?, ?)').bind(id, name, rows.length, now)];
  rows.forEach((row, i) => {
    const version = i + 1;
    const p = projections(row.kind, row.id, row.data, normalizeForSearch);
    const fieldVersions = Object.fromEntries(Object.keys(row.data).map((k) => [k, version]));
    statements.push(
      db
        .prepare(
          `INSERT INTO records (org_id, id, kind, version, deleted, data, field_versions, author_id, sensitive, business_id, sort_key, search_text, created_at, updated_at)
           VALUES (?, ?, ?, ?, 0, ?, ?, NULL, 0, ?, ?, ?, ?, ?)`,
        )
        .bind(
          id,
          row.id,
          row.kind,
          version,
          JSON.stringify(row.data),
          JSON.stringify(fieldVersions),
          p.businessId,
          p.sortKey,
          p.searchText,
          now,
          now,
        ),
    );
  });
  await db.batch(statements);
  return { id, name };
}

export async function findOrganisationByName(db: D1Database, name: string): Promise<{ id: string; name: string } | null> {
  return db.prepare('SELECT id, name FROM orgs WHERE name = ? ORDER BY created_at LIMIT 1').bind(name).first();
}

interface OrgRow {
  id: string;
  name: string;
  kind: OrgKind | null;
  prefecture: Prefecture | null;
  municipality: string;
  banso_rule: string | null;
  startup_areas: string | null;
}

/** A stored organisation setting, or null (the standard one) when none is set or it no longer reads as one. */
function stored<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, json: string | null): T | null {
  if (json === null) return null;
  const parsed = schema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

/** The organisation with its profile; the 年度 starts in April for every organisation. */
export async function findOrganisation(db: D1Database, id: string): Promise<OrgProfile | null> {
  const row = await db
    .prepare('SELECT id, name, kind, prefecture, municipality, banso_rule, startup_areas FROM orgs WHERE id = ?')
    .bind(id)
    .first<OrgRow>();
  if (!row) return null;
  const { banso_rule, startup_areas, ...profile } = row;
  return {
    ...profile,
    fiscalYearStartMonth: FISCAL_YEAR_START_MONTH,
    bansoRule: stored<OrgProfile['bansoRule']>(bansoRule, banso_rule),
    startupAreas: stored<OrgProfile['startupAreas']>(startupAreaTags, startup_areas),
  };
}

/** Sets the organisation's tags for the areas of 特定創業支援 (null: back to the standard mapping). */
export function updateStartupAreasStatement(db: D1Database, id: string, areas: StartupAreaTags | null): D1PreparedStatement {
  return db.prepare('UPDATE orgs SET startup_areas = ? WHERE id = ?').bind(areas && JSON.stringify(areas), id);
}

/** Sets the organisation's 伴走 rule (null: back to the standard one). */
export function updateBansoRuleStatement(db: D1Database, id: string, rule: BansoRule | null): D1PreparedStatement {
  return db.prepare('UPDATE orgs SET banso_rule = ? WHERE id = ?').bind(rule && JSON.stringify(rule), id);
}

/** Sets the profile fields given; the others keep their values. */
export function updateOrgProfileStatement(
  db: D1Database,
  id: string,
  change: { kind?: OrgKind | null; prefecture?: Prefecture | null; municipality?: string },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE orgs SET kind = CASE WHEN ?1 THEN ?2 ELSE kind END, prefecture = CASE WHEN ?3 THEN ?4 ELSE prefecture END,
         municipality = COALESCE(?5, municipality) WHERE id = ?6`,
    )
    .bind(
      change.kind !== undefined ? 1 : 0,
      change.kind ?? null,
      change.prefecture !== undefined ? 1 : 0,
      change.prefecture ?? null,
      change.municipality ?? null,
      id,
    );
}
