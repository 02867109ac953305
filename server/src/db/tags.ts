import type { TagsResponse } from '../../../shared';
import type { RecordRow } from './record-row';

type TagGroupView = TagsResponse['groups'][number];

/**
 * The organisation's live taxonomy as groups with their tags, both by `order` then name.
 * Tags of a deleted or missing group are left out: nobody can pick them in the UI.
 */
export async function loadTaxonomy(db: D1Database, orgId: string): Promise<TagsResponse> {
  const { results } = await db
    .prepare(`SELECT * FROM records WHERE org_id = ? AND kind IN ('tagGroup', 'tag') AND deleted = 0`)
    .bind(orgId)
    .all<RecordRow>();
  type Sortable = { order: number; name: string; id: string };
  const byOrder = (a: Sortable, b: Sortable) => a.order - b.order || a.name.localeCompare(b.name, 'ja') || (a.id < b.id ? -1 : 1);
  const groups = new Map<string, TagGroupView>();
  for (const row of results) {
    if (row.kind !== 'tagGroup') continue;
    const data = JSON.parse(row.data) as { name: string; order: number };
    groups.set(row.id, { id: row.id, name: data.name, order: data.order, version: row.version, tags: [] });
  }
  for (const row of results) {
    if (row.kind !== 'tag') continue;
    const data = JSON.parse(row.data) as { groupId: string; name: string; order: number };
    groups.get(data.groupId)?.tags.push({ id: row.id, groupId: data.groupId, name: data.name, order: data.order, version: row.version });
  }
  const sorted = [...groups.values()].sort(byOrder);
  for (const group of sorted) group.tags.sort(byOrder);
  return { groups: sorted };
}
