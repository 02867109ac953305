import { compileUrlPattern, type SiteRule } from '../../shared';
import { extractFromUrl } from './extract';

/** Compiled patterns by pattern text: rules are re-read from storage as new objects. */
const compiled = new Map<string, ((url: string) => boolean) | null>();

function matches(pattern: string, url: string): boolean {
  let test = compiled.get(pattern);
  if (test === undefined) {
    if (compiled.size > 500) compiled.clear();
    compiled.set(pattern, (test = compileUrlPattern(pattern)));
  }
  return test !== null && test(url);
}

/** The first enabled rule whose URL pattern matches `url` (rules are tried in their order). */
export function matchRule(url: string, rules: readonly SiteRule[]): SiteRule | null {
  return rules.find((r) => r.enabled && matches(r.urlPattern, url)) ?? null;
}

/**
 * What a page is about according to the rules: the rule that applies and, for URL rules, the
 * external ID; `needsPage` when the ID has to be read from the page (only once the advisor
 * opens the panel). A single-page app that changes its URL is simply resolved again.
 */
export type PageMatch =
  | { rule: SiteRule; externalId: string | null; needsPage: false }
  | { rule: SiteRule; externalId: null; needsPage: true };

export function resolvePage(url: string, rules: readonly SiteRule[]): PageMatch | null {
  const rule = matchRule(url, rules);
  if (!rule) return null;
  if (rule.extract.from === 'selector') return { rule, externalId: null, needsPage: true };
  return { rule, externalId: extractFromUrl(rule, url), needsPage: false };
}
