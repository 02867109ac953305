import type { Page } from 'playwright-core';

/**
 * Rows read and written straight in an extension's IndexedDB from one of its pages. No imports
 * from the app: the benchmark (plain Node) uses this module too.
 */

/** The extension's database (extension/db/schema.ts). */
export const EXTENSION_DB = 'banso-karte';

export type Row = Record<string, unknown> & { id: string };
/** Rows by table name. */
export type Rows = Record<string, Row[]>;

/**
 * Puts rows straight into an extension database from one of its pages, in one transaction
 * (plain IndexedDB, no Dexie): what a sync from another device would have stored. The page must
 * be an extension page that opens the database; pages opened afterwards read the rows.
 */
export async function putRows(page: Page, rows: Rows, dbName = EXTENSION_DB): Promise<void> {
  await page.evaluate(async ({ dbName, rows }) => {
    const tables = Object.keys(rows);
    const openDb = () => new Promise<IDBDatabase>((resolve, reject) => {
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
  }, { dbName, rows });
}

/** Reads every row of a table (to check what the page wrote). */
export async function readRows<T = Row>(page: Page, table: string, dbName = EXTENSION_DB): Promise<T[]> {
  return page.evaluate(async ({ dbName, table }) => {
    const conn = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(dbName);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      return await new Promise<T[]>((resolve, reject) => {
        const req = conn.transaction(table, 'readonly').objectStore(table).getAll();
        req.onsuccess = () => resolve(req.result as T[]);
        req.onerror = () => reject(req.error);
      });
    } finally {
      conn.close();
    }
  }, { dbName, table });
}
