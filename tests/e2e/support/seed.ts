import type { Page } from '@playwright/test';
import { RECORD_DEFAULTS, uuidv7, type Business, type Consultation, type SiteRuleRecord } from '../../../shared';

/** The database the extension opens (extension/db/schema.ts). */
export const EXTENSION_DB = 'banso-karte';

type Row = Record<string, unknown> & { id: string };

function meta(id: string, at: string) {
  return { id, version: 0, authorId: null, createdAt: at, updatedAt: at, redacted: false };
}

/** A business row as the extension stores it. */
export function businessRow(fields: Partial<Business> & { name: string }, id = uuidv7()): Row {
  return { ...RECORD_DEFAULTS.business, ...fields, ...meta(id, new Date().toISOString()) };
}

/** A consultation row as the extension stores it. */
export function consultationRow(fields: Partial<Consultation> & { businessId: string; inquiry: string }, id = uuidv7()): Row {
  const at = fields.heldAt ?? new Date().toISOString();
  return { ...RECORD_DEFAULTS.consultation, channel: 'counter', heldAt: at, ...fields, ...meta(id, at) };
}

/** A site rule row as the extension stores it (as if synced from the organisation). */
export function siteRuleRow(fields: Omit<SiteRuleRecord, 'deleted' | 'enabled'>, id = uuidv7()): Row {
  return { ...RECORD_DEFAULTS.siteRule, ...fields, ...meta(id, new Date().toISOString()) };
}

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
