/** Query parameters that only track the visit and never identify the page. */
const TRACKING_PARAMS = /^(utm_.+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|_ga|_gl|igshid|ref_src)$/i;

/**
 * The link a consultation keeps to the portal page it was captured beside:
 * no fragment, no tracking parameters, remaining parameters in a stable order.
 * Returns null for anything that is not an http(s) URL (extension pages, file:, …).
 */
export function normalizePageUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null; // not a URL at all: the caller records no link rather than a broken one
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams.entries()].filter(([k]) => !TRACKING_PARAMS.test(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.toString();
}
