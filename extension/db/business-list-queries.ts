import { liveQuery } from 'dexie';
import type { BusinessListRow } from '../karte/business-list';
import type { KarteDb } from './schema';

/**
 * Every live business with its latest consultation, consultation count and open actions, for
 * the 事業者一覧. One read of each table: an advisor's caseload is hundreds of businesses.
 */
export async function loadBusinessList(db: KarteDb, today: string): Promise<BusinessListRow[]> {
  return db.transaction('r', [db.businesses, db.consultations, db.actions], async () => {
    const [businesses, consultations, actions] = await Promise.all([
      db.businesses.toArray(),
      db.consultations.toArray(),
      db.actions.toArray(),
    ]);
    const rows = new Map<string, BusinessListRow>();
    for (const business of businesses) {
      if (!business.deleted) rows.set(business.id, { business, lastHeldAt: null, consultations: 0, openActions: 0, overdueActions: 0 });
    }
    for (const c of consultations) {
      const row = rows.get(c.businessId);
      if (!row || c.deleted) continue;
      row.consultations++;
      if (row.lastHeldAt === null || c.heldAt > row.lastHeldAt) row.lastHeldAt = c.heldAt;
    }
    for (const a of actions) {
      const row = rows.get(a.businessId);
      if (!row || a.deleted || a.done) continue;
      row.openActions++;
      if (a.dueDate !== null && a.dueDate < today) row.overdueActions++;
    }
    return [...rows.values()];
  });
}

/** The list now and whenever a business, consultation or action changes; returns the stop function. */
export function observeBusinessList(db: KarteDb, today: () => string, onChange: (rows: BusinessListRow[]) => void): () => void {
  const sub = liveQuery(() => loadBusinessList(db, today())).subscribe({
    next: onChange,
    error: (e: unknown) => console.error('business list observation stopped', e),
  });
  return () => sub.unsubscribe();
}
