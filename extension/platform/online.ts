/**
 * Calls `handler` when the browser reports the network is back (the `online` event exists in
 * pages and in the service worker). Only while the worker is awake: the sync alarm covers the rest.
 */
export function onBackOnline(handler: () => void, signal?: AbortSignal): void {
  globalThis.addEventListener?.('online', handler, { signal });
}
