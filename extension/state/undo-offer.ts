import { signal } from '@preact/signals';
import type { Message } from '../locales/languages';
import type { Notice } from './notice';

/**
 * "Deleted — Undo" for a few seconds after a change that a tombstone (or its reverse) can
 * take back: the notice to show, and the undo while it is on offer.
 */
export function createUndoOffer() {
  const notice = signal<Notice | null>(null);
  const canUndo = signal(false);
  let undoIt: (() => Promise<unknown>) | null = null;
  let undone: Message | null = null;

  return {
    notice,
    canUndo,
    offer(message: Message, undo: () => Promise<unknown>, undoneMessage: Message): void {
      notice.value = { tone: 'success', message };
      undoIt = undo;
      undone = undoneMessage;
      canUndo.value = true;
    },
    /** A notice without an undo (an error, or a change that cannot be taken back). */
    say(next: Notice): void {
      undoIt = null;
      canUndo.value = false;
      notice.value = next;
    },
    async undo(): Promise<void> {
      const run = undoIt;
      undoIt = null;
      canUndo.value = false;
      if (!run) return;
      await run();
      notice.value = undone ? { tone: 'success', message: undone } : null;
    },
    /** The offer ends (timeout): the change stays. */
    forget(): void {
      undoIt = null;
      canUndo.value = false;
      notice.value = null;
    },
  };
}

export type UndoOffer = ReturnType<typeof createUndoOffer>;
