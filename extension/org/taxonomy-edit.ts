import { normalizeForSearch } from '../../shared/text';

/**
 * Editing the organisation's tags, decided apart from storage: where a tag goes when moved,
 * what order a new tag takes, and whether a name is already used in its group.
 */
interface Ordered {
  id: string;
  name: string;
  order: number;
}

/** The ids of a group's live tags after moving `id` one place up (-1) or down (+1); null when it cannot move. */
export function movedOrder(tags: readonly Ordered[], id: string, delta: -1 | 1): string[] | null {
  const ids = tags.map((t) => t.id);
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  return ids;
}

/** The order of a tag added at the end of its group (retired tags count: a restored one keeps its place). */
export function orderAtEnd(tags: readonly Ordered[]): number {
  return tags.reduce((max, t) => Math.max(max, t.order + 1), 0);
}

/** True when another tag of the group (retired ones too) already has this name, however it is written (full-/half-width, kana). */
export function nameTaken(tags: readonly Ordered[], name: string, exceptId: string | null = null): boolean {
  const wanted = normalizeForSearch(name.trim());
  return tags.some((t) => t.id !== exceptId && normalizeForSearch(t.name.trim()) === wanted);
}
