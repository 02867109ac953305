import { useEffect, useState } from 'preact/hooks';
import type { SearchStore } from '../state/search-store';
import { useKartePage } from '../state/contexts';
import { afterPaint } from './after-paint';
import type { KarteSearch } from './KarteSearch';

interface Loaded {
  View: typeof KarteSearch;
  store: SearchStore;
}

/**
 * Where the karte page's search box goes. Its code, its store and its connection to the search
 * worker come after the karte's first screen is painted, so they never delay it.
 */
export function KarteSearchSlot() {
  const karte = useKartePage();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    afterPaint(() => {
      Promise.all([import('./KarteSearch'), import('./compose-search')])
        .then(([view, compose]) => {
          if (live) setLoaded({ View: view.KarteSearch, store: compose.createPageSearch() });
        })
        // No workers here (a component test's DOM) or the extension was reloaded: the karte stays, without the box.
        .catch((e: unknown) => console.warn('karte search not started', e));
    });
    return () => (live = false);
  }, []);
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
