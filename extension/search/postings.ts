/**
 * An append-only posting list: ascending document numbers stored as LEB128 varint gaps.
 * New documents always get a higher number than any before (a replaced document gets a
 * new number), so adding is an append, and dense lists of common n-grams take one byte
 * per document instead of four.
 */
export interface Postings {
  bytes: Uint8Array;
  /** Bytes in use. */
  size: number;
  count: number;
  last: number;
}

export function emptyPostings(): Postings {
  return { bytes: new Uint8Array(4), size: 0, count: 0, last: -1 };
}

export function appendPosting(p: Postings, doc: number): void {
  let gap = doc - p.last;
  if (gap <= 0) throw new Error(`posting ${doc} is not after ${p.last}`);
  if (p.size + 5 > p.bytes.length) {
    const grown = new Uint8Array(Math.max(8, p.bytes.length * 2));
    grown.set(p.bytes.subarray(0, p.size));
    p.bytes = grown;
  }
  while (gap >= 0x80) {
    p.bytes[p.size++] = (gap & 0x7f) | 0x80;
    gap >>>= 7;
  }
  p.bytes[p.size++] = gap;
  p.count++;
  p.last = doc;
}

/** Where the next varint of a list starts; `readGap` moves it past the one it reads. */
interface Cursor {
  at: number;
}

/** The LEB128 varint at `c.at` (the gap to the next document number), moving `c.at` past it. */
function readGap(bytes: Uint8Array, c: Cursor): number {
  let gap = 0;
  let shift = 0;
  let b: number;
  do {
    b = bytes[c.at++]!;
    gap |= (b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  return gap;
}

/** Every document number of the list, ascending. */
export function decodePostings(p: Postings): Uint32Array {
  const out = new Uint32Array(p.count);
  const { bytes, size } = p;
  const c: Cursor = { at: 0 };
  let doc = -1;
  let n = 0;
  while (c.at < size) {
    doc += readGap(bytes, c);
    out[n++] = doc;
  }
  return out;
}

/** Decodes `p` into `out` from index `at` (out must have room); returns the index after the last. */
export function decodeInto(p: Postings, out: Uint32Array, at: number): number {
  const { bytes, size } = p;
  let doc = -1;
  let i = 0;
  while (i < size) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++]!;
      gap |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    doc += gap;
    out[at++] = doc;
  }
  return at;
}
