import { normalizeWithMap } from './offset-map';
import { queryTerms } from './tokenizer';

export type Range = [start: number, end: number];

/** Context kept before the first match, and the longest snippet, in characters. */
export const SNIPPET_BEFORE = 20;
export const SNIPPET_LENGTH = 90;
const ELLIPSIS = '…';

/**
 * Where the normalised `terms` occur in `original`, as ranges of the original text (merged,
 * in order). Matching runs on the normalised text; the offset map carries each match back,
 * so かかく typed by the advisor highlights exactly the half-width ｶｶｸ they had written.
 */
export function matchRanges(original: string, terms: readonly string[]): Range[] {
  const mapped = normalizeWithMap(original);
  const found: Range[] = [];
  for (const term of terms) {
    if (term === '') continue;
    for (let at = mapped.text.indexOf(term); at >= 0; at = mapped.text.indexOf(term, at + term.length)) {
      found.push([mapped.starts[at]!, mapped.ends[at + term.length - 1]!]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Highlight ranges of a query in a whole text (e.g. a consultation card on the karte page). */
export function highlightText(text: string, query: string): Range[] {
  return matchRanges(text, queryTerms(query));
}

/** Does not cut a surrogate pair in half. */
function safeCut(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return at > 0 && at < text.length && c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}

/**
 * A window of `original` around the first match, with the highlight ranges relative to the
 * snippet string (including its leading ellipsis, if any).
 */
export function makeSnippet(original: string, terms: readonly string[]): { snippet: string; highlights: Range[] } {
  const ranges = matchRanges(original, terms);
  const firstHit = ranges[0]?.[0] ?? 0;
  let start = safeCut(original, Math.max(0, firstHit - SNIPPET_BEFORE));
  const end = safeCut(original, Math.min(original.length, start + SNIPPET_LENGTH));
  if (end - start < SNIPPET_LENGTH && start > 0) start = safeCut(original, Math.max(0, end - SNIPPET_LENGTH));
  const lead = start > 0 ? ELLIPSIS : '';
  const tail = end < original.length ? ELLIPSIS : '';
  const shift = lead.length - start;
  const highlights: Range[] = [];
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    highlights.push([Math.max(a, start) + shift, Math.min(b, end) + shift]);
  }
  return { snippet: lead + original.slice(start, end) + tail, highlights };
}
