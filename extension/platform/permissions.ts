import { browser } from 'wxt/browser';

/** Asks the browser for access to `origins` (must run from a click); true when granted. */
export async function requestOrigins(origins: string[]): Promise<boolean> {
  if (await browser.permissions.contains({ origins })) return true;
  return browser.permissions.request({ origins });
}

/** The match pattern covering one server's origin, e.g. `https://karte.example.jp/*`. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

/**
 * Access to the server's origin, asked for when not held. Only a development build's manifest
 * grants the local API `npm start` runs (extension/manifest.ts); in a production build even
 * http://127.0.0.1:8787 is asked for like any other server.
 */
export function ensureServerAccess(serverUrl: string): Promise<boolean> {
  return requestOrigins([originPattern(serverUrl)]);
}
