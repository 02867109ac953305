/**
 * Whether the API token would travel in clear text to `url`: an `http://` server that is not
 * this computer. `http://` is allowed only for loopback (127.0.0.0/8, localhost, [::1]), where
 * the local API `npm start` runs and the token never crosses a network; anything else must be
 * `https://`. False for an `https://` URL and for text that is not a URL (another check says so).
 */
export function sendsTokenInClear(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false; // not a URL: the URL check refuses it with its own message
  }
  return parsed.protocol === 'http:' && !isLoopback(parsed.hostname);
}

/** URL.hostname has already normalised the host (`127.1` → `127.0.0.1`, `LOCALHOST` → `localhost`). */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
