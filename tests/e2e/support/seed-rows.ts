import type { Page } from 'playwright-core';

/** The database the extension opens (extension/db/schema.ts). */
export const EXTENSION_DB = 'banso-karte';

export type Row = Record<string, unknown> & { id: string };

/**
 * Puts rows straight into the extension's IndexedDB from one of its pages (`page` must show an
 * extension page, which has opened the database): records another device synced, say, without
 * typing them through the UI. Plain IndexedDB, no Dexie: pages opened afterwards read them.
 */
export async function seedRows(page: Page, table: string, rows: readonly Row[]): Promise<void> {
  await page.evaluate(
    async ({ db, table, rows }) => {
      // The extension creates its database when its pages or service worker first open it: wait for that.
      const known = async () => (await indexedDB.databases()).some((d) => d.name === db && (d.version ?? 0) >= 40);
      for (let i = 0; i < 100 && !(await known()); i++) await new Promise((r) => setTimeout(r, 50));
      const open = indexedDB.open(db);
      const conn = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        const tx = conn.transaction(table, 'readwrite');
        for (const row of rows) tx.objectStore(table).put(row);
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      } finally {
        conn.close();
      }
    },
    { db: EXTENSION_DB, table, rows },
  );
}
