import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startWatch } from './probe.ts';
import type { BenchTarget } from './targets.ts';

type Bench = { focusedAt: number | null; keydowns: number[] };
type Watch = { dbAt: number | null; domAt: number | null; error: string | null };

/** Opens the target's page in a new tab and waits until its note field has focus. */
export async function openReady(context: BrowserContext, target: BenchTarget, file = target.page): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${target.origin}/${file}`);
  await page.waitForFunction(() => (window as unknown as { __bench: Bench }).__bench.focusedAt !== null, null, { timeout: 10_000 });
  return page;
}

/** Navigation start → note textarea focused and usable, in the page's clock; one fresh tab per sample. */
export async function measureOpen(context: BrowserContext, target: BenchTarget, samples: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const page = await openReady(context, target);
    out.push(await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.focusedAt!));
    await page.close();
  }
  return out;
}

async function awaitWatch(page: Page, field: 'dbAt' | 'domAt'): Promise<number> {
  const handle = await page.waitForFunction((f) => {
    const w = (window as unknown as { __watch: Watch }).__watch;
    if (w.error) throw new Error(w.error);
    return w[f];
  }, field, { timeout: 10_000, polling: 'raf' });
  return (await handle.jsonValue()) as number;
}

const lastKeydown = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.keydowns.at(-1)!);

/** Keydown (page clock, before any app handler) → the draft holding that key committed in IndexedDB. */
export async function measureKeystroke(page: Page, target: BenchTarget, samples: number): Promise<number[]> {
  const field = target.noteField(page);
  await field.focus();
  let text = await field.inputValue();
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const key = String.fromCharCode(97 + (i % 26));
    text += key;
    await page.evaluate(startWatch, { db: target.dbName, store: 'drafts', needle: text, dom: false });
    await page.keyboard.press(key);
    const committedAt = await awaitWatch(page, 'dbAt');
    out.push(committedAt - (await lastKeydown(page)));
  }
  return out;
}

/** Ctrl+Enter keydown → the consultation committed in IndexedDB, and → its text shown on the page. */
export async function measureSave(page: Page, target: BenchTarget, samples: number): Promise<{ committed: number[]; shown: number[] }> {
  const committed: number[] = [];
  const shown: number[] = [];
  for (let i = 0; i < samples; i++) {
    const needle = `bench-save-${i}-${Date.now()}`;
    const field = target.noteField(page);
    await field.fill(needle);
    // Let the draft writes of the fill settle so they are not timed as part of the save.
    await page.waitForTimeout(target.draftSettleMs);
    await field.focus();
    await page.evaluate(startWatch, { db: target.dbName, store: target.savedStore, needle, dom: true });
    await page.keyboard.press('Control+Enter');
    const dbAt = await awaitWatch(page, 'dbAt');
    const domAt = await awaitWatch(page, 'domAt');
    const keyAt = await lastKeydown(page);
    committed.push(dbAt - keyAt);
    shown.push(domAt - keyAt);
  }
  return { committed, shown };
}

export interface ScriptSize { url: string; bytes: number; gzip: number }

/**
 * Every script the page loads on open (its HTML's scripts, module preloads and anything they
 * import, as seen on the network until a quiet second after load), gzip-compressed (level 9)
 * from the built files on disk.
 */
export async function measureScripts(context: BrowserContext, target: BenchTarget, file: string): Promise<ScriptSize[]> {
  const page = await context.newPage();
  const urls = new Set<string>();
  page.on('request', (req) => {
    if (req.resourceType() === 'script' && req.url().startsWith(target.origin)) urls.add(req.url());
  });
  await page.goto(`${target.origin}/${file}`, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  await page.close();
  const sizes: ScriptSize[] = [];
  for (const url of [...urls].sort()) {
    const body = await readFile(path.join(target.dir, new URL(url).pathname));
    sizes.push({ url: new URL(url).pathname, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  return sizes;
}
