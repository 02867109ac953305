import { SEARCH_KINDS, WEIGHTS_OF, type SearchKind } from './documents';
import { EXACT_BONUS, PREFIX_BONUS } from './rank';

/**
 * Postings are kept in tiers by the weight of the first (heaviest) field holding the n-gram:
 * a query then knows, before reading a document, the most a term can score in it, and ranks
 * the candidates by that bound to stop once no later one can enter the top results.
 * TIER_WEIGHTS[t] is the weight of tier t, heaviest first (every distinct field weight).
 */
export const TIER_WEIGHTS: readonly number[] = [...new Set(SEARCH_KINDS.flatMap((k) => WEIGHTS_OF[k]))].sort((a, b) => b - a);

function tiersOf(kind: SearchKind): number[] {
  return WEIGHTS_OF[kind].map((w) => TIER_WEIGHTS.indexOf(w));
}

/** The tier of each field of each kind, in FIELDS_OF order. */
export const TIERS_OF: Record<SearchKind, readonly number[]> = {
  business: tiersOf('business'),
  consultation: tiersOf('consultation'),
  tag: tiersOf('tag'),
  action: tiersOf('action'),
};

/** No field of the document starts with (or is) the term (edge tiers, ranked-candidates.ts). */
export const NO_TIER = TIER_WEIGHTS.length;

const weightOf = (tier: number): number => TIER_WEIGHTS[tier] ?? 0;

/**
 * The most a term can score in a document where its n-grams lie no higher than tier `tier`,
 * the heaviest field that may start with it (same first character, pair or four) is in tier `start`
 * and the heaviest that may be it (tokenizer.ts wholeKey) in tier `whole`. Every field holding
 * the term holds all its n-grams, so none weighs more than tier `tier`; the prefix bonus (rank.ts)
 * goes only to a field the term starts, the exact bonus only to one that is the term.
 */
export function termBound(tier: number, start: number, whole: number): number {
  const w = weightOf(tier);
  const prefixed = Math.min(w, weightOf(start));
  return Math.max(w, prefixed * PREFIX_BONUS, Math.min(prefixed, weightOf(whole)) * EXACT_BONUS);
}
