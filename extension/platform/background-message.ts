import { browser } from 'wxt/browser';

/** A page's fire-and-forget note to the background service worker (a message wakes it). */
export interface BackgroundMessage {
  type: `banso:${string}`;
  [field: string]: unknown;
}

/** Nobody listening (the background is starting, or a test without one): whoever sent it catches up later. */
const NO_RECEIVER = /Receiving end does not exist|No listeners/;

/** Sends `message` to the background, not waiting for an answer; `what` names it in the console. */
export function tellBackground(message: BackgroundMessage, what: string): void {
  try {
    browser.runtime.sendMessage(message).catch((e: unknown) => {
      if (!NO_RECEIVER.test(String(e))) console.warn(`${what} not delivered`, e);
    });
  } catch (e) {
    // The extension was reloaded under this page: nothing to tell.
    console.debug(`${what} not sent`, e);
  }
}

/** In the background: calls `onMessage` with each message of `type` (register at service worker start). */
export function onBackgroundMessage(type: BackgroundMessage['type'], onMessage: (message: BackgroundMessage) => void): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as BackgroundMessage | null;
    if (m?.type === type) onMessage(m);
    return undefined;
  });
}
