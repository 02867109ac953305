import { signal } from '@preact/signals';
import type { Draft } from '../db/schema';
import { hasNote, parseDraft, type ConsultationDraft } from './consultation-draft';
import { toLocalInput } from './local-time';

export interface DraftStoreDeps {
  key: string;
  drafts: {
    get(key: string): Promise<Draft | null>;
    put(key: string, value: Record<string, unknown>): Promise<string>;
    remove(key: string): Promise<void>;
  };
  /** Calls back with the stored draft whenever it changes, here or in another extension page. */
  observe?: (key: string, onChange: (draft: Draft | null) => void) => () => void;
  /** The draft to start from when nothing is stored. */
  fresh: () => ConsultationDraft;
  now: () => Date;
}

/**
 * One draft being typed. Every change is written at once (no debounce): at most one write
 * is in flight, and changes made meanwhile are coalesced into the next write, so a
 * keystroke is durable one IndexedDB write later and closing the page loses nothing.
 */
export function createDraftStore(deps: DraftStoreDeps) {
  const fields = signal<ConsultationDraft>(deps.fresh());
  const ready = signal(false);
  /** True when the draft loaded had a note in it: the advisor is told it came back. */
  const restored = signal(false);
  let writing: Promise<void> | null = null;
  let dirty = false;
  let stopObserving: (() => void) | null = null;
  const ownStamps = new Set<string>();

  async function writeLoop(): Promise<void> {
    try {
      while (dirty) {
        dirty = false;
        ownStamps.add(await deps.drafts.put(deps.key, fields.value));
        if (ownStamps.size > 50) ownStamps.delete(ownStamps.values().next().value!);
      }
    } finally {
      writing = null;
    }
  }

  function adopt(stored: Draft | null): void {
    // Local typing not yet written wins; our own writes coming back are not news.
    if (!stored || dirty || writing || ownStamps.has(stored.updatedAt)) return;
    fields.value = parseDraft(stored.value, deps.now());
  }

  return {
    key: deps.key,
    fields,
    ready,
    restored,
    async load(): Promise<void> {
      const stored = await deps.drafts.get(deps.key);
      if (stored) {
        ownStamps.add(stored.updatedAt); // already seen: its first echo from observe() is not news
        const draft = parseDraft(stored.value, deps.now());
        restored.value = hasNote(draft);
        // A draft with nothing typed yet is about a consultation happening now.
        fields.value = restored.value ? draft : { ...draft, heldAt: toLocalInput(deps.now()) };
      }
      stopObserving = deps.observe?.(deps.key, adopt) ?? null;
      ready.value = true;
    },
    update(patch: Partial<ConsultationDraft>): void {
      fields.value = { ...fields.value, ...patch };
      dirty = true;
      writing ??= writeLoop();
    },
    /** Resolves once everything typed so far is stored. */
    async flush(): Promise<void> {
      while (writing) await writing;
    },
    /** Replaces the draft after a save: stored when it carries something (the business), else removed. */
    async reset(next: ConsultationDraft): Promise<void> {
      await this.flush();
      fields.value = next;
      restored.value = false;
      if (next.businessId) ownStamps.add(await deps.drafts.put(deps.key, next));
      else await deps.drafts.remove(deps.key);
    },
    async discard(): Promise<void> {
      await this.flush();
      await deps.drafts.remove(deps.key);
    },
    dispose(): void {
      stopObserving?.();
    },
  };
}

export type DraftStore = ReturnType<typeof createDraftStore>;
