import { liveQuery } from 'dexie';
import type { SharedKarte } from '../../shared/wide-area';
import type { KarteDb, SharedKarteRow } from './schema';

/**
 * Replaces the shared kartes with the server's answer, in one transaction: a share withdrawn or
 * expired since the last sync is gone from the device now. Nothing is written when nothing changed.
 */
export async function saveSharedKartes(db: KarteDb, kartes: readonly SharedKarte[]): Promise<boolean> {
  const next: SharedKarteRow[] = kartes.map((karte) => ({
    id: karte.share.id,
    linkedBusinessId: karte.share.linkedBusinessId ?? '',
    karte,
  }));
  return db.transaction('rw', db.sharedKartes, async () => {
    const stored = await db.sharedKartes.orderBy('id').toArray();
    const sorted = [...next].sort((a, b) => (a.id < b.id ? -1 : 1));
    if (JSON.stringify(stored) === JSON.stringify(sorted)) return false;
    await db.sharedKartes.clear();
    await db.sharedKartes.bulkPut(sorted);
    return true;
  });
}

/** Every shared karte now and whenever they change; returns the stop function. */
export function observeSharedKartes(db: KarteDb, onChange: (rows: SharedKarteRow[]) => void): () => void {
  const sub = liveQuery(() => db.sharedKartes.toArray()).subscribe({
    next: onChange,
    error: (e: unknown) => console.error('shared kartes observation stopped', e),
  });
  return () => sub.unsubscribe();
}
