import { signal } from '@preact/signals';
import type { KarteView } from '../db/karte-queries';
import type { LocalAction, LocalConsultation } from '../db/schema';
import { createUndoOffer } from './undo-offer';

export interface KarteStoreDeps {
  /** Calls back with the karte whenever it changes; returns the function that stops it. */
  observe: (businessId: string, onChange: (view: KarteView) => void) => () => void;
  removeConsultation: (id: string) => Promise<unknown>;
  restoreConsultation: (id: string) => Promise<unknown>;
  markActionDone: (id: string) => Promise<unknown>;
  reopenAction: (id: string) => Promise<unknown>;
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
      await deps.removeConsultation(c.id);
      undo.offer({ key: 'karte.deleted' }, () => deps.restoreConsultation(c.id), { key: 'karte.restored' });
    },
    async markActionDone(a: LocalAction): Promise<void> {
      await deps.markActionDone(a.id);
      const message = a.redacted ? { key: 'kartePage.doneNoticeHidden' as const } : { key: 'kartePage.doneNotice' as const, params: { text: a.text } };
      undo.offer(message, () => deps.reopenAction(a.id), { key: 'actions.reopened' });
    },
    dispose(): void {
      stop?.();
    },
  };
}

export type KarteStore = ReturnType<typeof createKarteStore>;
