/**
 * The documents of one bucket (equal bounds) with the `k` most recent first: among equal scores
 * the most recent win, so once these have filled the results the rest are skipped on their date
 * alone. Two sequential passes (the k-th newest date with a small heap, then a stable split), so
 * a bucket of 80,000 documents costs far less than reading it in a scattered order. Documents
 * whose date is NaN (businesses: their recency is looked up) go with the rest. Returns `docs`
 * itself when it is short, else a new order in `out` (room for docs.length).
 */
export function newestFirst(
  docs: Uint32Array | readonly number[],
  dates: Float64Array,
  k: number,
  out: Uint32Array,
): Uint32Array | readonly number[] {
  if (k <= 0 || docs.length <= k * 4) return docs;
  const heap = new Float64Array(k).fill(-Infinity); // a min-heap of the k newest dates seen
  for (let i = 0; i < docs.length; i++) {
    const at = dates[docs[i]!]!;
    if (!(at > heap[0]!)) continue;
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
  for (let i = 0; i < docs.length; i++) if (!(dates[docs[i]!]! >= threshold)) out[n++] = docs[i]!;
  return out.subarray(0, n);
}
