import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startWatch } from './probe.ts';
import type { BenchTarget } from './targets.ts';

type Watch = { issuedAt: number | null; committedAt: number | null; shownAt: number | null };
type Bench = { focusedAt: number | null; keydowns: number[]; watch: Watch | null };

/** Opens the target's page in a new tab and waits until its note field has focus. */
export async function openReady(context: BrowserContext, target: BenchTarget, file = target.page): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${target.origin}/${file}`);
  await page.waitForFunction(() => (window as unknown as { __bench: Bench }).__bench.focusedAt !== null, null, { timeout: 10_000 });
  return page;
}

/** Navigation start → note textarea focused and usable, in the page's clock, in a fresh tab. */
export async function measureOpen(context: BrowserContext, target: BenchTarget): Promise<number> {
  const page = await openReady(context, target);
  const focusedAt = await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.focusedAt!);
  await page.close();
  return focusedAt;
}

async function awaitWatch(page: Page, field: keyof Watch): Promise<number> {
  const handle = await page.waitForFunction((f) => (window as unknown as { __bench: Bench }).__bench.watch?.[f], field, {
    timeout: 10_000,
  });
  return (await handle.jsonValue()) as number;
}

/** Not timed: the row really is there for anyone who reads the store afterwards. */
async function assertStored(page: Page, db: string, store: string, needle: string): Promise<void> {
  const found = await page.evaluate(
    ({ db, store, needle }) =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(JSON.stringify(req.result).includes(needle));
          };
          req.onerror = () => reject(req.error);
        };
      }),
    { db, store, needle },
  );
  if (!found) throw new Error(`"${needle}" reported committed but not found in ${db}.${store}`);
}

const lastKeydown = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.keydowns.at(-1)!);

/**
 * One sample per call: keydown (page clock, before any app handler) → the transaction that
 * wrote the draft holding that key committed. Types a-z in turn into the focused note field.
 */
export async function keystrokeSampler(page: Page, target: BenchTarget): Promise<() => Promise<{ issued: number; committed: number }>> {
  const field = target.noteField(page);
  await field.focus();
  let text = await field.inputValue();
  let i = 0;
  return async () => {
    const key = String.fromCharCode(97 + (i++ % 26));
    text += key;
    await page.evaluate(startWatch, { store: 'drafts', needle: text, shown: false });
    await page.keyboard.press(key);
    const committedAt = await awaitWatch(page, 'committedAt');
    const issuedAt = await awaitWatch(page, 'issuedAt');
    const keyAt = await lastKeydown(page);
    await assertStored(page, target.dbName, 'drafts', text);
    return { issued: issuedAt - keyAt, committed: committedAt - keyAt };
  };
}

/** One sample per call: Ctrl+Enter keydown → the consultation committed, and → its text shown on the page. */
export function saveSampler(page: Page, target: BenchTarget): () => Promise<{ committed: number; shown: number }> {
  let i = 0;
  return async () => {
    const needle = `bench-save-${i++}-${Date.now()}`;
    await target.prepareSave(page);
    const field = target.noteField(page);
    await field.fill(needle);
    // Let the draft writes of the fill settle so they are not timed as part of the save.
    await page.waitForTimeout(target.draftSettleMs);
    await field.focus();
    await page.evaluate(startWatch, { store: target.savedStore, needle, shown: true });
    await page.keyboard.press('Control+Enter');
    const committedAt = await awaitWatch(page, 'committedAt');
    const shownAt = await awaitWatch(page, 'shownAt');
    const keyAt = await lastKeydown(page);
    await assertStored(page, target.dbName, target.savedStore, needle);
    return { committed: committedAt - keyAt, shown: shownAt - keyAt };
  };
}

export interface ScriptSize {
  url: string;
  bytes: number;
  gzip: number;
  /** Requested before the page's first contentful paint: the script the advisor waits for. */
  beforePaint: boolean;
}

/**
 * Every script the page loads on open (its HTML's scripts, module preloads and anything they
 * import, as seen on the network until a quiet second after load), gzip-compressed (level 9)
 * from the built files on disk, each marked with whether it was requested before the page's
 * first contentful paint. Both times come from Chromium over CDP in one clock: the request's
 * `Network.requestWillBeSent` and the `firstContentfulPaint` lifecycle event (resource timing
 * has no entry for a module an extension page imports dynamically). A script requested after
 * the paint is loaded behind what the advisor already sees. A page that reports no contentful
 * paint (the baseline's empty textarea is not content) counts all its scripts.
 */
export async function measureScripts(context: BrowserContext, target: BenchTarget, file: string): Promise<ScriptSize[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requested = new Map<string, number>();
  let paintAt: number | null = null;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.type === 'Script' && e.request.url.startsWith(target.origin) && !requested.has(e.request.url))
      requested.set(e.request.url, e.timestamp);
  });
  cdp.on('Page.lifecycleEvent', (e) => {
    if (e.name === 'firstContentfulPaint') paintAt ??= e.timestamp;
  });
  await cdp.send('Network.enable');
  await cdp.send('Page.enable');
  await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
  await page.goto(`${target.origin}/${file}`, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  await cdp.detach();
  await page.close();
  const sizes: ScriptSize[] = [];
  for (const [url, at] of [...requested].sort(([a], [b]) => a.localeCompare(b))) {
    const pathname = new URL(url).pathname;
    const body = await readFile(path.join(target.dir, pathname));
    sizes.push({
      url: pathname,
      bytes: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      beforePaint: paintAt === null || at < paintAt,
    });
  }
  return sizes;
}
