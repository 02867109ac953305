import { KeyTable } from './key-table';
import { appendPosting, emptyPostings, type Postings } from './postings';
import { TIER_WEIGHTS } from './tiers';
import {
  FIELD_HASH_SEED,
  hashStep,
  isSeparator,
  PREFIX_LENGTH,
  prefixKey,
  startKey,
  startPairKey,
  WHOLE_FIELD_MAX,
  wholeKey,
} from './tokenizer';

/** One key's postings by tier (tiers.ts); a tier no document reached is undefined. */
export type TierLists = (Postings | undefined)[];

/** The code unit that separates fields (FIELD_SEPARATOR in doc-store.ts). */
const FIELD_BREAK = 0;

/** n-gram key → the documents holding it, in tiers by the heaviest field holding it. */
export class InvertedIndex {
  private readonly table = new KeyTable();
  private readonly lists: TierLists[] = [];
  private readonly keyOf: number[] = [];
  /** The last document posted under each key, whatever its tier: one posting per document. */
  private readonly lastDoc: number[] = [];

  private listsOf(key: number): number {
    const id = this.table.intern(key);
    if (id === this.lists.length) {
      this.lists.push(new Array<Postings | undefined>(TIER_WEIGHTS.length));
      this.keyOf.push(key);
      this.lastDoc.push(-1);
    }
    return id;
  }

  private post(key: number, doc: number, tier: number): void {
    const id = this.listsOf(key);
    if (this.lastDoc[id] === doc) return; // already posted for this document, in a heavier field
    this.lastDoc[id] = doc;
    const tiers = this.lists[id]!;
    const p = (tiers[tier] ??= emptyPostings());
    const gap = doc - p.last;
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
   * `fieldTiers[f]` is the tier of field f (TIERS_OF); a key goes in the tier of its first field.
   * Each field's first character, pair and four characters, and a short field as a whole, are posted under their edge keys too (tokenizer.ts).
   */
  add(doc: number, text: string, unigramEnd: number, fieldTiers: readonly number[]): void {
    let prev = 0;
    let field = 0;
    let fieldStart = 0;
    let tier = fieldTiers[0] ?? 0;
    // The field's hash so far, for wholeKey; a field with a space can never be a term.
    let hash = FIELD_HASH_SEED;
    let spaced = false;
    const endField = (end: number) => {
      const length = end - fieldStart;
      if (!spaced && length > 0 && length <= WHOLE_FIELD_MAX) this.post(wholeKey(hash), doc, tier);
    };
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isSeparator(c)) {
        if (c === FIELD_BREAK) {
          endField(i);
          tier = fieldTiers[++field] ?? tier;
          fieldStart = i + 1;
          hash = FIELD_HASH_SEED;
          spaced = false;
        } else spaced = true;
        prev = 0;
        continue;
      }
      hash = hashStep(hash, c);
      if (i === fieldStart) this.post(startKey(c), doc, tier);
      else if (i === fieldStart + 1 && prev !== 0) this.post(startPairKey(prev, c), doc, tier);
      else if (i === fieldStart + PREFIX_LENGTH - 1 && !spaced) this.post(prefixKey(hash), doc, tier);
      if (i < unigramEnd) this.post(c, doc, tier);
      if (prev !== 0) this.post(((prev << 16) | c) >>> 0, doc, tier);
      prev = c;
    }
    endField(text.length);
  }

  /** The tier lists of `key`; undefined for a key no document holds. */
  get(key: number): TierLists | undefined {
    const id = this.table.find(key);
    return id < 0 ? undefined : this.lists[id];
  }

  /** Loading a serialised index: tier `tier` of `key` must not be there yet. */
  set(key: number, tier: number, p: Postings): void {
    const id = this.listsOf(key);
    this.lists[id]![tier] = p;
    this.lastDoc[id] = Math.max(this.lastDoc[id]!, p.last);
  }

  /** Every non-empty list as [key, tier, postings]. */
  *entries(): Generator<[number, number, Postings]> {
    for (let i = 0; i < this.lists.length; i++) {
      const tiers = this.lists[i]!;
      for (let t = 0; t < tiers.length; t++) if (tiers[t]?.count) yield [this.keyOf[i]!, t, tiers[t]!];
    }
  }

  /** Sizes for the benchmark report. */
  stats(): { keys: number; lists: number; postings: number; bytes: number } {
    let lists = 0;
    let postings = 0;
    let bytes = 0;
    for (const [, , p] of this.entries()) {
      lists++;
      postings += p.count;
      bytes += p.size;
    }
    return { keys: this.lists.length, lists, postings, bytes };
  }
}
