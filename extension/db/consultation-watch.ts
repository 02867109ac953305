import { liveQuery } from 'dexie';
import type { KarteDb, LocalConsultation } from './schema';

/**
 * Calls back with one consultation now and whenever it changes in any page of the extension
 * (null once it is deleted or gone). Returns the stop function.
 */
export function observeConsultation(db: KarteDb, id: string, onChange: (c: LocalConsultation | null) => void): () => void {
  const sub = liveQuery(async () => {
    const c = await db.consultations.get(id);
    return c && !c.deleted ? c : null;
  }).subscribe({
    next: onChange,
    error: (e: unknown) => console.error('consultation observation stopped', e),
  });
  return () => sub.unsubscribe();
}
