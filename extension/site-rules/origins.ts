/**
 * Which sites to ask the browser for, so the extension may read a portal page's address (and,
 * for selector rules, the page): match patterns such as `https://bizmil.example.jp/*`. Never
 * every site: only the portals the organisation configured and the page in front of the advisor.
 * Pure, and free of the schemas: the popup and side panel load it with their first paint.
 */
const REGEX_FORM = /^\/.+\/i?$/s;
const SCHEMES = ['*', 'http', 'https'];

/** A host as a match pattern writes it (lower case, punycode), `*.` kept; null for `*`, a glob inside, or no host. */
function hostPattern(raw: string): string | null {
  const wildcard = raw.startsWith('*.');
  const bare = wildcard ? raw.slice(2) : raw;
  if (bare === '' || bare.includes('*') || bare.includes(':')) return null;
  try {
    const host = new URL(`http://${bare}`).hostname;
    return wildcard ? `*.${host}` : host;
  } catch {
    return null; // not a host name
  }
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * The site a site rule's URL pattern names: `https://bizmil.example.jp/companies/*` needs
 * `https://bizmil.example.jp/*`, `*://*.cybozu.com/k/*` needs `*://*.cybozu.com/*`. Null for a
 * regular-expression pattern, whose sites cannot be known in advance, and for host `*`.
 */
export function originOfPattern(pattern: string): string | null {
  const p = pattern.trim();
  if (REGEX_FORM.test(p)) return null;
  const m = /^(?:([a-z*]+):\/\/)?([^/?#]+)/i.exec(p);
  const scheme = (m?.[1] ?? '*').toLowerCase();
  const host = m ? hostPattern(m[2]!.replace(/:(\d{1,5}|\*)$/, '')) : null;
  return host && SCHEMES.includes(scheme) ? `${scheme}://${host}/*` : null;
}

/**
 * The sites an entry of the 「使うサイト」 list names (a host, which also means its subdomains,
 * or `*.host`), as the list matches them (site-access/allowed.ts); null for what no match pattern
 * can say (`*`, `portal*.example.jp`).
 */
export function originOfHostEntry(entry: string): string | null {
  const raw = entry
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/\/.*$/, '');
  const host = hostPattern(raw);
  if (!host) return null;
  return host.startsWith('*.') || IPV4.test(host) ? `*://${host}/*` : `*://*.${host}/*`;
}

/** The site of the page at `url`, any port; null for a page that is not on the web. */
function originOfPage(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${hostname}/*` : null;
  } catch {
    return null; // not a URL
  }
}

export interface PortalSites {
  /** URL patterns of the organisation's site rules. */
  rulePatterns: readonly string[];
  /** The 「使うサイト」 list. */
  allow: readonly string[];
  /** The page beside the panel, when the browser shows its address. */
  pageUrl?: string;
}

/**
 * What the side panel's 「ポータルのページ情報の読み取りを許可」 asks for: the sites of the site
 * rules and of the allow list, and the page in front of the advisor; once each, in that order.
 * Empty when none of them names a site: then there is nothing to ask for (never all sites).
 */
export function portalOrigins({ rulePatterns, allow, pageUrl }: PortalSites): string[] {
  const origins = [
    ...rulePatterns.map(originOfPattern),
    ...allow.map(originOfHostEntry),
    pageUrl === undefined ? null : originOfPage(pageUrl),
  ];
  return [...new Set(origins.filter((o): o is string => o !== null))];
}

/** A site as a person reads it: `https://bizmil.example.jp/*` → `bizmil.example.jp`. */
export function siteOfOrigin(origin: string): string {
  return origin.replace(/^[^:]+:\/\//, '').replace(/\/\*$/, '');
}
