import { onTablesWritten } from './local-writes';
import type { Draft, KarteDb } from './schema';

/** Unsaved editor content, keyed by where it was typed (`popup`, `panel`, `edit:<id>`). */
export function createDraftsRepo(db: KarteDb, now: () => Date = () => new Date()) {
  return {
    async get(key: string): Promise<Draft | null> {
      return (await db.drafts.get(key)) ?? null;
    },
    /** Stores the draft; returns the `updatedAt` it was stamped with. */
    async put(key: string, value: Record<string, unknown>): Promise<string> {
      const updatedAt = now().toISOString();
      await db.drafts.put({ key, value, updatedAt });
      return updatedAt;
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
