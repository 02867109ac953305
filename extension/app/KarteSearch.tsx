import { focusEntry } from '../components/focus-entry';
import { SearchBox } from '../components/search/SearchBox';
import type { TaxonomyGroup } from '../db/tag-queries';
import { entryAnchor } from '../karte/hrefs';
import { karteSearchOpen } from '../karte/search-open';
import type { ShownHit } from '../search/protocol';
import type { SearchStore } from '../state/search-store';
import './karte-search.css';

interface Props {
  store: SearchStore;
  /** The business whose karte is on screen (null: none found). */
  businessId: string | null;
  taxonomy: readonly TaxonomyGroup[];
  /** Before an entry of this karte is shown: clear the timeline filters that may hide it. */
  onShowEntry: () => void;
}

/**
 * The search box in the karte page's top bar: a business opens its karte in this tab, a
 * consultation its karte at that entry (on this karte: the entry comes into view), a tag
 * lists its consultations. Not printed.
 */
export function KarteSearch({ store, businessId, taxonomy, onShowEntry }: Props) {
  const open = (hit: ShownHit) => {
    const action = karteSearchOpen(hit, businessId);
    if (action.type === 'tag') {
      store.setFilters({ tagId: action.tagId });
      store.setQuery('');
      return;
    }
    if (action.type === 'none') return;
    if (action.type === 'navigate') {
      location.assign(action.href);
      return;
    }
    store.clear();
    if (action.type === 'top') {
      scrollTo({ top: 0 });
      return;
    }
    onShowEntry();
    // The address names the entry too, as a link to it would (a reload comes back to it).
    history.replaceState(null, '', `#${entryAnchor(action.consultationId)}`);
    focusEntry(action.consultationId);
  };
  return (
    <div class="karte-search no-print">
      <SearchBox store={store} taxonomy={taxonomy} onOpen={open} />
    </div>
  );
}
