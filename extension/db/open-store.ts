import { META_KEYS } from './meta-keys';
import { openKarteDb, type KarteDb } from './schema';

/**
 * Opens the local store and makes sure the default tags are there. The seeding code (and
 * the taxonomy it carries) is loaded only the one time it is needed.
 */
export async function openLocalStore(name?: string): Promise<KarteDb> {
  const db = openKarteDb(name);
  if (!(await db.meta.get(META_KEYS.taxonomySeeded))) {
    const { seedDefaultTaxonomy } = await import('./seed-taxonomy');
    await seedDefaultTaxonomy(db);
  }
  return db;
}
