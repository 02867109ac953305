import { createKarteWrites } from '../db/karte-writes';
import { observeKarte } from '../db/karte-queries';
import { createKarteStore } from '../state/karte-store';
import type { Services } from './compose';

/** The side panel's karte store (kept out of compose.ts so the popup does not load it): the karte's own writes. */
export function createKarte(s: Services) {
  return createKarteStore({
    observe: (id, onChange) => observeKarte(s.db, id, onChange),
    writes: async () => createKarteWrites((await s.loadWrites()).repo),
  });
}
