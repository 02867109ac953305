import { observeKarte } from '../db/karte-queries';
import { createKarteStore } from '../state/karte-store';
import type { Services } from './compose';

/** The side panel's karte store (kept out of compose.ts so the popup does not load it). */
export function createKarte(s: Services) {
  const repo = async () => (await s.loadWrites()).repo;
  return createKarteStore({
    observe: (id, onChange) => observeKarte(s.db, id, onChange),
    removeConsultation: async (id) => (await repo()).remove('consultation', id),
    restoreConsultation: async (id) => (await repo()).restore('consultation', id),
    markActionDone: async (id) => (await repo()).update('action', id, { done: true, doneAt: new Date().toISOString() }),
  });
}
