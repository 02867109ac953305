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
