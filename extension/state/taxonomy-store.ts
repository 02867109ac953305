import { computed, signal } from '@preact/signals';
import { normalizeForSearch } from '../../shared/text';
import { tagNamesOf, type TaxonomyGroup } from '../db/tag-queries';

/** The organisation's tags grouped by taxonomy, kept live. */
export function createTaxonomyStore(deps: { observe: (onChange: (groups: TaxonomyGroup[]) => void) => () => void }) {
  const groups = signal<TaxonomyGroup[]>([]);
  const names = computed(() => tagNamesOf(groups.value));
  let stop: (() => void) | null = null;
  return {
    groups,
    /** Tag id → name, for showing the tags of a record (retired tags too). */
    names,
    start(): void {
      stop ??= deps.observe((g) => (groups.value = g));
    },
    /** Groups with only the tags whose name contains `query` (kana/width-insensitive). */
    filter(query: string): TaxonomyGroup[] {
      const q = normalizeForSearch(query);
      if (q === '') return groups.value;
      return groups.value
        .map((g) => ({ ...g, tags: g.tags.filter((t) => normalizeForSearch(t.name).includes(q)) }))
        .filter((g) => g.tags.length > 0);
    },
    dispose(): void {
      stop?.();
    },
  };
}

export type TaxonomyStore = ReturnType<typeof createTaxonomyStore>;
