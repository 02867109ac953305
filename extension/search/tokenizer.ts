import { normalizeText } from './normalize';

/**
 * Japanese has no spaces between words, so the index keys are character n-grams of the
 * normalised text: bigrams find a phrase anywhere inside a sentence, unigrams serve
 * one-character queries. A key is a number: a unigram its UTF-16 code unit (< 65536), a
 * bigram `first * 65536 + second` (≥ 65536, since no key holds a control character).
 * Spaces and control characters (the field separator) never enter a key: terms hold none.
 * Two more kinds mark the edges of fields: `startKey(c)` a field that starts with character c,
 * `endKey(c)` one that ends with it. Only a field a term starts can earn the prefix bonus, and
 * only one it starts and ends the exact bonus (rank.ts): ranking bounds a document's score by them.
 */
export const MAX_TERMS = 8;
export const MAX_TERM_LENGTH = 64;

/** The distinct terms of a query, normalised like the indexed text. */
export function queryTerms(query: string): string[] {
  const terms = normalizeText(query.replace(/[\u0000-\u001f]/g, ' '))
    .split(' ')
    .filter((t) => t !== '')
    .map((t) => t.slice(0, MAX_TERM_LENGTH));
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/** Keys whose postings hold every document containing `term`. */
export function termKeys(term: string): number[] {
  if (term.length === 1) return [term.charCodeAt(0)];
  const keys = new Set<number>();
  for (let i = 0; i + 1 < term.length; i++) keys.add(term.charCodeAt(i) * 65536 + term.charCodeAt(i + 1));
  return [...keys];
}

/** A code unit that separates keys: space, or a control character such as the field separator. */
export const isSeparator = (c: number): boolean => c <= 0x20;

/** The key of a field starting with code unit `c` (65536 + c: above unigrams, below bigrams, whose first unit is > 0x20). */
export const startKey = (c: number): number => 0x10000 + c;
/** The key of a field ending with code unit `c` (131072 + c). */
export const endKey = (c: number): number => 0x20000 + c;
