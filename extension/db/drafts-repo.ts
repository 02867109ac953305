import { onTablesWritten } from './local-writes';
import type { Draft, KarteDb } from './schema';

/** What a conditional write found: written with this stamp, or someone else's draft (or none) stored since. */
export type ReplaceOutcome = { written: string } | { stored: Draft | null };

/** Thrown inside a conditional write to undo it: the stored draft is no longer the one expected. */
class Superseded extends Error {
  constructor(readonly stored: Draft | null) {
    super('draft stored elsewhere since');
  }
}

/** Whether `stored` is the version stamped `seen` (`null`: none stored). */
const isVersion = (stored: Draft | null, seen: string | null) => (stored?.updatedAt ?? null) === seen;

/**
 * Unsaved editor content, keyed by where it was typed (`popup`, `panel`, `edit:<id>`).
 *
 * A draft can have more than one writer: the side panel types into `panel` while the
 * background adds a context-menu quote to it. Every write is one transaction that reads the
 * stored row first, so writers see each other in commit order, and each write's `updatedAt`
 * is later than the one it replaces (the clock, or 1 ms after the last stamp if the clock has
 * not moved on): a stamp names one version of the draft.
 */
export function createDraftsRepo(db: KarteDb, now: () => Date = () => new Date()) {
  /** A stamp later than `previous`. */
  const stampAfter = (previous: string | null): string => {
    const at = now().getTime();
    const last = previous === null ? Number.NaN : Date.parse(previous);
    return new Date(Number.isNaN(last) || at > last ? at : last + 1).toISOString();
  };
  return {
    async get(key: string): Promise<Draft | null> {
      return (await db.drafts.get(key)) ?? null;
    },
    /**
     * Stores the draft only if the stored one is still the version stamped `seen` (`null`:
     * none stored) — the one the writer last read or wrote. Otherwise writes nothing and
     * returns what is stored now, for the writer to merge with.
     */
    async replace(key: string, value: Record<string, unknown>, seen: string | null): Promise<ReplaceOutcome> {
      const updatedAt = stampAfter(seen);
      try {
        await db.transaction('rw', db.drafts, async () => {
          // Both requests are issued before anything is awaited: a page closed right after a
          // keystroke still has its write queued. The write is undone if the check fails.
          const reading = db.drafts.get(key);
          const writing = db.drafts.put({ key, value, updatedAt });
          writing.catch(() => undefined); // undone below: its failure is expected, not news
          const stored = (await reading) ?? null;
          if (!isVersion(stored, seen)) throw new Superseded(stored);
          await writing;
        });
        return { written: updatedAt };
      } catch (e) {
        if (e instanceof Superseded) return { stored: e.stored };
        throw e;
      }
    },
    /**
     * Stores the draft without reading what is stored, stamped after `seen`: for a draft only
     * one page writes (draft/draft-writers.ts), whose last write is `seen`.
     */
    async overwrite(key: string, value: Record<string, unknown>, seen: string | null): Promise<{ written: string }> {
      const updatedAt = stampAfter(seen);
      await db.drafts.put({ key, value, updatedAt });
      return { written: updatedAt };
    },
    /** Removes the draft only if the stored one is still the version stamped `seen`; otherwise returns what is stored now. */
    async removeIf(key: string, seen: string | null): Promise<{ removed: true } | { stored: Draft | null }> {
      return db.transaction('rw', db.drafts, async () => {
        const stored = (await db.drafts.get(key)) ?? null;
        if (!isVersion(stored, seen)) return { stored };
        if (stored) await db.drafts.delete(key);
        return { removed: true as const };
      });
    },
    /**
     * Stores what `change` makes of the stored draft, read in the same transaction (nothing written
     * in between is lost); returns the `updatedAt` it was stamped with.
     */
    async update(key: string, change: (stored: Draft | null) => Record<string, unknown>): Promise<string> {
      return db.transaction('rw', db.drafts, async () => {
        const stored = (await db.drafts.get(key)) ?? null;
        const updatedAt = stampAfter(stored?.updatedAt ?? null);
        await db.drafts.put({ key, value: change(stored), updatedAt });
        return updatedAt;
      });
    },
    async remove(key: string): Promise<void> {
      await db.drafts.delete(key);
    },
    /**
     * Calls back with the draft now, then whenever the drafts change, in this page or any other
     * page of the extension. Not a liveQuery: Dexie re-runs a live query optimistically inside
     * every write to its table, i.e. on each keystroke between the draft's `put` and its commit;
     * this reads the draft only after a write has committed.
     */
    observe(key: string, onChange: (draft: Draft | null) => void): () => void {
      let stopped = false;
      const read = () =>
        db.drafts.get(key).then(
          (draft) => {
            if (!stopped) onChange(draft ?? null);
          },
          (e: unknown) => console.error('draft observation failed', e),
        );
      const stop = onTablesWritten(db.name, ['drafts'], () => void read());
      void read();
      return () => {
        stopped = true;
        stop();
      };
    },
  };
}

export type DraftsRepo = ReturnType<typeof createDraftsRepo>;
