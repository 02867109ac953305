import Dexie, { liveQuery } from 'dexie';
import type { KarteDb, LocalAction, LocalBusiness, LocalConsultation } from './schema';

export interface KarteView {
  business: LocalBusiness | null;
  consultations: LocalConsultation[];
  openActions: LocalAction[];
}

/** Open actions first by due date (undated last), then by when they were written. */
function byDue(a: LocalAction, b: LocalAction): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.createdAt < b.createdAt ? -1 : 1;
}

export async function loadKarte(db: KarteDb, businessId: string, limit = 20): Promise<KarteView> {
  const [business, consultations, actions] = await Promise.all([
    db.businesses.get(businessId),
    db.consultations
      .where('[businessId+heldAt]')
      .between([businessId, Dexie.minKey], [businessId, Dexie.maxKey])
      .reverse()
      .filter((c) => !c.deleted)
      .limit(limit)
      .toArray(),
    db.actions
      .where('businessId')
      .equals(businessId)
      .filter((a) => !a.done && !a.deleted)
      .toArray(),
  ]);
  return {
    business: business && !business.deleted ? business : null,
    consultations,
    openActions: actions.sort(byDue),
  };
}

/**
 * Calls back with the karte of one business now and whenever its records change, in this
 * page or any other page of the extension (Dexie broadcasts writes). Returns the stop function.
 */
export function observeKarte(db: KarteDb, businessId: string, onChange: (view: KarteView) => void, limit = 20): () => void {
  const sub = liveQuery(() => loadKarte(db, businessId, limit)).subscribe({
    next: onChange,
    error: (e: unknown) => console.error('karte observation stopped', e),
  });
  return () => sub.unsubscribe();
}
