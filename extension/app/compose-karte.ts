import { observeBusinessList } from '../db/business-list-queries';
import { businessesWithCorporateNumber } from '../db/business-queries';
import { observeFollowUps } from '../db/follow-up-queries';
import { todayIn } from '../karte/due';
import { createBusinessListStore } from '../state/business-list-store';
import { observeKartePage } from '../db/karte-page-queries';
import { createKarteWrites } from '../db/karte-writes';
import { createSupportWrites } from '../db/support-writes';
import { createFollowUpsStore } from '../state/follow-ups-store';
import { createKartePageStore } from '../state/karte-page-store';
import type { Services } from './compose';
import { createDirectory } from './compose-directory';
import { observeUnsentWhileSyncing } from './compose-sync';

/** The karte's writes on top of the (lazily loaded) validating repository. */
const karteWrites = (s: Services) => async () => {
  const w = await s.loadWrites();
  return { ...createKarteWrites(w.repo), businesses: w.businesses, support: createSupportWrites(w.repo) };
};

/** karte.html: the store of one business's karte. */
export function createKartePage(s: Services, businessId: string, me: string | null) {
  return createKartePageStore({
    businessId,
    me,
    observe: (id, onChange) => observeKartePage(s.db, id, onChange),
    writes: karteWrites(s),
    observeUnsent: (onChange) => observeUnsentWhileSyncing(s.db, onChange),
    now: () => new Date(),
    editorStores: async () => (await import('./compose-capture')).createCaptureStores(s, `karte:${businessId}`),
    sameCorporateNumber: (number) => businessesWithCorporateNumber(s.db, number, businessId),
    directory: createDirectory(s.db),
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

/** businesses.html: every business, to find, sort, delete and merge. */
export function createBusinessList(s: Services) {
  return createBusinessListStore({
    observe: (onChange) => observeBusinessList(s.db, () => todayIn(new Date()), onChange),
    writes: async () => (await s.loadWrites()).businesses,
    directory: createDirectory(s.db),
  });
}
