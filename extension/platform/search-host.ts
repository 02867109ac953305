import { browser, type Browser } from 'wxt/browser';
import { onBackgroundMessage, tellBackground } from './background-message';

/** The offscreen document (entrypoints/search-host/) that holds the shared search worker. */
const HOST_PATH = '/search-host.html';

/** From a page: asks the background to make sure the search host exists. Fire and forget: if nobody listens, the next page asks again. */
export function requestSearchHost(): void {
  tellBackground('banso:search-host', {}, 'search host request');
}

/**
 * In the background (register at service worker start): opens the search host as the browser
 * starts or the extension is installed or updated, and whenever a page finds it missing.
 */
export function keepSearchHost(): void {
  browser.runtime.onStartup.addListener(() => void ensureSearchHost());
  browser.runtime.onInstalled.addListener(() => void ensureSearchHost());
  onBackgroundMessage('banso:search-host', () => void ensureSearchHost());
}

async function hostExists(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType] });
  return contexts.length > 0;
}

let pending: Promise<void> | null = null;

/**
 * In the background: opens the offscreen document that keeps the search index loaded while
 * the browser runs, unless it is open (or there are no offscreen documents: Firefox).
 * Concurrent calls share one attempt (Chrome allows a single offscreen document).
 */
export function ensureSearchHost(): Promise<void> {
  const offscreen = (browser as { offscreen?: typeof Browser.offscreen }).offscreen;
  if (!offscreen) return Promise.resolve();
  pending ??= (async () => {
    if (await hostExists()) return;
    await offscreen.createDocument({
      url: HOST_PATH,
      reasons: ['WORKERS' as Browser.offscreen.Reason],
      justification: 'Keeps the offline search index loaded, so the side panel answers at once.',
    });
  })()
    .catch((e: unknown) => console.warn('search host not opened', e))
    .finally(() => (pending = null));
  return pending;
}
