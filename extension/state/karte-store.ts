import { signal } from '@preact/signals';
import type { KarteView } from '../db/karte-queries';
import type { LocalConsultation } from '../db/schema';
import type { Notice } from './notice';

export interface KarteStoreDeps {
  /** Calls back with the karte whenever it changes; returns the function that stops it. */
  observe: (businessId: string, onChange: (view: KarteView) => void) => () => void;
  removeConsultation: (id: string) => Promise<unknown>;
  restoreConsultation: (id: string) => Promise<unknown>;
  markActionDone: (id: string) => Promise<unknown>;
}

/** The karte of the business on screen: header, open actions, latest consultations. */
export function createKarteStore(deps: KarteStoreDeps) {
  const businessId = signal<string | null>(null);
  const view = signal<KarteView | null>(null);
  /** The consultation just deleted, while its undo is offered. */
  const undoable = signal<LocalConsultation | null>(null);
  const notice = signal<Notice | null>(null);
  let stop: (() => void) | null = null;

  return {
    businessId,
    view,
    undoable,
    notice,
    show(id: string | null): void {
      if (id === businessId.value) return;
      stop?.();
      stop = null;
      businessId.value = id;
      view.value = null;
      if (id) stop = deps.observe(id, (v) => (view.value = v));
    },
    async remove(c: LocalConsultation): Promise<void> {
      await deps.removeConsultation(c.id);
      undoable.value = c;
      notice.value = { tone: 'success', message: { key: 'karte.deleted' } };
    },
    async undo(): Promise<void> {
      const c = undoable.value;
      if (!c) return;
      await deps.restoreConsultation(c.id);
      undoable.value = null;
      notice.value = { tone: 'success', message: { key: 'karte.restored' } };
    },
    /** The undo offer ends (timeout or dismissed): the delete stays. */
    forgetUndo(): void {
      undoable.value = null;
      notice.value = null;
    },
    markActionDone: (id: string) => deps.markActionDone(id),
    dispose(): void {
      stop?.();
    },
  };
}

export type KarteStore = ReturnType<typeof createKarteStore>;
