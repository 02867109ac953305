import type { AdvisorRef, JobTitle } from '../../../../shared';

/** Every advisor of the organisation by id, disabled ones too: reports name people, never show ids. */
export async function advisorRefs(db: D1Database, orgId: string): Promise<Map<string, AdvisorRef>> {
  const { results } = await db
    .prepare('SELECT id, name, job_title FROM advisors WHERE org_id = ?')
    .bind(orgId)
    .all<{ id: string; name: string; job_title: JobTitle | null }>();
  return new Map(results.map((a) => [a.id, { id: a.id, name: a.name, jobTitle: a.job_title }]));
}

/** An advisor by id; one the organisation does not know (never expected) keeps an empty name. */
export const refOf = (advisors: ReadonlyMap<string, AdvisorRef>, id: string | null): AdvisorRef | null =>
  id === null ? null : (advisors.get(id) ?? { id, name: '', jobTitle: null });

export interface TagInfo {
  id: string;
  name: string;
  groupId: string;
  order: number;
  /** Retired: no longer offered, but past consultations keep it. */
  deleted: boolean;
}

/** Every tag of the organisation, retired ones too. */
export async function tagInfos(db: D1Database, orgId: string): Promise<Map<string, TagInfo>> {
  const { results } = await db
    .prepare(
      `SELECT id, json_extract(data, '$.name') AS name, json_extract(data, '$.groupId') AS group_id,
         json_extract(data, '$.order') AS ord, deleted FROM records WHERE org_id = ? AND kind = 'tag'`,
    )
    .bind(orgId)
    .all<{ id: string; name: string; group_id: string; ord: number; deleted: number }>();
  return new Map(results.map((t) => [t.id, { id: t.id, name: t.name, groupId: t.group_id, order: t.ord, deleted: t.deleted === 1 }]));
}

/** Tags of one group in their order (steps in the order of the model). */
export const tagsOfGroup = (tags: ReadonlyMap<string, TagInfo>, groupId: string): TagInfo[] =>
  [...tags.values()].filter((t) => t.groupId === groupId).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'ja'));
