import { normalizeText } from './normalize';

/**
 * Japanese has no spaces between words, so the index keys are character n-grams of the
 * normalised text: bigrams find a phrase anywhere inside a sentence, unigrams serve
 * one-character queries. A key is a number: a unigram its UTF-16 code unit (< 65536), a
 * bigram `first * 65536 + second` (≥ 65536, since no key holds a control character).
 * Spaces and control characters (the field separator) never enter a key: terms hold none.
 * More keys bound what a term can score in a document before it is read (rank.ts gives the
 * prefix bonus only to a field the term starts, the exact bonus only to a field that is the term):
 * `startKey(c)` a field starting with character c, `startPairKey(a, b)` one starting with a and
 * b, `prefixKey` one starting with given four, and `wholeKey` a short field as a whole (termEdgeKeys).
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

/**
 * Pair, prefix and whole-field keys take the numbers between startKey's and the first bigram's
 * (0x21 << 16), as hashes: two pairs or fields may share a key. That only lets more documents
 * keep a bonus in their bound (verification decides), never fewer.
 */
const PAIR_BASE = 0x20000;
const PAIR_KEYS = 0x100000;
const PREFIX_BASE = PAIR_BASE + PAIR_KEYS;
/** Few, so that a field's first PREFIX_LENGTH characters add few lists whatever the notes hold. */
const PREFIX_KEYS = 0x10000;
const WHOLE_BASE = PREFIX_BASE + PREFIX_KEYS;
const WHOLE_KEYS = 0x210000 - WHOLE_BASE;
/** A field's first this many characters are posted under prefixKey; a term this long or longer is bounded by it. */
export const PREFIX_LENGTH = 4;
/** Fields up to this long are posted under wholeKey; a longer term is bounded as if a field it starts could be it. */
export const WHOLE_FIELD_MAX = 16;

/** The key of a field starting with code units `a`, `b`. */
export const startPairKey = (a: number, b: number): number => PAIR_BASE + ((Math.imul((a << 16) | b, 0x9e3779b1) >>> 0) % PAIR_KEYS);

/** FNV-1a over code units, step by step (a field is hashed as it is read): start from FIELD_HASH_SEED. */
export const FIELD_HASH_SEED = 0x811c9dc5;
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

/** The key of a field whose first PREFIX_LENGTH characters hash (hashStep) to `hash`. */
export const prefixKey = (hash: number): number => PREFIX_BASE + ((hash >>> 0) % PREFIX_KEYS);

/** The key of a field whose whole text hashes (hashStep) to `hash`. */
export const wholeKey = (hash: number): number => WHOLE_BASE + ((hash >>> 0) % WHOLE_KEYS);

/**
 * The keys of the fields `term` could start and be: its first character, pair or PREFIX_LENGTH
 * characters, and its whole text. A term longer than any field posted whole gets its start key
 * twice: any field it starts could be it.
 */
export function termEdgeKeys(term: string): [start: number, whole: number] {
  let h = FIELD_HASH_SEED;
  let start = 0;
  for (let i = 0; i < term.length; i++) {
    h = hashStep(h, term.charCodeAt(i));
    if (i === PREFIX_LENGTH - 1) start = prefixKey(h);
  }
  if (term.length < PREFIX_LENGTH)
    start = term.length === 1 ? startKey(term.charCodeAt(0)) : startPairKey(term.charCodeAt(0), term.charCodeAt(1));
  return [start, term.length > WHOLE_FIELD_MAX ? start : wholeKey(h)];
}
