/** A bucket's documents split by date (newestFirst). */
export interface NewestSplit {
  /** The `k` most recent (ties with the k-th included), in their order; every document when nothing is left out. */
  head: Uint32Array | readonly number[];
  /** Whether documents were left out of `head`: each is older than `threshold`, or undated. */
  more: boolean;
  threshold: number;
  /** Whether a document left out is undated (NaN: a business, whose recency is looked up). */
  undated: boolean;
}

/**
 * The documents of one bucket (equal bounds) with the `k` most recent apart: among equal scores
 * the most recent win, so once these have filled the results the rest need not be read at all
 * (olderOnes gives them when they must). One sequential pass finds the k-th newest date with a
 * small heap, a second takes the documents from it on, so a bucket of 80,000 documents costs far
 * less than reading it in a scattered order. `head` is `docs` itself when it is short, else a view
 * of `out` (room for docs.length).
 */
export function newestFirst(docs: Uint32Array | readonly number[], dates: Float64Array, k: number, out: Uint32Array): NewestSplit {
  if (k <= 0 || docs.length <= k * 4) return { head: docs, more: false, threshold: -Infinity, undated: false };
  const heap = new Float64Array(k).fill(-Infinity); // a min-heap of the k newest dates seen
  let undated = false;
  for (let i = 0; i < docs.length; i++) {
    const at = dates[docs[i]!]!;
    if (!(at > heap[0]!)) {
      if (Number.isNaN(at)) undated = true;
      continue;
    }
    // Replace the root and sift it down.
    let p = 0;
    for (;;) {
      const l = 2 * p + 1;
      if (l >= k) break;
      const c = l + 1 < k && heap[l + 1]! < heap[l]! ? l + 1 : l;
      if (heap[c]! >= at) break;
      heap[p] = heap[c]!;
      p = c;
    }
    heap[p] = at;
  }
  const threshold = heap[0]!;
  let n = 0;
  for (let i = 0; i < docs.length; i++) if (dates[docs[i]!]! >= threshold) out[n++] = docs[i]!;
  return { head: out.subarray(0, n), more: n < docs.length, threshold, undated };
}

/** The documents of `docs` left out of newestFirst's head (older than `threshold`, or undated), in their order, into `out`. */
export function olderOnes(docs: Uint32Array | readonly number[], dates: Float64Array, threshold: number, out: Uint32Array): Uint32Array {
  let n = 0;
  for (let i = 0; i < docs.length; i++) if (!(dates[docs[i]!]! >= threshold)) out[n++] = docs[i]!;
  return out.subarray(0, n);
}
