import { liveQuery } from 'dexie';
import type { KarteDb, LocalBusiness, LocalSiteRule } from './schema';

/**
 * The organisation's live site rules in the order they are tried: oldest first (ids are
 * UUIDv7, so their order is the order of creation).
 */
export async function loadSiteRules(db: KarteDb): Promise<LocalSiteRule[]> {
  return (await db.siteRules.orderBy(':id').toArray()).filter((r) => !r.deleted);
}

/** Calls back with the rules now and whenever one changes (here, in another page, or by sync); returns the stop function. */
export function observeSiteRules(db: KarteDb, onChange: (rules: LocalSiteRule[]) => void): () => void {
  const sub = liveQuery(() => loadSiteRules(db)).subscribe({
    next: onChange,
    error: (e: unknown) => console.error('site rule observation stopped', e),
  });
  return () => sub.unsubscribe();
}

/** Every live business (a few thousand at most): the linking looks among them for an external ID. */
export async function liveBusinesses(db: KarteDb): Promise<LocalBusiness[]> {
  return (await db.businesses.toArray()).filter((b) => !b.deleted);
}
