import type { BrowserContext, Page } from 'playwright-core';

/**
 * The search host (the offscreen document holding the shared search worker, see
 * extension/platform/search-host.ts) driven from an extension page of the benchmark, to measure
 * the side panel with the index kept warm and with no host at all.
 */
type Chrome = {
  runtime: { getContexts(f: { contextTypes: string[] }): Promise<unknown[]> };
  offscreen: {
    createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
  };
};

/** Closes the host, if open: with no page connected the shared worker (and its index) goes too. */
export async function closeHost(control: Page): Promise<void> {
  await control.evaluate(async () => {
    const { runtime, offscreen } = (globalThis as unknown as { chrome: Chrome }).chrome;
    if ((await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0) await offscreen.closeDocument();
  });
}

/** Opens the host, as the background does at start-up. */
export async function openHost(control: Page): Promise<void> {
  await control.evaluate(async () => {
    const { runtime, offscreen } = (globalThis as unknown as { chrome: Chrome }).chrome;
    if ((await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0) return;
    await offscreen.createDocument({ url: '/search-host.html', reasons: ['WORKERS'], justification: 'benchmark' });
  });
}

/** Waits (from a page of its own, closed after) until the shared worker's index is ready. */
export async function waitSharedReady(context: BrowserContext, origin: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/options.html`);
    return await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const t0 = performance.now();
          const worker = new SharedWorker('/assets/search-worker.js', { type: 'module', name: 'search' });
          worker.port.onmessage = (e: MessageEvent<{ type: string; state?: { phase: string } }>) => {
            if (e.data.type !== 'state') return;
            if (e.data.state?.phase === 'failed') reject(new Error('index failed'));
            if (e.data.state?.phase !== 'ready') return;
            worker.port.postMessage({ type: 'bye' });
            resolve(performance.now() - t0);
          };
        }),
    );
  } finally {
    await page.close();
  }
}

/**
 * Waits (from a page of its own, closed after) until the shared worker's index is ready and has
 * heard of no change for `quietMs` (by then it has also stored its snapshot): a benchmark of
 * another page measures the browser as an advisor has it, not while the index takes in a seed.
 */
export async function waitSearchSettled(context: BrowserContext, origin: string, quietMs = 15_000): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/options.html`);
    return await page.evaluate(
      (quiet) =>
        new Promise<number>((resolve, reject) => {
          const t0 = performance.now();
          const worker = new SharedWorker('/assets/search-worker.js', { type: 'module', name: 'search' });
          let ready = false;
          let timer: ReturnType<typeof setTimeout> | undefined;
          const restart = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
              worker.port.postMessage({ type: 'bye' });
              resolve(performance.now() - t0);
            }, quiet);
          };
          worker.port.onmessage = (e: MessageEvent<{ type: string; state?: { phase: string } }>) => {
            if (e.data.type === 'state' && e.data.state?.phase === 'failed') reject(new Error('index failed'));
            if (e.data.type === 'state' && e.data.state?.phase === 'ready') ready = true;
            if (ready) restart();
          };
        }),
      quietMs,
    );
  } finally {
    await page.close();
  }
}

/**
 * The shared search worker's memory (MiB): its JavaScript heap in use plus the array buffers
 * behind it (the index's postings and texts), read through the DevTools protocol from `page`.
 */
export async function sharedWorkerMiB(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const worker = targetInfos.find((t) => t.type === 'shared_worker' && t.url.endsWith('/assets/search-worker.js'));
    if (!worker) throw new Error('no shared search worker');
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
    const answer = new Promise<string>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
        if ((JSON.parse(e.message) as { id?: number }).id === 1) resolve(e.message);
      });
    });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
    const { result } = JSON.parse(await answer) as { result: { usedSize: number; backingStorageSize?: number } };
    return (result.usedSize + (result.backingStorageSize ?? 0)) / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}
