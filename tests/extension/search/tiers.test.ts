import { describe, expect, it } from 'vitest';
import { FIELD_WEIGHTS, WEIGHTS_OF } from '../../../extension/search/documents';
import { InvertedIndex } from '../../../extension/search/inverted-index';
import { CandidateScratch } from '../../../extension/search/candidate-scratch';
import { rankedCandidates } from '../../../extension/search/ranked-candidates';
import { EXACT_BONUS, PREFIX_BONUS } from '../../../extension/search/rank';
import { NO_TIER, TIER_WEIGHTS, TIERS_OF, termBound } from '../../../extension/search/tiers';

const tierOf = (weight: number) => TIER_WEIGHTS.indexOf(weight);

describe('tiers', () => {
  it('give every field the tier of its weight, heaviest tier first', () => {
    expect([...TIER_WEIGHTS].sort((a, b) => b - a)).toEqual(TIER_WEIGHTS);
    for (const kind of Object.keys(FIELD_WEIGHTS) as (keyof typeof FIELD_WEIGHTS)[])
      expect(TIERS_OF[kind].map((t) => TIER_WEIGHTS[t])).toEqual(WEIGHTS_OF[kind]);
  });

  it('bound a term by its field, and by the bonus only where a field starts (and ends) with it', () => {
    expect(termBound(tierOf(3), NO_TIER, NO_TIER)).toBe(3);
    expect(termBound(tierOf(3), tierOf(3), NO_TIER)).toBe(3 * PREFIX_BONUS);
    expect(termBound(tierOf(3), tierOf(6), tierOf(6))).toBe(3 * EXACT_BONUS);
    // A lighter field starting with it: its bonus cannot beat the heavier field without one.
    expect(termBound(tierOf(6), tierOf(2), tierOf(2))).toBe(6);
    expect(termBound(tierOf(4), tierOf(3), NO_TIER)).toBe(3 * PREFIX_BONUS);
  });
});

describe('rankedCandidates', () => {
  // Two fields per document, weights 6 and 2 (a consultation's 本質的課題 and 助言 tiers).
  const fieldTiers = [tierOf(6), tierOf(2)];
  const index = new InvertedIndex();
  const texts = ['相談\u0000', '相談の件\u0000', '\u0000相談', '\u0000ご相談の件', '\u0000関係なし', '相\u0000談'];
  texts.forEach((t, n) => index.add(n, t, 0, fieldTiers));
  const ranked = (terms: string[]) =>
    rankedCandidates((key) => index.get(key), terms, texts.length, new CandidateScratch()).map((b) => ({
      bound: b.bound,
      docs: [...b.docs].sort(),
    }));

  it('groups the documents holding every key by the most the query can score in them, highest first', () => {
    expect(ranked(['相談'])).toEqual([
      { bound: 6 * EXACT_BONUS, docs: [0] },
      { bound: 6 * PREFIX_BONUS, docs: [1] },
      { bound: 2 * EXACT_BONUS, docs: [2] },
      { bound: 2, docs: [3] },
    ]);
  });

  it('gives the bonus in the bound only to a field starting with the term itself, not just its first character', () => {
    const edges = new InvertedIndex();
    const fields = ['相手の相談ごと\u0000', '相談ごと\u0000', '相手の相談\u0000'];
    fields.forEach((t, n) => edges.add(n, t, 0, fieldTiers));
    const buckets = rankedCandidates((key) => edges.get(key), ['相談'], fields.length, new CandidateScratch());
    expect(buckets.map((b) => ({ bound: b.bound, docs: [...b.docs].sort() }))).toEqual([
      { bound: 6 * PREFIX_BONUS, docs: [1] },
      { bound: 6, docs: [0, 2] },
    ]);
  });

  it('bounds a longer term by the fields starting with its first four characters, not just its first two', () => {
    const edges = new InvertedIndex();
    const fields = ['原価ガ上ガリ、原価計算ヲ見直ス\u0000', '原価計算ヲ見直ス\u0000'];
    fields.forEach((t, n) => edges.add(n, t, 0, fieldTiers));
    const buckets = rankedCandidates((key) => edges.get(key), ['原価計算'], fields.length, new CandidateScratch());
    expect(buckets.map((b) => ({ bound: b.bound, docs: [...b.docs] }))).toEqual([
      { bound: 6 * PREFIX_BONUS, docs: [1] },
      { bound: 6, docs: [0] },
    ]);
  });

  it('gives the exact bonus in the bound only to a field that is the term, not to one field ending and another starting with it', () => {
    // Weights 4 and 3: a consultation's tags and 相談内容 (tags end with the word, the request starts with it).
    const edges = new InvertedIndex();
    const fields = ['税務 相談\u0000相談ごと', '相談\u0000'];
    fields.forEach((t, n) => edges.add(n, t, 0, [tierOf(4), tierOf(3)]));
    const buckets = rankedCandidates((key) => edges.get(key), ['相談'], fields.length, new CandidateScratch());
    expect(buckets.map((b) => ({ bound: b.bound, docs: [...b.docs] }))).toEqual([
      { bound: 4 * EXACT_BONUS, docs: [1] },
      { bound: 3 * PREFIX_BONUS, docs: [0] },
    ]);
  });

  it('sums the bounds of several terms and finds nothing when a key is unknown', () => {
    expect(ranked(['相談', 'の関'])).toEqual([]);
    // Few candidates are left after the shortest list (の件), so 相談's list is not read: its
    // term is bounded by the heaviest tier, still a bound, and verification decides.
    expect(ranked(['相談', 'の件'])).toEqual([
      { bound: TIER_WEIGHTS[0]! + 6, docs: [1] },
      { bound: TIER_WEIGHTS[0]! + 2, docs: [3] },
    ]);
  });
});
