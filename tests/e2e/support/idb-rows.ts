import type { Page, Worker } from 'playwright-core';

/**
 * Rows read and written straight in an extension's IndexedDB from one of its pages. No imports
 * from the app: the benchmark (plain Node) uses this module too.
 */

/** The extension's database (extension/db/schema.ts). */
export const EXTENSION_DB = 'banso-karte';

export type Row = Record<string, unknown> & { id: string };
/** Where the rows are read or written: an extension page, or the extension's service worker. */
type Context = Pick<Worker, 'evaluate'>;

/** Rows by table name. */
export type Rows = Record<string, Row[]>;

/**
 * Puts rows straight into an extension database from one of its pages, in one transaction
 * (plain IndexedDB, no Dexie): what a sync from another device would have stored. The page must
 * be an extension page that opens the database; pages opened afterwards read the rows.
 */
export async function putRows(page: Context, rows: Rows, dbName = EXTENSION_DB): Promise<void> {
  await page.evaluate(
    async ({ dbName, rows }) => {
      const tables = Object.keys(rows);
      const openDb = () =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open(dbName);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      // The page's own code creates the database with its tables: wait until they are there.
      let conn = await openDb();
      for (let i = 0; i < 100 && !tables.every((t) => conn.objectStoreNames.contains(t)); i++) {
        conn.close();
        await new Promise((r) => setTimeout(r, 50));
        conn = await openDb();
      }
      try {
        const tx = conn.transaction(tables, 'readwrite');
        for (const [table, list] of Object.entries(rows)) for (const row of list ?? []) tx.objectStore(table).put(row);
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        });
      } finally {
        conn.close();
      }
    },
    { dbName, rows },
  );
}

/** Puts rows into one table (see putRows): records another device synced, say, without typing them through the UI. */
export function seedRows(page: Page, table: string, rows: readonly Row[]): Promise<void> {
  return putRows(page, { [table]: [...rows] });
}

/**
 * Returns once whatever a key or click just set off in the page has run: its handlers, the
 * IndexedDB writes they opened (IndexedDB runs transactions over the same stores in the order
 * they were created, so one opened now completes after them) and the render after them. Two
 * rounds, so a write that followed a read is covered too. For checks that something did NOT happen.
 */
export async function settle(page: Page, dbName = EXTENSION_DB): Promise<void> {
  await page.evaluate(async (dbName) => {
    const tick = () => new Promise((r) => setTimeout(r, 0));
    if (!(await indexedDB.databases()).some((d) => d.name === dbName)) return tick();
    const conn = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(dbName);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      for (let round = 0; round < 2; round++) {
        await tick();
        await new Promise((resolve, reject) => {
          const tx = conn.transaction([...conn.objectStoreNames], 'readwrite');
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
      }
      await tick();
    } finally {
      conn.close();
    }
  }, dbName);
}

/**
 * Reads every row of a table (to check what the page wrote); none while the page has not created the
 * database yet (the popup and side panel open it only after their first paint). Opening a database
 * that does not exist would create it empty, under the page's feet.
 */
export async function readRows<T = Row>(page: Context, table: string, dbName = EXTENSION_DB): Promise<T[]> {
  return page.evaluate(
    async ({ dbName, table }) => {
      if (!(await indexedDB.databases()).some((d) => d.name === dbName)) return [];
      const conn = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(dbName);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        if (!conn.objectStoreNames.contains(table)) return [];
        return await new Promise<T[]>((resolve, reject) => {
          const req = conn.transaction(table, 'readonly').objectStore(table).getAll();
          req.onsuccess = () => resolve(req.result as T[]);
          req.onerror = () => reject(req.error);
        });
      } finally {
        conn.close();
      }
    },
    { dbName, table },
  );
}
