import { browser } from 'wxt/browser';

/**
 * `write`: a local change was queued; `open`: a page showing sync state opened and wants it
 * fresh; `now`: the advisor pressed 「今すぐ同期」; `signin`: the server just accepted this
 * device's token (a connection test): sync again even if it had stopped for sign-in (an admin
 * may have enabled the advisor again, and the token in storage did not change).
 */
export type SyncKickReason = 'write' | 'open' | 'now' | 'signin';

/**
 * Every note a page sends the background service worker (a message wakes it), by type, with
 * what it carries: one table, so sender and listener cannot disagree on a name or a field.
 */
export interface BackgroundMessages {
  'banso:sync-kick': { reason: SyncKickReason };
  'banso:search-host': Record<string, never>;
  'banso:refresh-badge': Record<string, never>;
}
export type BackgroundMessageType = keyof BackgroundMessages;

/** Nobody listening (the background is starting, or a test without one): whoever sent it catches up later. */
const NO_RECEIVER = /Receiving end does not exist|No listeners/;

/** Sends a note to the background, not waiting for an answer; `what` names it in the console. */
export function tellBackground<T extends BackgroundMessageType>(type: T, body: BackgroundMessages[T], what: string): void {
  try {
    browser.runtime.sendMessage({ ...body, type }).catch((e: unknown) => {
      if (!NO_RECEIVER.test(String(e))) console.warn(`${what} not delivered`, e);
    });
  } catch (e) {
    // The extension was reloaded under this page: nothing to tell.
    console.debug(`${what} not sent`, e);
  }
}

/**
 * In the background: calls `onMessage` with each note of `type` (register at service worker
 * start). What arrives is whatever the sender put there: `onMessage` gets it as unknown fields
 * to check, not as a trusted body.
 */
export function onBackgroundMessage<T extends BackgroundMessageType>(
  type: T,
  onMessage: (fields: Partial<Record<keyof BackgroundMessages[T], unknown>>) => void,
): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type) {
      onMessage(message as Partial<Record<keyof BackgroundMessages[T], unknown>>);
    }
    return undefined;
  });
}
