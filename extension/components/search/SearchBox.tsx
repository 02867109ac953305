import { useId } from 'preact/hooks';
import type { TaxonomyGroup } from '../../db/tag-queries';
import type { ShownHit } from '../../search/protocol';
import { useT } from '../../state/contexts';
import { confirmingIme, enterKey } from '../keys';
import type { SearchStore } from '../../state/search-store';
import { SearchFilterForm } from './SearchFilterForm';
import { SearchHitItem } from './SearchHitItem';
import { SearchStatus } from './SearchStatus';
import './search.css';

interface Props {
  store: SearchStore;
  taxonomy: readonly TaxonomyGroup[];
  /** The advisor chose a hit (click, or Enter on the one chosen with ↑/↓, else the first). */
  onOpen: (hit: ShownHit) => void;
}

/**
 * One search box over businesses, consultations, next actions and tags, answered by the search worker as
 * the advisor types, with nothing sent over the network. A combobox: ↑/↓ move through the
 * results, Enter opens, Escape clears.
 */
export function SearchBox({ store, taxonomy, onOpen }: Props) {
  const t = useT();
  const inputId = useId();
  const listId = useId();
  const hits = store.hits.value;
  const active = store.active.value;
  const optionId = (i: number) => `${listId}-${i}`;

  const onKeyDown = (e: KeyboardEvent) => {
    // ↑/↓ and Enter choose among the IME's candidates while Japanese is being converted.
    if (confirmingIme(e)) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      store.move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (enterKey(e) === 'plain') {
      e.preventDefault();
      void store.settle().then(() => {
        const hit = store.hits.value[Math.max(0, store.active.value)];
        if (hit) onOpen(hit);
      });
    } else if (e.key === 'Escape' && store.query.value !== '') {
      e.preventDefault();
      store.clear();
    }
  };

  return (
    <section class="search" role="search" aria-label={t('search.title')}>
      <label for={inputId}>{t('search.label')}</label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={hits.length > 0}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        placeholder={t('search.placeholder')}
        value={store.query.value}
        onInput={(e) => store.setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <SearchFilterForm store={store} taxonomy={taxonomy} />
      <SearchStatus store={store} />
      <ul id={listId} role="listbox" class="search-results" aria-label={t('search.results')}>
        {hits.map((hit, i) => (
          <SearchHitItem key={hit.id} id={optionId(i)} hit={hit} active={i === active} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
}
