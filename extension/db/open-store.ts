import { META_KEYS } from './meta-keys';
import { openKarteDb, type KarteDb } from './schema';

/**
 * Puts the default tags in the first time the store is used. The seeding code (and the
 * taxonomy it carries) is loaded only the one time it is needed.
 */
export async function ensureDefaultTags(db: KarteDb): Promise<void> {
  if (await db.meta.get(META_KEYS.taxonomySeeded)) return;
  const { seedDefaultTaxonomy } = await import('./seed-taxonomy');
  await seedDefaultTaxonomy(db);
}

/** Opens the local store and makes sure the default tags are there. */
export async function openLocalStore(name?: string): Promise<KarteDb> {
  const db = openKarteDb(name);
  await ensureDefaultTags(db);
  return db;
}
