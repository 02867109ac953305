import { browser } from 'wxt/browser';

/** The message a page sends to the background (possibly asleep: a message wakes it) about sync. */
const KICK = 'banso:sync-kick';

/** `write`: a local change was queued; `open`: a page showing sync state opened and wants it fresh. */
export type SyncKickReason = 'write' | 'open';

/** Nobody listening (the background is starting, or a test without one): the periodic alarm catches up. */
const NO_RECEIVER = /Receiving end does not exist|No listeners/;

/** Asks the background to sync. Fire and forget. */
export function requestSync(reason: SyncKickReason): void {
  try {
    browser.runtime.sendMessage({ type: KICK, reason }).catch((e: unknown) => {
      if (!NO_RECEIVER.test(String(e))) console.warn('sync request not delivered', e);
    });
  } catch (e) {
    // The extension was reloaded under this page: nothing to tell.
    console.debug('sync request not sent', e);
  }
}

/** In the background: calls `onRequest` for each sync request (register at service worker start). */
export function onSyncRequest(onRequest: (reason: SyncKickReason) => void): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: unknown; reason?: unknown } | null;
    if (m?.type === KICK) onRequest(m.reason === 'open' ? 'open' : 'write');
    return undefined;
  });
}
