import { liveQuery } from 'dexie';
import type { DirectoryEntry, DirectoryResponse, OrgProfile } from '../../shared/api';
import { META_KEYS } from './meta-keys';
import type { KarteDb } from './schema';

/** The organisation's advisors and profile as this device last heard them (empty before the first sync). */
export interface Directory {
  advisors: DirectoryEntry[];
  organisation: OrgProfile | null;
}

export async function loadDirectory(db: KarteDb): Promise<Directory> {
  return db.transaction('r', [db.advisors, db.meta], async () => {
    const [advisors, organisation] = await Promise.all([db.advisors.toArray(), db.meta.get(META_KEYS.organisation)]);
    return { advisors, organisation: (organisation?.value as OrgProfile | undefined) ?? null };
  });
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const byId = (a: DirectoryEntry, b: DirectoryEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Replaces the stored directory with the server's answer, in one transaction. Nothing is
 * written when nothing changed: every open page watches this table, and sync fetches the
 * directory after each cycle. Returns whether it changed.
 */
export async function saveDirectory(db: KarteDb, answer: DirectoryResponse): Promise<boolean> {
  return db.transaction('rw', [db.advisors, db.meta], async () => {
    const stored = await loadDirectory(db);
    const next = [...answer.advisors].sort(byId);
    if (sameJson(stored.advisors.sort(byId), next) && sameJson(stored.organisation, answer.organisation)) return false;
    await db.advisors.clear();
    await db.advisors.bulkPut(next);
    await db.meta.put({ key: META_KEYS.organisation, value: answer.organisation });
    return true;
  });
}

/** The directory now and whenever it changes; returns the stop function. */
export function observeDirectory(db: KarteDb, onChange: (directory: Directory) => void): () => void {
  const sub = liveQuery(() => loadDirectory(db)).subscribe({
    next: onChange,
    error: (e: unknown) => console.error('directory observation stopped', e),
  });
  return () => sub.unsubscribe();
}
