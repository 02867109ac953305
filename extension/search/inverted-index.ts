import { KeyTable } from './key-table';
import { appendPosting, decodePostings, emptyPostings, intersectPostings, type Postings } from './postings';
import { isSeparator } from './tokenizer';

/**
 * Below this many candidates the remaining (longer) lists are not worth decoding: every
 * candidate is verified against the exact phrase anyway, so intersecting only prunes.
 */
const GOOD_ENOUGH = 32;

/** n-gram key → the documents holding it. */
export class InvertedIndex {
  private readonly table = new KeyTable();
  private readonly lists: Postings[] = [];
  private readonly keyOf: number[] = [];

  private post(key: number, doc: number): void {
    const id = this.table.intern(key);
    if (id === this.lists.length) {
      this.lists.push(emptyPostings());
      this.keyOf.push(key);
    }
    const p = this.lists[id]!;
    const gap = doc - p.last;
    if (gap === 0) return; // already posted for this document
    if (gap < 0x80 && p.size < p.bytes.length) {
      // The common case inline: a one-byte gap into room already there.
      p.bytes[p.size++] = gap;
      p.count++;
      p.last = doc;
    } else appendPosting(p, doc);
  }

  /**
   * Adds document `doc` (higher than any before) under every bigram of `text`, and under the
   * unigrams of its first `unigramEnd` characters (the title fields: one-character queries
   * look only there, since a single kanji of a note's body matches nearly every note).
   */
  add(doc: number, text: string, unigramEnd: number): void {
    let prev = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isSeparator(c)) {
        prev = 0;
        continue;
      }
      if (i < unigramEnd) this.post(c, doc);
      if (prev !== 0) this.post(((prev << 16) | c) >>> 0, doc);
      prev = c;
    }
  }

  get(key: number): Postings | undefined {
    const id = this.table.find(key);
    return id < 0 ? undefined : this.lists[id];
  }

  /** Loading a serialised index: `key` must not be there yet. */
  set(key: number, p: Postings): void {
    this.table.intern(key);
    this.lists.push(p);
    this.keyOf.push(key);
  }

  *entries(): Generator<[number, Postings]> {
    for (let i = 0; i < this.lists.length; i++) yield [this.keyOf[i]!, this.lists[i]!];
  }

  /**
   * Documents holding every key (ascending numbers, dead ones included: the caller skips
   * them). Empty when any key is unknown.
   */
  candidates(keys: readonly number[]): Uint32Array {
    const lists: Postings[] = [];
    for (const key of keys) {
      const p = this.get(key);
      if (!p || p.count === 0) return new Uint32Array(0);
      lists.push(p);
    }
    if (lists.length === 0) return new Uint32Array(0);
    lists.sort((a, b) => a.count - b.count);
    const docs = decodePostings(lists[0]!);
    let count = docs.length;
    for (let i = 1; i < lists.length && count > GOOD_ENOUGH; i++) count = intersectPostings(docs, count, lists[i]!);
    return docs.subarray(0, count);
  }

  /** Sizes for the benchmark report. */
  stats(): { keys: number; postings: number; bytes: number } {
    let postings = 0;
    let bytes = 0;
    for (const p of this.lists) {
      postings += p.count;
      bytes += p.size;
    }
    return { keys: this.lists.length, postings, bytes };
  }
}
