import type { Page } from '@playwright/test';
import { RECORD_DEFAULTS, uuidv7, type FieldsOf, type RecordKind } from '../../../shared';

/** The extension's database and the table of each record kind (extension/db/schema.ts). */
export const EXTENSION_DB = 'banso-karte';
const TABLES = { business: 'businesses', consultation: 'consultations', action: 'actions', conflict: 'conflicts', tag: 'tags', tagGroup: 'tagGroups' } as const;

export type Row = Record<string, unknown> & { id: string };
export type Rows = Partial<Record<(typeof TABLES)[keyof typeof TABLES], Row[]>>;

/**
 * A record row as the extension stores it: every field (defaults for those not given) and the
 * local meta. `authorId` set and `version` ≥ 1 make it look pulled from the server (another
 * advisor's record, say); `redacted` a 機微 note this advisor may not read.
 */
export function recordRow<K extends keyof typeof TABLES>(
  kind: K,
  fields: Partial<FieldsOf<K & RecordKind>>,
  meta: { id?: string; authorId?: string | null; version?: number; redacted?: boolean } = {},
): Row {
  const at = new Date().toISOString();
  return {
    ...RECORD_DEFAULTS[kind],
    ...fields,
    id: meta.id ?? uuidv7(),
    version: meta.version ?? (meta.authorId ? 1 : 0),
    authorId: meta.authorId ?? null,
    createdAt: at,
    updatedAt: at,
    redacted: meta.redacted ?? false,
  };
}

/** Rows per table for records of one kind. */
export const tableOf = (kind: keyof typeof TABLES) => TABLES[kind];

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
