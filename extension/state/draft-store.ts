import { batch, signal } from '@preact/signals';
import type { Draft } from '../db/schema';
import { hasNote, parseDraft, type ConsultationDraft } from '../draft/consultation-draft';
import { toLocalInput } from '../dates/local-time';
import { mergeConcurrent, mergeTyped } from '../draft/merge-draft';
import type { ReplaceOutcome } from '../db/drafts-repo';

export interface DraftStoreDeps {
  key: string;
  drafts: {
    get(key: string): Promise<Draft | null>;
    /** Stores the draft only if the stored one is still the version stamped `seen` (drafts-repo.ts). */
    replace(key: string, value: Record<string, unknown>, seen: string | null): Promise<ReplaceOutcome>;
    /** Stores the draft without reading the stored one (a draft no other page writes). */
    overwrite(key: string, value: Record<string, unknown>, seen: string | null): Promise<{ written: string }>;
    /** Removes the draft only if the stored one is still the version stamped `seen`. */
    removeIf(key: string, seen: string | null): Promise<{ removed: true } | { stored: Draft | null }>;
    remove(key: string): Promise<void>;
  };
  /** Calls back with the stored draft whenever it changes, here or in another extension page. */
  observe?: (key: string, onChange: (draft: Draft | null) => void) => () => void;
  /** No other page writes this draft (draft-writers.ts): each write is a plain put, with no read to check first. */
  soleWriter?: boolean;
  /** The draft to start from when nothing is stored. */
  fresh: () => ConsultationDraft;
  /**
   * Read with the stored draft: values a new note starts with (the last 相談方法 used). They
   * apply to a draft with no note yet, and to what a stored note does not say.
   */
  defaults?: () => Promise<Partial<ConsultationDraft>>;
  now: () => Date;
}

/** `values` without the keys `drop` names. */
function omit(values: Partial<ConsultationDraft>, drop: (key: keyof ConsultationDraft) => boolean): Partial<ConsultationDraft> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !drop(key as keyof ConsultationDraft)));
}

/**
 * One draft being typed. Every change is written at once (no debounce): at most one write
 * is in flight, and changes made meanwhile are coalesced into the next write, so a
 * keystroke is durable one IndexedDB write later and closing the page loses nothing.
 *
 * The editor does not wait for the stored draft: typing starts at once, and no write goes
 * out before the stored draft has been read (it would overwrite it). When it arrives, what
 * was typed meanwhile is merged into it (merge-draft.ts) and written.
 *
 * Another page may write the same draft (the background adds a context-menu quote to the
 * side panel's). Each write here only lands on the version of the stored draft this editor
 * last read or wrote; if another was stored meanwhile, what was typed since is merged into
 * it and written instead, so neither side is lost. A draft with one writer (`soleWriter`) is
 * written without that check, a keystroke costing one put.
 */
