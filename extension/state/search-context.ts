import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SearchStore } from './search-store';

export const SearchContext = createContext<SearchStore | null>(null);

export function useSearch(): SearchStore {
  const store = useContext(SearchContext);
  if (!store) throw new Error('SearchContext is not provided: wrap the view in its provider');
  return store;
}
