import { globTest } from '../../shared/glob';

/**
 * Site access: the advisor's own lists (options 「使うサイト」「使わないサイト」) of where the context
 * menu and page linking apply, matched against the page's host. Not the organisation's site
 * rules (extension/site-rules/), which say how a portal page names its business.
 * A pattern is a host (`bizmil.example.jp`, also matching its subdomains) or a glob
 * with `*` (`*.cybozu.com`). An empty allow list means every site; deny always wins.
 */
export interface SiteAccess {
  allow: string[];
  deny: string[];
}

export const NO_SITE_ACCESS: SiteAccess = { allow: [], deny: [] };

function hostMatches(host: string, pattern: string): boolean {
  const p = pattern
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/\/.*$/, '');
  if (p === '') return false;
  if (p.includes('*')) return globTest(p)(host);
  return host === p || host.endsWith(`.${p}`);
}

/** Whether the extension may act on the page at `url` (false for non-http pages). */
export function siteAllowed(url: string, access: SiteAccess): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
    host = parsed.hostname.toLowerCase();
  } catch {
    return false; // not a URL: nothing to link to
  }
  if (access.deny.some((p) => hostMatches(host, p))) return false;
  return access.allow.every((p) => p.trim() === '') || access.allow.some((p) => hostMatches(host, p));
}

/** One pattern a line, blank lines dropped: how the options page edits a list. */
export function parsePatternLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
