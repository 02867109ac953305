/**
 * Per-document arrays reused by every query (a query over a common bigram meets most
 * documents). `hits` counts the keys a document was found under, offset by a stamp that moves
 * on with each query, so nothing is cleared between queries; `tiers`, `starts` and `wholes` hold,
 * per term and document, the lightest tier of its keys and the heaviest of a field it may start, and be (termEdgeKeys).
 */
export class CandidateScratch {
  hits = new Uint32Array(0);
  tiers = new Uint8Array(0);
  starts = new Uint8Array(0);
  wholes = new Uint8Array(0);
  buffer = new Uint32Array(0);
  /** The candidates, their buckets and the buckets' documents (what rankedCandidates returns views of). */
  candidates = new Uint32Array(0);
  bucketOf = new Uint16Array(0);
  ordered = new Uint32Array(0);
  /** The documents of a bucket that the filters keep (search-index.ts). */
  kept = new Uint32Array(0);
  private stamp = 0;

  /** Room for `size` documents and `terms` terms; returns the first stamp of a query of `keys` keys. */
  begin(size: number, terms: number, keys: number): number {
    if (this.hits.length < size || this.stamp + keys + 1 >= 0xffffffff) {
      this.hits = new Uint32Array(Math.max(size, this.hits.length));
      this.stamp = 0;
    }
    if (this.tiers.length < size * terms) {
      this.tiers = new Uint8Array(size * terms);
      this.starts = new Uint8Array(size * terms);
      this.wholes = new Uint8Array(size * terms);
    }
    const base = this.stamp;
    this.stamp += keys + 1;
    return base;
  }

  /** Room for `count` candidates (a common word has as many as there are documents). */
  candidateRoom(count: number): void {
    if (this.candidates.length >= count) return;
    const size = Math.max(count, this.candidates.length * 2);
    this.candidates = new Uint32Array(size);
    this.bucketOf = new Uint16Array(size);
    this.ordered = new Uint32Array(size);
  }

  /** Room for the `count` documents of a bucket that the filters keep. */
  keptRoom(count: number): Uint32Array {
    if (this.kept.length < count) this.kept = new Uint32Array(Math.max(count, this.kept.length * 2));
    return this.kept;
  }

  /** A buffer for decoding a list of `count` documents. */
  room(count: number): Uint32Array {
    if (this.buffer.length < count) this.buffer = new Uint32Array(Math.max(count, this.buffer.length * 2));
    return this.buffer;
  }
}
