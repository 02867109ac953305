import { searchBusinesses } from '../db/business-queries';
import type { LocalSiteRule } from '../db/schema';
import { liveBusinesses, observeSiteRules } from '../db/site-rule-queries';
import { BUSINESSES_FOUND } from '../karte/business-search';
import { readActiveTab } from '../platform/current-page';
import { readIdFromPage } from '../platform/page-reader';
import { watchTabAddress } from '../platform/tab-watch';
import type { CaptureStores } from '../state/contexts';
import { createPageBusinessStore, type PageBusinessStore } from '../state/page-business-store';
import type { SiteRule } from '../../shared/site-rules';
import type { Services } from './compose';

const toSiteRule = ({ id, name, system, urlPattern, extract, enabled }: LocalSiteRule): SiteRule => ({
  id,
  name,
  system,
  urlPattern,
  extract,
  enabled,
});

/**
 * Portal linking of the side panel (loaded after first paint: the site-rule code brings the
 * shared schemas). Follows the rules, the active tab and its address, single-page apps included.
 */
export function startLinking(s: Services, stores: CaptureStores, signal: AbortSignal): PageBusinessStore {
  const repo = async () => (await s.loadWrites()).repo;
  const store = createPageBusinessStore({
    activeTab: readActiveTab,
    readFromPage: readIdFromPage,
    businesses: () => liveBusinesses(s.db),
    search: (q) => searchBusinesses(s.db, q, BUSINESSES_FOUND),
    addExternalId: async (b, system, value) =>
      (await repo()).update('business', b.id, { externalIds: [...b.externalIds, { system, value }] }),
    createBusiness: async (name, system, value) => (await repo()).create('business', { name, externalIds: [{ system, value }] }),
    open: (id, chosen) => stores.editor.openBusiness(id, chosen),
    current: () => stores.editor.current.value.fields.value.businessId,
  });
  const stop = observeSiteRules(s.db, (rules) => void store.setRules(rules.map(toSiteRule)));
  signal.addEventListener('abort', stop);
  // The page store records the address with a note: it follows an SPA's address changes too.
  watchTabAddress(() => {
    void store.refresh();
    void stores.page.refresh();
  }, signal);
  return store;
}
