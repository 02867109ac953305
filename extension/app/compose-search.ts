import { karteUrl, openTab } from '../platform/page-urls';
import { startSearchWorker } from '../platform/search-worker';
import { readViewer, watchViewer } from '../platform/viewer';
import { createSearchStore, type SearchStore } from '../state/search-store';

/**
 * The search of one extension page (side panel, karte page): starts its worker at once, so
 * the index loads while the page renders. Until the settings are read the viewer is an
 * unknown signed-in advisor: 機微 notes stay out rather than showing for a moment.
 */
export function createPageSearch(): SearchStore {
  const store = createSearchStore({
    client: startSearchWorker(),
    viewer: { signedIn: true, advisorId: null, role: null },
    openKarteTab: (businessId, consultationId) => void openTab(karteUrl(businessId, consultationId)),
  });
  void readViewer().then((v) => store.setViewer(v));
  watchViewer((v) => store.setViewer(v));
  return store;
}
