import { normalizeForSearch } from '../../shared';

interface Linkable {
  externalIds: readonly { system: string; value: string }[];
  deleted: boolean;
}

/**
 * Businesses linked to `value` in `system`. System names and IDs compare after normalisation
 * (BIZミル = bizミル, ＢＺ０１ = BZ01): portals and people write them differently. More than one
 * means duplicate kartes the advisor should merge; the caller shows them all.
 */
export function businessesWithExternalId<T extends Linkable>(businesses: Iterable<T>, system: string, value: string): T[] {
  const s = normalizeForSearch(system);
  const v = normalizeForSearch(value);
  if (s === '' || v === '') return [];
  const found: T[] = [];
  for (const b of businesses) {
    if (!b.deleted && b.externalIds.some((e) => normalizeForSearch(e.system) === s && normalizeForSearch(e.value) === v)) found.push(b);
  }
  return found;
}
