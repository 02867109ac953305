import { FIELDS_OF, TITLE_FIELD_COUNT, WEIGHTS_OF } from './documents';
import type { StoredDoc } from './doc-store';
import { startsAt, termAt, textLength } from './doc-text';

/** A term that starts a field counts more; one that is the whole field (a name typed in full) most. */
export const PREFIX_BONUS = 1.5;
export const EXACT_BONUS = 2;

export interface Scored {
  n: number;
  score: number;
  /** Index (in FIELDS_OF order) of the field that matched best (-1: no terms). */
  field: number;
  /** Recency tie-break (epoch ms), -Infinity when unknown. */
  at: number;
  id: string;
}

/** Where one term scored best in a document; reused across calls (this runs per candidate). */
const termBest = { score: 0, field: 0 };

/**
 * The best weight × bonus of `term` in `doc`, into termBest; false when `term` is absent.
 * Fields are stored heaviest first, so the first occurrence is in the heaviest field holding
 * the term; a later field can only win where the term starts it (prefix/exact bonus).
 * `seps` holds the separator positions (DocStore.seps from doc.sep on).
 */
function scoreTerm(doc: StoredDoc, seps: Uint32Array, term: string): boolean {
  const at = termAt(doc, term);
  if (at < 0) return false;
  const weights = WEIGHTS_OF[doc.kind];
  const last = FIELDS_OF[doc.kind].length - 1;
  const base = doc.sep;
  // One character is looked for in the titles only (TITLE_FIELD_COUNT).
  const fields = term.length === 1 ? TITLE_FIELD_COUNT[doc.kind] : last + 1;
  let field = 0;
  while (field < last && seps[base + field]! < at) field++;
  if (field >= fields) return false;
  const start = field === 0 ? 0 : seps[base + field - 1]! + 1;
  const length = textLength(doc);
  const end = field < last ? seps[base + field]! : length;
  termBest.score = (weights[field] ?? 0) * (at > start ? 1 : at + term.length === end ? EXACT_BONUS : PREFIX_BONUS);
  termBest.field = field;
  for (let f = field + 1; f < fields; f++) {
    const w = weights[f] ?? 0;
    const from = seps[base + f - 1]! + 1;
    if (w * EXACT_BONUS <= termBest.score || !startsAt(doc, term, from)) continue;
    const s = w * (from + term.length === (f < last ? seps[base + f]! : length) ? EXACT_BONUS : PREFIX_BONUS);
    if (s > termBest.score) {
      termBest.score = s;
      termBest.field = f;
    }
  }
  return true;
}

/**
 * Verifies that every term occurs in the document (true substring matches: n-gram candidates
 * may hold all the bigrams in another order) and scores it: per term, the best field weight
 * times its bonus, summed. The snippet field is the one where a term scored highest (-1 for
 * no terms). Null when some term is missing.
 */
export function scoreDoc(doc: StoredDoc, seps: Uint32Array, terms: readonly string[]): { score: number; field: number } | null {
  let score = 0;
  let field = -1;
  let fieldScore = 0;
  for (const term of terms) {
    if (!scoreTerm(doc, seps, term)) return null;
    score += termBest.score;
    if (termBest.score > fieldScore) {
      fieldScore = termBest.score;
      field = termBest.field;
    }
  }
  return { score, field };
}

/** Best first: score, then the most recent consultation, then id for a stable order. */
export function compareScored(a: Scored, b: Scored): number {
  return b.score - a.score || b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Keeps the `limit` best of what is offered, without sorting every match (there can be thousands). */
export class TopK {
  readonly items: Scored[] = [];
  constructor(private readonly limit: number) {}

  /** Whether a candidate with this score and recency could still enter (skips building it otherwise). */
  admits(score: number, at: number): boolean {
    if (this.items.length < this.limit) return true;
    if (this.limit <= 0) return false;
    const worst = this.items[this.items.length - 1]!;
    return score > worst.score || (score === worst.score && at >= worst.at);
  }

  /** Whether nothing scoring at most `bound` can enter any more (the results are complete). */
  closed(bound: number): boolean {
    if (this.limit <= 0) return true;
    return this.items.length === this.limit && bound < this.items[this.items.length - 1]!.score;
  }

  /**
   * Whether nothing of a bucket scoring at most `bound` that is older than `threshold` (and dated)
   * can enter any more: newestFirst's head has been read, so the rest of the bucket is skipped.
   */
  skipsOlder(bound: number, threshold: number, undated: boolean): boolean {
    if (this.closed(bound)) return true;
    if (this.items.length < this.limit) return false;
    const worst = this.items[this.items.length - 1]!;
    return !undated && worst.score === bound && worst.at >= threshold;
  }

  offer(s: Scored): void {
    if (this.limit <= 0) return;
    const items = this.items;
    if (items.length === this.limit && compareScored(s, items[items.length - 1]!) >= 0) return;
    let i = items.length;
    while (i > 0 && compareScored(s, items[i - 1]!) < 0) i--;
    items.splice(i, 0, s);
    if (items.length > this.limit) items.pop();
  }
}
