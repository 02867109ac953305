import { compileUrlPattern, LIMITS, regexRisk, siteRuleRegexes, type SiteRule } from '../../shared';
import { extractFromUrl } from './extract';

/** Compiled patterns by pattern text: rules are re-read from storage as new objects. */
const compiled = new Map<string, ((url: string) => boolean) | null>();
/** Whether each regular expression is safe to run, by its text (judged once: parsing one costs a little). */
const safe = new Map<string, boolean>();

function matches(pattern: string, url: string): boolean {
  let test = compiled.get(pattern);
  if (test === undefined) {
    if (compiled.size > 500) compiled.clear();
    compiled.set(pattern, (test = compileUrlPattern(pattern)));
  }
  return test?.(url) ?? false;
}

function safeToRun(source: string): boolean {
  let ok = safe.get(source);
  if (ok === undefined) {
    if (safe.size > 500) safe.clear();
    safe.set(source, (ok = regexRisk(source) === null));
  }
  return ok;
}

/**
 * Whether a rule may run: a rule stored before the schema refused regular expressions that can
 * backtrack catastrophically (shared/regex-safety.ts) is skipped, so it finds nothing rather
 * than freezing the panel or the page on a long URL.
 */
export function ruleRunnable(rule: SiteRule): boolean {
  return siteRuleRegexes(rule).every(safeToRun);
}

/** The first enabled rule whose URL pattern matches `url` (rules are tried in their order). */
export function matchRule(url: string, rules: readonly SiteRule[]): SiteRule | null {
  const bounded = url.slice(0, LIMITS.url);
  return rules.find((r) => r.enabled && ruleRunnable(r) && matches(r.urlPattern, bounded)) ?? null;
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
