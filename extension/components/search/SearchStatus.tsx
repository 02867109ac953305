import { useT } from '../../state/contexts';
import type { SearchStore } from '../../state/search-store';

/** What the search is doing: getting ready, building its index, how many it found. Read out politely. */
export function SearchStatus({ store }: { store: SearchStore }) {
  const t = useT();
  const index = store.index.value;
  const lines: string[] = [];
  if (index.phase === 'starting' || index.phase === 'loading') lines.push(t('search.preparing'));
  else if (index.phase === 'building')
    lines.push(t('search.building', { done: index.progress?.done ?? 0, total: index.progress?.total ?? 0 }));
  else if (index.phase === 'failed') lines.push(t('search.indexFailed'));
  if (store.failed.value) lines.push(t('search.queryFailed', { message: store.failed.value }));
  else if (store.asking.value && store.searched.value) {
    const n = store.hits.value.length;
    lines.push(n === 0 ? t('search.noResults') : t('search.count', { count: n }));
    if (!store.complete.value) lines.push(t('search.partial'));
  }
  return (
    <p role="status" class="muted search-status" data-testid="search-status">
      {lines.join(' ')}
    </p>
  );
}
