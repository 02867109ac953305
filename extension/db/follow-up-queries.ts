import { liveQuery } from 'dexie';
import { isMyAction } from '../karte/owner';
import type { KarteDb, LocalAction } from './schema';

/** An open next action with what the follow-up list and the reminders say about it. */
export interface FollowUp {
  action: LocalAction;
  businessName: string;
}

/**
 * The open next actions of the advisor `me` across every business (see karte/owner.ts; null:
 * everyone's), or only those due by `dueBy` ('YYYY-MM-DD'). Without it, a scan of the actions
 * table: one organisation's actions are tens of thousands at most.
 */
export async function loadFollowUps(db: KarteDb, me: string | null, dueBy?: string): Promise<FollowUp[]> {
  return db.transaction('r', [db.actions, db.consultations, db.businesses], async () => {
    // Reminders and the badge need only what is due by a date: the dueDate index skips the rest (and undated ones).
    const candidates = dueBy === undefined ? db.actions.toArray() : db.actions.where('dueDate').belowOrEqual(dueBy).toArray();
    // Filtered here, not with a Dexie filter: that walks a cursor a row per round trip.
    const open = (await candidates).filter((a) => !a.done && !a.deleted);
    const consultationIds = [...new Set(open.map((a) => a.consultationId).filter((id): id is string => id !== null))];
    const businessIds = [...new Set(open.map((a) => a.businessId))];
    const [consultations, businesses] = await Promise.all([db.consultations.bulkGet(consultationIds), db.businesses.bulkGet(businessIds)]);
    const consultationOf = new Map(consultations.filter((c) => c !== undefined).map((c) => [c.id, c]));
    const businessOf = new Map(businesses.filter((b) => b !== undefined).map((b) => [b.id, b]));
    const mine: FollowUp[] = [];
    for (const action of open) {
      const business = businessOf.get(action.businessId);
      // An action of a deleted business or consultation went with it.
      if (!business || business.deleted) continue;
      const consultation = action.consultationId === null ? null : (consultationOf.get(action.consultationId) ?? null);
      if (consultation?.deleted) continue;
      if (isMyAction(me, action, consultation, business)) mine.push({ action, businessName: business.name });
    }
    return mine;
  });
}

/** The follow-ups now and whenever an action, consultation or business changes; returns the stop function. */
export function observeFollowUps(db: KarteDb, me: string | null, onChange: (items: FollowUp[]) => void): () => void {
  const sub = liveQuery(() => loadFollowUps(db, me)).subscribe({
    next: onChange,
    error: (e: unknown) => console.error('follow-up observation stopped', e),
  });
  return () => sub.unsubscribe();
}
