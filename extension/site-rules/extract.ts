import { LIMITS } from '../../shared/limits';
import type { SiteRule } from '../../shared/site-rules';

/**
 * Reading a business's external ID from a portal page by a site rule. Imports no schema
 * library: this file also runs in the content script, which must stay small. It only reads:
 * the page is never changed.
 *
 * The rule comes from the side panel, which only runs rules whose regular expressions are safe
 * (match.ts, ruleRunnable); the checker stays out of this file for its size. What a regular
 * expression reads is still bounded here: a URL to the length a URL may have, page text to
 * MAX_TEXT characters.
 */
const WHITESPACE = /\s+/g;
/** Page text longer than this is cut before matching: a selector that hits the whole page must not cost much. */
const MAX_TEXT = 2_000;

/** A usable ID: trimmed, inner white space collapsed, not empty, not longer than an external ID may be. */
export function cleanExternalId(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const value = raw.replace(WHITESPACE, ' ').trim();
  return value === '' || value.length > LIMITS.shortText ? null : value;
}

/** Group 1 of `regex` in `text`; null when it does not match or the regex is unusable. */
function capture(regex: string, text: string): string | null {
  let re: RegExp;
  try {
    re = new RegExp(regex);
  } catch {
    return null; // a rule the schema would refuse: it finds nothing rather than failing the page
  }
  return re.exec(text)?.[1] ?? null;
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // a stray % in the URL: keep the part as it is
  }
}

/** The external ID in `url` for a rule reading the URL; null for selector rules or no match. */
export function extractFromUrl(rule: SiteRule, url: string): string | null {
  if (rule.extract.from !== 'url') return null;
  const part = capture(rule.extract.regex, url.slice(0, LIMITS.url));
  return part === null ? null : cleanExternalId(decoded(part));
}

/**
 * The external ID on the page `doc` shows: the text or attribute of the first element the
 * selector finds (then the optional regex), or for URL rules the document's URL.
 */
export function extractFromDocument(rule: SiteRule, doc: Document): string | null {
  const extract = rule.extract;
  if (extract.from === 'url') return extractFromUrl(rule, doc.URL);
  let element: Element | null;
  try {
    element = doc.querySelector(extract.selector);
  } catch {
    return null; // an invalid selector finds nothing
  }
  if (!element) return null;
  const raw = extract.attribute === null ? element.textContent : element.getAttribute(extract.attribute);
  if (raw == null) return null;
  const text = raw.slice(0, MAX_TEXT);
  return cleanExternalId(extract.regex === null ? text : capture(extract.regex, text));
}
