import { observeFollowUps } from '../db/follow-up-queries';
import { observeKartePage } from '../db/karte-page-queries';
import { createKarteWrites } from '../db/karte-writes';
import { createFollowUpsStore } from '../state/follow-ups-store';
import { createKartePageStore } from '../state/karte-page-store';
import type { Services } from './compose';
import { observeUnsentWhileSyncing } from './compose-sync';

/** The karte's writes on top of the (lazily loaded) validating repository. */
const karteWrites = (s: Services) => async () => createKarteWrites((await s.loadWrites()).repo);

/** karte.html: the store of one business's karte. */
export function createKartePage(s: Services, businessId: string, me: string | null) {
  return createKartePageStore({
    businessId,
    me,
    observe: (id, onChange) => observeKartePage(s.db, id, onChange),
    writes: karteWrites(s),
    observeUnsent: (onChange) => observeUnsentWhileSyncing(s.db, onChange),
    now: () => new Date(),
  });
}

/** follow-ups.html: the advisor's open actions across businesses. */
export function createFollowUps(s: Services, me: string | null) {
  return createFollowUpsStore({
    observe: (onChange) => observeFollowUps(s.db, me, onChange),
    writes: karteWrites(s),
    now: () => new Date(),
  });
}
