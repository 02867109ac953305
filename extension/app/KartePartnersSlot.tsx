import type { PartnersSection } from '../components/partners/PartnersSection';
import type { PartnersStore } from '../state/partners-store';
import { useAfterPaint } from './use-after-paint';

/** Makes and starts the karte's 広域連携 store (its code, the API client and its schemas, loaded on demand). */
export type LoadPartners = () => Promise<PartnersStore>;

interface Loaded {
  View: typeof PartnersSection;
  store: PartnersStore;
}

/**
 * Where 他機関との連携 goes on the karte. It reaches other organisations through the API, whose
 * client and schemas are the largest code the karte has; they load after the karte's first screen
 * is painted, so reading a karte never waits for them.
 */
export function KartePartnersSlot({ load, today }: { load: LoadPartners; today: string }) {
  const loaded = useAfterPaint(
    () =>
      Promise.all([import('../components/partners/PartnersSection'), load()]).then(
        ([view, store]): Loaded => ({ View: view.PartnersSection, store }),
      ),
    'partners',
    (unused) => unused.store.stop(),
  );
  if (!loaded) return null;
  const { View, store } = loaded;
  return <View store={store} today={today} />;
}
