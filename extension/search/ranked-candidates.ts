import type { TierLists } from './inverted-index';
import { decodeInto } from './postings';
import type { CandidateScratch } from './candidate-scratch';
import { NO_TIER, termBound } from './tiers';
import { termEdgeKeys, termKeys } from './tokenizer';

/**
 * Below this many candidates the remaining (longer) lists are not worth decoding: every
 * candidate is verified against the exact phrase anyway, so intersecting only prunes.
 */
const GOOD_ENOUGH = 32;
/** A list more than this many times longer than the candidates left is not read (rankedCandidates). */
const SKIP_FACTOR = 4;

/** Candidates that can score at most `bound` (tiers.ts), in no particular order. */
export interface Bucket {
  bound: number;
  docs: Uint32Array | readonly number[];
}

/** One key of one term of a query. */
interface Entry {
  term: number;
  tiers: TierLists;
  count: number;
}

function entriesOf(lookup: (key: number) => TierLists | undefined, terms: readonly string[]): Entry[] | null {
  const entries: Entry[] = [];
  for (let term = 0; term < terms.length; term++)
    for (const key of termKeys(terms[term]!)) {
      const tiers = lookup(key);
      let count = 0;
      for (const p of tiers ?? []) count += p?.count ?? 0;
      if (count === 0) return null;
      entries.push({ term, tiers: tiers!, count });
    }
  return entries.sort((a, b) => a.count - b.count);
}

/**
 * The documents holding every key of every term of a query (dead slots included: the caller
 * skips them), grouped by the most they can score, highest bound first. `size` is the number
 * of document slots. Empty when some key is unknown. The buckets are views on `scratch`: valid
 * until its next query (candidate-scratch.ts).
 */
export function rankedCandidates(
  lookup: (key: number) => TierLists | undefined,
  terms: readonly string[],
  size: number,
  scratch: CandidateScratch,
): Bucket[] {
  const entries = entriesOf(lookup, terms);
  if (!entries || entries.length === 0) return [];
  const count = terms.length;
  const base = scratch.begin(size, count, entries.length);
  if (entries.length === 1) return oneList(entries[0]!, termEdgeKeys(terms[0]!), lookup, base + 1, scratch);
  const { hits, tiers, starts, wholes } = scratch;

  // The shortest list names the candidates; the others keep those they hold.
  const first = entries[0]!;
  scratch.candidateRoom(first.count);
  const { candidates } = scratch;
  let n = 0;
  first.tiers.forEach((p, tier) => {
    if (!p) return;
    const from = n;
    n = decodeInto(p, candidates, n);
    for (let i = from; i < n; i++) {
      const doc = candidates[i]!;
      hits[doc] = base + 1;
      for (let j = 0; j < count; j++) {
        tiers[j * size + doc] = 0;
        starts[j * size + doc] = NO_TIER;
        wholes[j * size + doc] = NO_TIER;
      }
      tiers[first.term * size + doc] = tier;
    }
  });
  // `hits[doc] === base + level`: the document is in every list read so far.
  let level = 1;
  let alive = n;
  const read = new Uint8Array(count);
  read[first.term] = 1;
  for (let e = 1; e < entries.length && alive > GOOD_ENOUGH; e++) {
    const { term, tiers: lists, count: listed } = entries[e]!;
    // A list far longer than the candidates left costs more to read than it prunes, where its
    // term has a key read already (the phrase is verified anyway): 事業 after 承継 and 業承.
    if (read[term] === 1 && listed > SKIP_FACTOR * alive) continue;
    read[term] = 1;
    const want = base + level++;
    alive = 0;
    lists.forEach((p, tier) => {
      if (!p) return;
      const docs = scratch.room(p.count);
      const end = decodeInto(p, docs, 0);
      for (let i = 0; i < end; i++) {
        const doc = docs[i]!;
        if (hits[doc] !== want) continue;
        hits[doc] = want + 1;
        alive++;
        // A term is bounded by its lightest key (a key left unread leaves it higher: still a bound).
        const at = term * size + doc;
        if (tiers[at]! < tier) tiers[at] = tier;
      }
    });
  }
  const found = base + level;
  for (let j = 0; j < count; j++) {
    const [start, whole] = termEdgeKeys(terms[j]!);
    markEdges(lookup(start), starts, j * size, scratch);
    markEdges(lookup(whole), wholes, j * size, scratch);
  }
  return bucketed(candidates, n, found, count, size, scratch);
}

/**
 * Records in `edges` the heaviest tier of a field starting as the term does (being the term),
 * from an edge key's lists. Documents that are not candidates are marked too: never read, and
 * a query sets its candidates' edges before marking them.
 */
function markEdges(lists: TierLists | undefined, edges: Uint8Array, row: number, scratch: CandidateScratch): void {
  eachPosting(lists, scratch, (doc, tier) => {
    if (edges[row + doc]! > tier) edges[row + doc] = tier;
  });
}

/** Calls `visit` with each document of `lists` and its tier (edge lists: short beside a common key's). */
function eachPosting(lists: TierLists | undefined, scratch: CandidateScratch, visit: (doc: number, tier: number) => void): void {
  lists?.forEach((p, tier) => {
    if (!p) return;
    const docs = scratch.room(p.count);
    const end = decodeInto(p, docs, 0);
    for (let i = 0; i < end; i++) visit(docs[i]!, tier);
  });
}

