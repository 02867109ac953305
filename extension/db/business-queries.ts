import { normalizeForSearch } from '../../shared/text';
import { sameCorporateNumber } from '../karte/duplicate-number';
import type { KarteDb, LocalBusiness } from './schema';

/**
 * How well a business matches a normalised query: lower is better, null is no match.
 * The exact name comes first, so it is never pushed off the list by longer names.
 */
function rank(b: LocalBusiness, q: string, digits: string | null): number | null {
  const name = normalizeForSearch(b.name);
  if (name === q) return 0;
  if (digits && b.corporateNumber?.startsWith(digits)) return 1;
  const kana = normalizeForSearch(b.nameKana);
  if (name.startsWith(q) || kana.startsWith(q)) return 2;
  if (name.includes(q) || kana.includes(q)) return 3;
  return null;
}

/**
 * Incremental search by name, kana (hiragana or katakana, full or half width) or the
 * leading digits of the 法人番号. An empty query lists the most recently changed.
 * A scan is fine at the size of one advisor's caseload (thousands, not millions).
 */
export async function searchBusinesses(db: KarteDb, query: string, limit = 20): Promise<LocalBusiness[]> {
  const q = normalizeForSearch(query);
  if (q === '') {
    return db.businesses
      .orderBy('updatedAt')
      .reverse()
      .filter((b) => !b.deleted)
      .limit(limit)
      .toArray();
  }
  const digits = /^\d+$/.test(q) ? q : null;
  const hits: { b: LocalBusiness; r: number }[] = [];
  await db.businesses.each((b) => {
    if (b.deleted) return;
    const r = rank(b, q, digits);
    if (r !== null) hits.push({ b, r });
  });
  hits.sort((x, y) => x.r - y.r || x.b.name.localeCompare(y.b.name, 'ja'));
  return hits.slice(0, limit).map((h) => h.b);
}

/** How many hops of merges are followed to the business that stands for a merged-away one. */
const HOPS = 8;

/**
 * The business that stands for `id` now: itself, or the one it was merged into (following a
 * chain of merges); null when there is none. `get` reads one business (the store, or the
 * repository inside a write's transaction).
 */
export async function survivingBusiness(get: (id: string) => Promise<LocalBusiness | null>, id: string): Promise<LocalBusiness | null> {
  let business = await get(id);
  for (let hop = 0; business?.mergedInto && hop < HOPS; hop++) business = await get(business.mergedInto);
  return business;
}

/** A business as stored (deleted ones too: a consultation may still point at one), or null. */
export async function getBusiness(db: KarteDb, id: string): Promise<LocalBusiness | null> {
  return (await db.businesses.get(id)) ?? null;
}

/** Other live businesses with this 法人番号 (the karte warns of a likely duplicate). */
export async function businessesWithCorporateNumber(db: KarteDb, number: string | null, selfId: string): Promise<LocalBusiness[]> {
  if (!number) return [];
  return sameCorporateNumber(await db.businesses.where('corporateNumber').equals(number).toArray(), number, selfId);
}
