import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); Playwright never downloads a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fixed by the `key` in the manifest, so links and tests can name the extension's pages. */
export const EXTENSION_ID = 'gfmnkffklchicdfmaoekbfcaidfoeooj';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../../.output/chrome-mv3');

export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Closes the browser and removes its profile. */
  close: () => Promise<void>;
}

/** Flags that keep a closed-network, headless Chromium quiet and let it load unpacked extensions. */
export function chromiumArgs(extensionDirs: string[]): string[] {
  const dirs = extensionDirs.join(',');
  return [
    '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync',
    `--disable-extensions-except=${dirs}`, `--load-extension=${dirs}`,
  ];
}

/**
 * Starts headless Chromium with a fresh profile and the built extension loaded, and waits
 * for its service worker. The id is read from the worker's URL (what Chrome really assigned)
 * and checked against the fixed id, so a lost manifest key fails loudly here.
 */
export async function launchExtension(opts: { extraExtensionDirs?: string[]; locale?: string } = {}): Promise<LaunchedExtension> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'banso-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: opts.locale ?? 'ja-JP',
    args: chromiumArgs([EXTENSION_DIR, ...(opts.extraExtensionDirs ?? [])]),
  });
  const close = async () => {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  try {
    // WXT names the worker background.js; extra extensions (the benchmark's baseline) name theirs otherwise.
    const worker = await extensionWorker(context, (url) => /^chrome-extension:\/\/[a-p]{32}\/background\.js$/.test(url));
    const extensionId = new URL(worker.url()).host;
    if (extensionId !== EXTENSION_ID) throw new Error(`extension id ${extensionId}, expected ${EXTENSION_ID}`);
    return { context, worker, extensionId, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The first service worker whose script URL passes `matches` (it may start before or after we look). */
export async function extensionWorker(context: BrowserContext, matches: (url: string) => boolean): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => matches(w.url()));
  if (running) return running;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const worker = await context.waitForEvent('serviceworker', { timeout: deadline - Date.now() }).catch(() => null);
    if (worker && matches(worker.url())) return worker;
  }
  const seen = context.serviceWorkers().map((w) => w.url()).join(', ') || 'none';
  throw new Error(`no matching extension service worker (running: ${seen}); is .output/chrome-mv3 built?`);
}
