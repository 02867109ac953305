import { liveQuery } from 'dexie';
import type { KarteDb, LocalTag, LocalTagGroup } from './schema';

export interface TaxonomyGroup {
  group: LocalTagGroup;
  tags: LocalTag[];
}

/** Live tag groups in order, each with its live tags in order. */
export async function loadTaxonomy(db: KarteDb): Promise<TaxonomyGroup[]> {
  const [groups, tags] = await Promise.all([db.tagGroups.orderBy('order').toArray(), db.tags.orderBy('order').toArray()]);
  return groups
    .filter((g) => !g.deleted)
    .map((group) => ({ group, tags: tags.filter((t) => t.groupId === group.id && !t.deleted) }));
}

/** Calls back with the taxonomy now and whenever a tag or group changes; returns the stop function. */
export function observeTaxonomy(db: KarteDb, onChange: (groups: TaxonomyGroup[]) => void): () => void {
  const sub = liveQuery(() => loadTaxonomy(db)).subscribe({
    next: onChange,
    error: (e: unknown) => console.error('taxonomy observation stopped', e),
  });
  return () => sub.unsubscribe();
}
