import type { SearchStore } from '../state/search-store';
import { useKartePage } from '../state/contexts';
import type { KarteSearch } from './KarteSearch';
import { useAfterPaint } from './use-after-paint';

interface Loaded {
  View: typeof KarteSearch;
  store: SearchStore;
}

const loadSearch = (): Promise<Loaded> =>
  Promise.all([import('./KarteSearch'), import('./compose-search')]).then(([view, compose]) => ({
    View: view.KarteSearch,
    store: compose.createPageSearch(),
  }));

/**
 * Where the karte page's search box goes. Its code, its store and its connection to the search
 * worker come after the karte's first screen is painted, so they never delay it.
 */
export function KarteSearchSlot() {
  const karte = useKartePage();
  // No workers here (a component test's DOM) or the extension was reloaded: the karte stays, without the box.
  const loaded = useAfterPaint(loadSearch, 'karte search');
  if (!loaded) return <div class="karte-search no-print" />;
  const { View, store } = loaded;
  return (
    <View
      store={store}
      businessId={karte.view.value?.business?.id ?? null}
      taxonomy={karte.groups.value}
      onShowEntry={() => karte.clearFilter()}
    />
  );
}
