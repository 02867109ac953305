import { computed } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import type { ConsultationDraft } from '../draft/consultation-draft';
import { sameBesides } from '../draft/same-besides';
import type { DraftStore } from '../state/draft-store';

/** One field of the draft: the component re-renders when that field changes, not on keystrokes elsewhere. */
export function useDraftField<K extends keyof ConsultationDraft>(draft: DraftStore, key: K): ConsultationDraft[K] {
  return useMemo(() => computed(() => draft.fields.value[key]), [draft, key]).value;
}

/**
 * The draft as the rest of the editor reads it: the same object while only `except` changes, so
 * a keystroke in the note re-renders the note field alone and the draft write it starts commits
 * without waiting for the whole form. Its `except` field may be stale: read that one with useDraftField.
 */
export function useDraftBesides(draft: DraftStore, except: keyof ConsultationDraft): ConsultationDraft {
  return useMemo(() => {
    let last: ConsultationDraft | null = null;
    return computed(() => {
      const next = draft.fields.value;
      if (last === null || !sameBesides(last, next, except)) last = next;
      return last;
    });
  }, [draft, except]).value;
}