/** termBound(tier, start, whole) at [(tier * EDGES + start) * EDGES + whole]: the bucketing loop runs once per candidate. */
const EDGES = NO_TIER + 1;
const BOUNDS = Float64Array.from({ length: NO_TIER * EDGES * EDGES }, (_, i) =>
  termBound(Math.floor(i / (EDGES * EDGES)), Math.floor(i / EDGES) % EDGES, i % EDGES),
);

/** The surviving candidates (hits at `found`) grouped by bound. */
function bucketed(candidates: Uint32Array, n: number, found: number, terms: number, size: number, scratch: CandidateScratch): Bucket[] {
  const { hits, tiers, starts, wholes, bucketOf } = scratch;
  const distinct: number[] = [];
  const sizes: number[] = [];
  // The bucket of each (tier, start, whole) met, for a one-term query (most queries): no bound to sum.
  const single = terms === 1 ? new Int16Array(BOUNDS.length).fill(-1) : null;
  let live = 0;
  for (let i = 0; i < n; i++) {
    const doc = candidates[i]!;
    if (hits[doc] !== found) continue;
    let k: number;
    const combo = single && (tiers[doc]! * EDGES + starts[doc]!) * EDGES + wholes[doc]!;
    if (single && single[combo!]! >= 0) k = single[combo!]!;
    else {
      let bound = 0;
      for (let j = 0, row = doc; j < terms; j++, row += size) bound += BOUNDS[(tiers[row]! * EDGES + starts[row]!) * EDGES + wholes[row]!]!;
      k = bucketFor(bound, distinct, sizes);
      if (single) single[combo!] = k;
    }
    sizes[k]!++;
    candidates[live] = doc;
    bucketOf[live++] = k;
  }
  return grouped(live, distinct, sizes, scratch);
}

/** The index of the bucket of `bound` in `distinct`, added (with a size of 0) when new. */
function bucketFor(bound: number, distinct: number[], sizes: number[]): number {
  let k = 0;
  while (k < distinct.length && distinct[k] !== bound) k++;
  if (k === distinct.length) {
    distinct.push(bound);
    sizes.push(0);
  }
  return k;
}

/**
 * The first `live` candidates of `scratch`, each in bucket `bucketOf[i]` of bound `distinct[k]`,
 * grouped highest bound first (a counting sort: a query has a handful of bounds).
 */
function grouped(live: number, distinct: readonly number[], sizes: readonly number[], scratch: CandidateScratch): Bucket[] {
  const { candidates, bucketOf, ordered: out } = scratch;
  const order = distinct.map((_, k) => k).sort((a, b) => distinct[b]! - distinct[a]!);
  const offsets = new Array<number>(distinct.length);
  let at = 0;
  for (const k of order) {
    offsets[k] = at;
    at += sizes[k]!;
  }
  const fill = [...offsets];
  for (let i = 0; i < live; i++) out[fill[bucketOf[i]!]!++] = candidates[i]!;
  return order.map((k) => ({ bound: distinct[k]!, docs: out.subarray(offsets[k]!, offsets[k]! + sizes[k]!) }));
}

/**
 * A query of one list (a two-character term: 相談, 課題): the key's tier lists are the candidates,
 * each document in one tier. Only the documents of the edge lists are marked (`hits` at `stamp`
 * says a document's marks are this query's); any other document of tier t is bounded by tier t
 * alone, so a candidate costs one read of `hits`.
 */
function oneList(
  entry: Entry,
  [start, whole]: [number, number],
  lookup: (key: number) => TierLists | undefined,
  stamp: number,
  scratch: CandidateScratch,
): Bucket[] {
  const { hits, starts, wholes } = scratch;
  const mark = (lists: TierLists | undefined, edges: Uint8Array) =>
    eachPosting(lists, scratch, (doc, tier) => {
      if (hits[doc] !== stamp) {
        hits[doc] = stamp;
        starts[doc] = NO_TIER;
        wholes[doc] = NO_TIER;
      }
      if (edges[doc]! > tier) edges[doc] = tier;
    });
  mark(lookup(start), starts);
  mark(lookup(whole), wholes);

  scratch.candidateRoom(entry.count);
  const { candidates, bucketOf } = scratch;
  const distinct: number[] = [];
  const sizes: number[] = [];
  const bucketOfCombo = new Int16Array(BOUNDS.length).fill(-1);
  let n = 0;
  entry.tiers.forEach((p, tier) => {
    if (!p) return;
    const from = n;
    n = decodeInto(p, candidates, n);
    const plain = (tier * EDGES + NO_TIER) * EDGES + NO_TIER;
    for (let i = from; i < n; i++) {
      const doc = candidates[i]!;
      const combo = hits[doc] === stamp ? (tier * EDGES + starts[doc]!) * EDGES + wholes[doc]! : plain;
      let k = bucketOfCombo[combo]!;
      if (k < 0) bucketOfCombo[combo] = k = bucketFor(BOUNDS[combo]!, distinct, sizes);
      sizes[k]!++;
      bucketOf[i] = k;
    }
  });
  return grouped(n, distinct, sizes, scratch);
}