export function createDraftStore(deps: DraftStoreDeps) {
  const fields = signal<ConsultationDraft>(deps.fresh());
  /** True once the stored draft has been read (and merged with anything typed before). */
  const ready = signal(false);
  /** True when the draft loaded had a note in it: the advisor is told it came back. */
  const restored = signal(false);
  /** Counts the resets after a save, so views can clear their own input state (e.g. a search). */
  const resets = signal(0);
  let loading: Promise<void> | null = null;
  let writing: Promise<void> | null = null;
  let dirty = false;
  let stopObserving: (() => void) | null = null;
  let disposed = false;
  /** The stored version the editor's content builds on: its stamp (`null`: none stored) and its fields. */
  let seen: string | null = null;
  let base: ConsultationDraft = fields.value;
  /** A change stored elsewhere arrived while a write was under way: read it once the write is done. */
  let missed = false;
  /** Fields changed before the stored draft was read. */
  const touched = new Set<keyof ConsultationDraft>();

  async function readStored(): Promise<void> {
    const [stored, defaults] = await Promise.all([deps.drafts.get(deps.key), readDefaults()]);
    if (stored) {
      const draft = parseDraft(stored.value, deps.now());
      seen = stored.updatedAt;
      base = draft;
      restored.value = hasNote(draft);
      const unsaid = restored.value ? omit(defaults, (key) => key in stored.value) : defaults;
      // A draft with nothing typed yet is about a consultation happening now.
      const start = restored.value ? { ...draft, ...unsaid } : { ...draft, ...unsaid, heldAt: toLocalInput(deps.now()) };
      fields.value = touched.size > 0 ? mergeTyped(start, fields.value, touched) : start;
    } else {
      // Nothing stored: the defaults, under whatever the advisor already chose.
      base = deps.fresh();
      fields.value = { ...fields.value, ...omit(defaults, (key) => touched.has(key)) };
    }
    touched.clear();
    if (!disposed) stopObserving = deps.observe?.(deps.key, adopt) ?? null;
    ready.value = true;
  }
  const load = () => (loading ??= readStored());
  async function readDefaults(): Promise<Partial<ConsultationDraft>> {
    try {
      return (await deps.defaults?.()) ?? {};
    } catch (e) {
      // Only a convenience: the note starts from the usual 窓口 instead.
      console.warn('note defaults not read', e);
      return {};
    }
  }

  async function writeLoop(): Promise<void> {
    try {
      // Once loaded, the write is issued right here, before the re-render the change set off.
      if (!ready.value) await load();
      while (dirty) {
        dirty = false;
        const value = fields.value;
        const outcome = deps.soleWriter
          ? await deps.drafts.overwrite(deps.key, value, seen)
          : await deps.drafts.replace(deps.key, value, seen);
        if ('written' in outcome) {
          seen = outcome.written;
          base = value;
        } else {
          mergeInto(outcome.stored);
          dirty = true;
        }
      }
    } finally {
      writing = null;
    }
    if (missed && !disposed) {
      missed = false;
      adopt(await deps.drafts.get(deps.key));
    }
  }

  /** Another page stored `stored` since the version `base`: what changed here (up to now) goes into it. */
  function mergeInto(stored: Draft | null): void {
    const theirs = stored ? parseDraft(stored.value, deps.now()) : deps.fresh();
    fields.value = mergeConcurrent(base, fields.value, theirs);
    base = theirs;
    seen = stored?.updatedAt ?? null;
  }

  function adopt(stored: Draft | null): void {
    // Our own writes coming back, and versions older than the one we have, are not news.
    if (!stored || (seen !== null && stored.updatedAt <= seen)) return;
    // Typing not yet written is merged into it by that write (writeLoop).
    if (dirty || writing) {
      missed = true;
      return;
    }
    fields.value = base = parseDraft(stored.value, deps.now());
    seen = stored.updatedAt;
  }

  return {
    key: deps.key,
    fields,
    ready,
    restored,
    resets,
    /** Reads the stored draft (once; later calls wait for the same read). */
    load,
    update(patch: Partial<ConsultationDraft>): void {
      // In a batch, the views' effects (re-renders, computed fields) run after the write is issued, not before.
      batch(() => {
        fields.value = { ...fields.value, ...patch };
        if (!ready.value) for (const key of Object.keys(patch)) touched.add(key as keyof ConsultationDraft);
        dirty = true;
        writing ??= writeLoop();
      });
    },
    /** Resolves once everything typed so far is stored. */
    async flush(): Promise<void> {
      while (writing) await writing;
    },
    /**
     * Starts the draft again after a save of `saved` (what the editor held when it was saved):
     * stored when it carries something (the business), else removed. A change another page
     * stored since `saved` was read (a quote added meanwhile, shown or not) was not part of the
     * note saved: it stays in the new draft.
     */
    async reset(next: ConsultationDraft, saved: ConsultationDraft = fields.value): Promise<void> {
      await load();
      await this.flush();
      const current = fields.value; // stored: the last version written or taken in
      const start = current === saved ? next : mergeConcurrent(saved, next, current);
      fields.value = start;
      base = current;
      restored.value = false;
      resets.value++;
      if (!start.businessId && start === next) {
        const outcome = await deps.drafts.removeIf(deps.key, seen);
        if ('removed' in outcome) {
          seen = null;
          base = next;
          return;
        }
        mergeInto(outcome.stored);
      }
      // Written like a keystroke: over the version last seen, or merged into a newer one.
      dirty = true;
      writing ??= writeLoop();
      await this.flush();
    },
    async discard(): Promise<void> {
      await load();
      await this.flush();
      await deps.drafts.remove(deps.key);
    },
    dispose(): void {
      disposed = true;
      stopObserving?.();
    },
  };
}

export type DraftStore = ReturnType<typeof createDraftStore>;
