import type { ConsultationDraft } from './consultation-draft';
import { NOTE_FIELDS } from './note-fields';

type Key = keyof ConsultationDraft;

/**
 * The editor is usable before the stored draft has been read, so the advisor may type
 * first. When the stored draft arrives, what they typed meanwhile (`touched` keys of
 * `typed`) is laid over it without losing either side: a dialogue field holding text on
 * both sides keeps the stored text first and the new text below it, tags and next actions
 * are added together, and any other field takes the value just chosen.
 */
export function mergeTyped(stored: ConsultationDraft, typed: ConsultationDraft, touched: ReadonlySet<Key>): ConsultationDraft {
  const merged: ConsultationDraft = { ...stored };
  for (const key of touched) {
    if ((NOTE_FIELDS as readonly Key[]).includes(key)) {
      const field = key as (typeof NOTE_FIELDS)[number];
      const kept = stored[field];
      const added = typed[field];
      merged[field] = added.trim() === '' ? kept : kept.trim() === '' ? added : `${kept.trimEnd()}\n${added}`;
    } else if (key === 'tagIds') {
      merged.tagIds = [...new Set([...stored.tagIds, ...typed.tagIds])];
    } else if (key === 'actions') {
      merged.actions = [...stored.actions, ...typed.actions.filter((a) => a.text.trim() !== '')];
    } else {
      (merged as Record<Key, unknown>)[key] = typed[key];
    }
  }
  return merged;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** One dialogue field changed on both sides since `base`. */
function mergeText(base: string, mine: string, theirs: string): string {
  if (theirs === base || theirs === mine) return mine;
  if (mine === base) return theirs;
  const kept = base.trimEnd();
  if (theirs.startsWith(kept)) {
    // Added below the text both started from (a context-menu quote): it goes below what was typed, with its gap.
    const tail = theirs.slice(kept.length);
    const added = tail.trimStart();
    if (mine.trim() === '') return added;
    const gap = tail.slice(0, tail.length - added.length);
    return `${mine.trimEnd()}${gap.includes('\n') && kept !== '' ? gap : '\n\n'}${added}`;
  }
  // Both rewrote it: nothing is dropped, their text first and what was typed here below.
  return theirs.includes(mine) ? theirs : mine.includes(theirs) ? mine : `${theirs.trimEnd()}\n${mine}`;
}

/** A list changed on both sides since `base`: theirs, plus what was added here, less what was removed here. */
function mergeList<T>(base: readonly T[], mine: readonly T[], theirs: readonly T[]): T[] {
  const has = (list: readonly T[], item: T) => list.some((other) => same(other, item));
  const removed = base.filter((item) => !has(mine, item));
  const added = mine.filter((item) => !has(base, item) && !has(theirs, item));
  return [...theirs.filter((item) => !has(removed, item)), ...added];
}

/**
 * Two writers changed the same stored draft since the version `base` both started from:
 * `mine` (this page's editor) and `theirs` (stored meanwhile, e.g. a context-menu quote
 * added in the background). A field only one side changed takes that side's value; a
 * dialogue field both changed keeps both texts (an addition at the end of theirs stays at
 * the end); tags and next actions take both sides' additions and removals.
 */
export function mergeConcurrent(base: ConsultationDraft, mine: ConsultationDraft, theirs: ConsultationDraft): ConsultationDraft {
  const merged: ConsultationDraft = { ...theirs };
  for (const key of Object.keys(mine) as Key[]) {
    if (same(mine[key], base[key])) continue;
    if (same(theirs[key], base[key])) (merged as Record<Key, unknown>)[key] = mine[key];
    else if ((NOTE_FIELDS as readonly Key[]).includes(key)) {
      const field = key as (typeof NOTE_FIELDS)[number];
      merged[field] = mergeText(base[field], mine[field], theirs[field]);
    } else if (key === 'tagIds' || key === 'advisorIds') merged[key] = mergeList(base[key], mine[key], theirs[key]);
    else if (key === 'actions') merged.actions = mergeList(base.actions, mine.actions, theirs.actions);
    else (merged as Record<Key, unknown>)[key] = mine[key];
  }
  return merged;
}
