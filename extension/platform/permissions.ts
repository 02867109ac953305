import { browser } from 'wxt/browser';

/** Host access the manifest lists as optional: reading any site's page, or a real server. */
export const ANY_SITE_ORIGINS = ['https://*/*', 'http://*/*'];

/** Asks the browser for access to `origins` (must run from a click); true when granted. */
export async function requestOrigins(origins: string[]): Promise<boolean> {
  if (await browser.permissions.contains({ origins })) return true;
  return browser.permissions.request({ origins });
}

/** The match pattern covering one server's origin, e.g. `https://karte.example.jp/*`. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

/** The local API `npm start` runs is in the manifest's host permissions; any other server is asked for. */
export async function ensureServerAccess(serverUrl: string): Promise<boolean> {
  const { hostname, port } = new URL(serverUrl);
  if ((hostname === '127.0.0.1' || hostname === 'localhost') && port === '8787') return true;
  return requestOrigins([originPattern(serverUrl)]);
}
