import { liveQuery } from 'dexie';
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
    /** Calls back whenever the draft changes, in this page or any other page of the extension. */
    observe(key: string, onChange: (draft: Draft | null) => void): () => void {
      const sub = liveQuery(async () => (await db.drafts.get(key)) ?? null).subscribe({
        next: onChange,
        error: (e: unknown) => console.error('draft observation stopped', e),
      });
      return () => sub.unsubscribe();
    },
  };
}

export type DraftsRepo = ReturnType<typeof createDraftsRepo>;
