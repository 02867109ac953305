import { liveQuery } from 'dexie';
import type { KarteDb, LocalTag, LocalTagGroup } from './schema';

export interface TaxonomyGroup {
  group: LocalTagGroup;
  /** What pickers offer. */
  tags: LocalTag[];
  /** Tags a manager retired (deleted): no longer offered, but old notes still show their names. */
  retired: LocalTag[];
}

/** Live tag groups in order, each with its live tags and its retired tags in order. */
export async function loadTaxonomy(db: KarteDb): Promise<TaxonomyGroup[]> {
  const [groups, tags] = await Promise.all([db.tagGroups.orderBy('order').toArray(), db.tags.orderBy('order').toArray()]);
  return groups
    .filter((g) => !g.deleted)
    .map((group) => {
      const own = tags.filter((t) => t.groupId === group.id);
      return { group, tags: own.filter((t) => !t.deleted), retired: own.filter((t) => t.deleted) };
    });
}

/** Tag id → name for showing the tags of records: every tag of a live group, retired ones too. */
export function tagNamesOf(groups: readonly TaxonomyGroup[]): ReadonlyMap<string, string> {
  return new Map(groups.flatMap((g) => [...g.tags, ...g.retired].map((t) => [t.id, t.name] as const)));
}

/** Calls back with the taxonomy now and whenever a tag or group changes; returns the stop function. */
export function observeTaxonomy(db: KarteDb, onChange: (groups: TaxonomyGroup[]) => void): () => void {
  const sub = liveQuery(() => loadTaxonomy(db)).subscribe({
    next: onChange,
    error: (e: unknown) => console.error('taxonomy observation stopped', e),
  });
  return () => sub.unsubscribe();
}
