import { browser } from 'wxt/browser';

/** The message a page sends after a local write so the background (possibly asleep) redraws the badge. */
const REFRESH = 'banso:refresh-badge';

/** Nobody listening (the background is starting, or a test without one): the hourly alarm catches up. */
const NO_RECEIVER = /Receiving end does not exist|No listeners/;

/** Asks the background to recount the badge. Fire and forget. */
export function requestBadgeRefresh(): void {
  try {
    browser.runtime.sendMessage({ type: REFRESH }).catch((e: unknown) => {
      if (!NO_RECEIVER.test(String(e))) console.warn('badge refresh not delivered', e);
    });
  } catch (e) {
    // The extension was reloaded under this page: nothing to tell.
    console.debug('badge refresh not sent', e);
  }
}

/** In the background: calls `onRequest` for each refresh request. */
export function onBadgeRefreshRequest(onRequest: () => void): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === REFRESH) onRequest();
    return undefined;
  });
}
