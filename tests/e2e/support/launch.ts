import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); Playwright never downloads a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fixed by the `key` in the manifest, so links and tests can name the extension's pages. */
export const EXTENSION_ID = 'gfmnkffklchicdfmaoekbfcaidfoeooj';

/** The build under test; E2E_EXTENSION_DIR points elsewhere (e.g. a copy kept still while another build runs). */
export const EXTENSION_DIR = path.resolve(process.env.E2E_EXTENSION_DIR ?? path.join(import.meta.dirname, '../../../.output/chrome-mv3'));

export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Closes the browser and removes its profile. */
  close: () => Promise<void>;
  /**
   * Stops the browser and starts it again on the same profile: `close` shuts it down
   * normally, `crash` kills its main process (SIGKILL) so nothing gets a chance to flush.
   */
  restart: (how: 'close' | 'crash') => Promise<LaunchedExtension>;
}

export interface LaunchOptions {
  extraExtensionDirs?: string[];
  extraArgs?: string[];
}

/** Flags that keep a closed-network, headless Chromium quiet and let it load unpacked extensions. */
export function chromiumArgs(extensionDirs: string[]): string[] {
  const dirs = extensionDirs.join(',');
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${dirs}`,
    `--load-extension=${dirs}`,
  ];
}

/**
 * Starts headless Chromium with a fresh profile and the built extension loaded, and waits
 * for its service worker. The id is read from the worker's URL (what Chrome really assigned)
 * and checked against the fixed id, so a lost manifest key fails loudly here.
 */
export async function launchExtension(opts: LaunchOptions = {}): Promise<LaunchedExtension> {
  return start(await mkdtemp(path.join(tmpdir(), 'banso-e2e-')), opts);
}

async function start(userDataDir: string, opts: LaunchOptions): Promise<LaunchedExtension> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'ja-JP',
    args: [...chromiumArgs([EXTENSION_DIR, ...(opts.extraExtensionDirs ?? [])]), ...(opts.extraArgs ?? [])],
  });
  const close = async () => {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  const restart = async (how: 'close' | 'crash') => {
    if (how === 'crash') {
      const gone = new Promise<void>((resolve) => context.once('close', () => resolve()));
      await killBrowser(userDataDir);
      await gone;
    } else {
      await context.close();
    }
    return start(userDataDir, opts);
  };
  try {
    // WXT names the worker background.js; extra extensions (the benchmark's baseline) name theirs otherwise.
    const worker = await extensionWorker(context, (url) => /^chrome-extension:\/\/[a-p]{32}\/background\.js$/.test(url));
    const extensionId = new URL(worker.url()).host;
    if (extensionId !== EXTENSION_ID) throw new Error(`extension id ${extensionId}, expected ${EXTENSION_ID}`);
    return { context, worker, extensionId, close, restart };
  } catch (error) {
    await close();
    throw error;
  }
}

/** SIGKILLs the browser's main process, found by its (unique, temporary) profile directory. */
async function killBrowser(userDataDir: string): Promise<void> {
  const { stdout } = await promisify(execFile)('ps', ['-eo', 'pid=,args=']);
  const main = stdout.split('\n').find((line) => line.includes(`--user-data-dir=${userDataDir}`) && !line.includes(' --type='));
  if (!main) throw new Error(`no browser process for ${userDataDir}`);
  process.kill(Number(main.trim().split(/\s+/)[0]), 'SIGKILL');
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
  const seen =
    context
      .serviceWorkers()
      .map((w) => w.url())
      .join(', ') || 'none';
  throw new Error(`no matching extension service worker (running: ${seen}); is .output/chrome-mv3 built?`);
}
