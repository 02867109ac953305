import { globTest } from '../../shared/glob';

/**
 * Where the context menu and page linking apply, matched against the page's host.
 * A pattern is a host (`bizmil.example.jp`, also matching its subdomains) or a glob
 * with `*` (`*.cybozu.com`). An empty allow list means every site; deny always wins.
 */
export interface SiteRules {
  allow: string[];
  deny: string[];
}

export const NO_SITE_RULES: SiteRules = { allow: [], deny: [] };

function hostMatches(host: string, pattern: string): boolean {
  const p = pattern.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
  if (p === '') return false;
  if (p.includes('*')) return globTest(p)(host);
  return host === p || host.endsWith(`.${p}`);
}

/** Whether the extension may act on the page at `url` (false for non-http pages). */
export function siteAllowed(url: string, rules: SiteRules): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
    host = parsed.hostname.toLowerCase();
  } catch {
    return false; // not a URL: nothing to link to
  }
  if (rules.deny.some((p) => hostMatches(host, p))) return false;
  return rules.allow.every((p) => p.trim() === '') || rules.allow.some((p) => hostMatches(host, p));
}

/** One pattern a line, blank lines dropped: how the options page edits a list. */
export function parsePatternLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
}
