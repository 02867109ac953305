import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { KartePageStore } from './karte-page-store';

/** The karte page's store, for the components of that page. */
export const KartePageContext = createContext<KartePageStore | null>(null);

export function useKartePage(): KartePageStore {
  const store = useContext(KartePageContext);
  if (!store) throw new Error('KartePageContext is not provided: wrap the view in its provider');
  return store;
}
