import { signal } from '@preact/signals';
import type { KarteView } from '../db/karte-queries';
import type { KarteWrites } from '../db/karte-writes';
import type { LocalAction, LocalConsultation } from '../db/schema';
import { actionDoneMessage } from '../karte/action-done';
import { createUndoOffer } from './undo-offer';

export interface KarteStoreDeps {
  /** Calls back with the karte whenever it changes; returns the function that stops it. */
  observe: (businessId: string, onChange: (view: KarteView) => void) => () => void;
  /** The karte's writes (db/karte-writes.ts), the same the karte page and follow-up list use. */
  writes: () => Promise<Pick<KarteWrites, 'removeConsultation' | 'restoreConsultation' | 'markActionDone' | 'reopenAction'>>;
}

/** The karte of the business on screen: header, open actions, latest consultations. */
export function createKarteStore(deps: KarteStoreDeps) {
  const businessId = signal<string | null>(null);
  const view = signal<KarteView | null>(null);
  /** 「元に戻す」 after a consultation is deleted or an action marked done. */
  const undo = createUndoOffer();
  let stop: (() => void) | null = null;

  return {
    businessId,
    view,
    undo,
    show(id: string | null): void {
      if (id === businessId.value) return;
      stop?.();
      stop = null;
      businessId.value = id;
      view.value = null;
      if (id) stop = deps.observe(id, (v) => (view.value = v));
    },
    async remove(c: LocalConsultation): Promise<void> {
      const writes = await deps.writes();
      await writes.removeConsultation(c.id);
      undo.offer({ key: 'karte.deleted' }, () => writes.restoreConsultation(c.id), { key: 'karte.restored' });
    },
    async markActionDone(a: LocalAction): Promise<void> {
      const writes = await deps.writes();
      await writes.markActionDone(a.id);
      undo.offer(actionDoneMessage(a), () => writes.reopenAction(a.id), { key: 'actions.reopened' });
    },
    dispose(): void {
      stop?.();
    },
  };
}

export type KarteStore = ReturnType<typeof createKarteStore>;
