import type { Page, Worker } from 'playwright-core';

/**
 * What the benchmark reads and writes inside the browser, with plain IndexedDB (no extension
 * code), so the measuring does not lean on what is measured.
 */

/** Waits until the background has published a completed sync after `since` and the outbox has nothing pending; returns that sync's time. */
export async function waitSynced(worker: Worker, since: number, timeoutMs = 120_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const at = await worker.evaluate(async (since) => {
      const db = await new Promise<IDBDatabase>((ok, no) => {
        const r = indexedDB.open('banso-karte');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error);
      });
      try {
        const tx = db.transaction(['meta', 'outbox'], 'readonly');
        const get = <T>(req: IDBRequest<T>) =>
          new Promise<T>((ok, no) => ((req.onsuccess = () => ok(req.result)), (req.onerror = () => no(req.error))));
        const status = (await get(tx.objectStore('meta').get('syncStatus')))?.value as
          | { lastSyncAt: string | null; phase: string }
          | undefined;
        const pending = await get(tx.objectStore('outbox').index('state').count('pending'));
        const last = status?.lastSyncAt ? Date.parse(status.lastSyncAt) : 0;
        return last > since && pending === 0 && status?.phase === 'idle' ? last : null;
      } finally {
        db.close();
      }
    }, since);
    if (at !== null) return at;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('sync did not complete in time');
}

/** Rows in a table of the extension's database. */
export function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(async (table) => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('banso-karte');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const n = await new Promise<number>((ok) => {
      const req = db.transaction(table).objectStore(table).count();
      req.onsuccess = () => ok(req.result);
    });
    db.close();
    return n;
  }, table);
}

/**
 * The baseline: the same pull pages fetched and stored into a fresh, bare IndexedDB database
 * (one transaction per page, records keyed by id), with no engine, rebase or outbox around it.
 */
export function bareFirstPull(page: Page, serverUrl: string, token: string, limit: number): Promise<{ ms: number; rows: number }> {
  return page.evaluate(
    async ({ serverUrl, token, limit }) => {
      const started = performance.now();
      const db = await new Promise<IDBDatabase>((ok, no) => {
        const r = indexedDB.open(`bare-${Math.random()}`, 1);
        r.onupgradeneeded = () => r.result.createObjectStore('records', { keyPath: 'id' });
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error);
      });
      let cursor = 0;
      let rows = 0;
      for (;;) {
        const res = await fetch(
          `${serverUrl}/v1/sync/pull?protocol=1&clientId=0190a000-0000-7000-8000-00000000beef&cursor=${cursor}&limit=${limit}`,
          {
            headers: { Authorization: `Bearer ${token}` },
          },
        );
        const page = (await res.json()) as { changes: { id: string }[]; cursor: number; hasMore: boolean };
        const tx = db.transaction('records', 'readwrite');
        for (const c of page.changes) tx.objectStore('records').put(c);
        await new Promise((ok, no) => ((tx.oncomplete = ok), (tx.onerror = no)));
        rows += page.changes.length;
        cursor = page.cursor;
        if (!page.hasMore) break;
      }
      db.close();
      return { ms: performance.now() - started, rows };
    },
    { serverUrl, token, limit },
  );
}

/**
 * Queues `fields.length` new consultations as the records repository would (record row + outbox
 * entry with the next mutation ids, one transaction), without telling the background.
 */
export function queueConsultations(page: Page, items: { id: string; fields: Record<string, unknown> }[]): Promise<void> {
  return page.evaluate(async (items) => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('banso-karte');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const tx = db.transaction(['consultations', 'outbox', 'meta'], 'readwrite');
    const meta = tx.objectStore('meta');
    const counter = await new Promise<{ value?: number } | undefined>((ok) => {
      const req = meta.get('nextMutationId');
      req.onsuccess = () => ok(req.result as { value?: number } | undefined);
    });
    let next = counter?.value ?? 1;
    const at = new Date().toISOString();
    for (const { id, fields } of items) {
      tx.objectStore('consultations').put({ ...fields, id, version: 0, authorId: null, createdAt: at, updatedAt: at, redacted: false });
      tx.objectStore('outbox').add({
        id: next++,
        kind: 'consultation',
        recordId: id,
        baseVersion: 0,
        fields,
        state: 'pending',
        error: null,
        queuedAt: at,
      });
    }
    meta.put({ key: 'nextMutationId', value: next });
    await new Promise((ok, no) => ((tx.oncomplete = ok), (tx.onerror = no)));
    db.close();
  }, items);
}

/** Asks the background to sync now, as reconnecting does (`online` and a page's request both start a cycle at once). */
export function kickSync(page: Page): Promise<void> {
  return page.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    return chrome.runtime.sendMessage({ type: 'banso:sync-kick', reason: 'open' }).then(
      () => undefined,
      () => undefined,
    );
  });
}
