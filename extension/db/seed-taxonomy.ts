import { DEFAULT_TAXONOMY } from '../../shared/taxonomy';
import { META_KEYS } from './meta-keys';
import type { KarteDb, LocalMeta, LocalTag, LocalTagGroup } from './schema';

/**
 * Puts the organisation's default tags (same slug ids as the server) into the local tables
 * the first time the store opens, so tagging works before sign-in. They are the org's
 * defaults, not the advisor's edits: no outbox entries. Version 0 lets a later pull
 * replace them with the organisation's own copy.
 */
export async function seedDefaultTaxonomy(db: KarteDb, now: Date = new Date()): Promise<boolean> {
  return db.transaction('rw', [db.tagGroups, db.tags, db.meta], async () => {
    if (await db.meta.get(META_KEYS.taxonomySeeded)) return false;
    const at = now.toISOString();
    const meta = (id: string): LocalMeta => ({ id, version: 0, authorId: null, createdAt: at, updatedAt: at, redacted: false });
    const groups: LocalTagGroup[] = DEFAULT_TAXONOMY.map((g, order) => ({ ...meta(g.id), name: g.name, order, deleted: false }));
    const tags: LocalTag[] = DEFAULT_TAXONOMY.flatMap((g) =>
      g.tags.map(([id, name], order) => ({ ...meta(id), groupId: g.id, name, order, deleted: false })),
    );
    await db.tagGroups.bulkPut(groups);
    await db.tags.bulkPut(tags);
    await db.meta.put({ key: META_KEYS.taxonomySeeded, value: at });
    return true;
  });
}
