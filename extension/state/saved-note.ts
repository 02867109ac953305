import { effect, signal, type ReadonlySignal } from '@preact/signals';
import type { LocalConsultation } from '../db/schema';

export interface SavedConsultation {
  consultation: LocalConsultation;
  businessName: string;
}

export interface SavedNoteDeps {
  /** Calls back with the consultation whenever it changes (null when gone); returns the stop function. */
  observe?: (id: string, onChange: (c: LocalConsultation | null) => void) => () => void;
  /** The business the editor is on now. */
  business: ReadonlySignal<string | null>;
  /** The confirmation went (its record was deleted, or the advisor moved on to another business). */
  onGone: () => void;
}

/**
 * The note just saved, shown as 「保存しました」 only while it is still true: it follows edits
 * of that record, and goes when the record is deleted (in this view, on the karte page, or by
 * sync) or when the editor moves to another business.
 */
export function createSavedNote(deps: SavedNoteDeps) {
  const shown = signal<SavedConsultation | null>(null);
  let stopObserving: (() => void) | null = null;
  let savedUnder: string | null = null;

  function clear(): void {
    stopObserving?.();
    stopObserving = null;
    if (shown.peek() === null) return;
    shown.value = null;
    deps.onGone();
  }
  const stopWatchingBusiness = effect(() => {
    if (deps.business.value !== savedUnder) clear();
  });

  return {
    shown,
    /** Shows `saved`, made while the editor is on `business` (quick capture: none, it starts afresh). */
    show(saved: SavedConsultation, business: string | null): void {
      stopObserving?.();
      savedUnder = business;
      shown.value = saved;
      stopObserving =
        deps.observe?.(saved.consultation.id, (c) => {
          const current = shown.peek();
          if (!c || c.deleted) clear();
          else if (current) shown.value = { ...current, consultation: c };
        }) ?? null;
    },
    clear,
    dispose(): void {
      stopObserving?.();
      stopWatchingBusiness();
    },
  };
}

export type SavedNote = ReturnType<typeof createSavedNote>;
