import type { KarteStatus } from '../../shared';
import { SEARCH_KINDS, type SearchKind } from './documents';
import type { StoredDoc } from './doc-store';
import type { SearchFilters } from './filters';

/**
 * What a query checks of thousands of candidates before reading any of them, one dense array
 * per attribute: reading each document object for it costs a cache miss, and a common word
 * meets most documents. Dead slots are NaN / 255 / -1.
 */
export interface SlotColumns {
  /** Ranking's tie-break date: a consultation's (-Infinity when it has none); NaN for a business (its latest consultation's). */
  dates: Float64Array;
  /** Index in SEARCH_KINDS. */
  kinds: Uint8Array;
  /** A number for the business a document belongs to (codes), -1 for none. */
  business: Int32Array;
  codes: Map<string, number>;
  /** Per slot, tagBit of each of its tags OR-ed: a tag filter passes only where all its bits are set. */
  tagMasks: Uint32Array;
  /** The code the next new business gets. */
  nextCode: number;
}

/** The little a column needs of a slot (a loaded one is read without making its document). */
export interface SlotFacts {
  kind: SearchKind;
  at: number | null;
  businessId: string | null;
  tagIds: readonly string[];
}

/** One of 32 bits for a tag id (a hash: tags sharing a bit only let more through to the real filter). */
export function tagBit(tagId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < tagId.length; i++) h = Math.imul(h ^ tagId.charCodeAt(i), 0x01000193);
  return 1 << (h >>> 27);
}

const maskOf = (tagIds: readonly string[]): number => tagIds.reduce((m, t) => m | tagBit(t), 0);

const DEAD_KIND = 255;

export function emptyColumns(size: number): SlotColumns {
  return {
    dates: new Float64Array(size),
    kinds: new Uint8Array(size),
    business: new Int32Array(size),
    codes: new Map(),
    tagMasks: new Uint32Array(size),
    nextCode: 0,
  };
}

/**
 * The columns of a snapshot's slots, from its facet columns in one pass (no document made):
 * `kinds` as serialised (index in SEARCH_KINDS, 255 dead), `at` NaN for none, `business` an
 * index into `strings` (-1 none), which serve as the codes.
 */
export function snapshotColumns(
  kinds: Uint8Array,
  at: Float64Array,
  business: Int32Array,
  tags: { ids: Int32Array; ends: Uint32Array },
  strings: readonly string[],
): SlotColumns {
  const dates = new Float64Array(kinds.length);
  const tagMasks = new Uint32Array(kinds.length);
  const bits = new Int32Array(strings.length);
  const businessKind = SEARCH_KINDS.indexOf('business');
  for (let n = 0; n < kinds.length; n++) {
    const kind = kinds[n]!;
    dates[n] = kind === DEAD_KIND || kind === businessKind ? NaN : Number.isNaN(at[n]!) ? -Infinity : at[n]!;
    let mask = 0;
    for (let k = n === 0 ? 0 : tags.ends[n - 1]!; k < tags.ends[n]!; k++) {
      const t = tags.ids[k]!;
      if (t >= 0) mask |= bits[t] ||= tagBit(strings[t]!);
    }
    tagMasks[n] = mask;
  }
  return {
    dates,
    kinds: kinds.slice(),
    business: business.slice(),
    codes: new Map(strings.map((s, i) => [s, i])),
    tagMasks,
    nextCode: strings.length,
  };
}

/** Makes room for slot `n`. */
export function ensureSlot(c: SlotColumns, n: number): void {
  if (n < c.kinds.length) return;
  const size = Math.max(1024, (n + 1) * 2);
  const dates = new Float64Array(size);
  dates.set(c.dates);
  const kinds = new Uint8Array(size);
  kinds.set(c.kinds);
  const business = new Int32Array(size);
  business.set(c.business);
  const tagMasks = new Uint32Array(size);
  tagMasks.set(c.tagMasks);
  Object.assign(c, { dates, kinds, business, tagMasks });
}

export function setSlot(c: SlotColumns, n: number, facts: SlotFacts | null): void {
  ensureSlot(c, n);
  if (!facts) {
    c.dates[n] = NaN;
    c.kinds[n] = DEAD_KIND;
    c.business[n] = -1;
    c.tagMasks[n] = 0;
    return;
  }
  c.tagMasks[n] = maskOf(facts.tagIds);
  c.dates[n] = facts.kind === 'business' ? NaN : (facts.at ?? -Infinity);
  c.kinds[n] = SEARCH_KINDS.indexOf(facts.kind);
  let code = facts.businessId === null ? -1 : c.codes.get(facts.businessId);
  if (code === undefined) c.codes.set(facts.businessId!, (code = c.nextCode++));
  c.business[n] = code;
}

export const factsOf = (doc: StoredDoc | null): SlotFacts | null =>
  doc && { kind: doc.kind, at: doc.facets.at, businessId: doc.facets.businessId, tagIds: doc.facets.tagIds };

/**
 * A test of slot numbers that rejects, from the columns alone, what `filters` would reject by
 * kind, business, karte status, tags or date (compileFilters still decides); null when none of
 * these is set. A status is looked up once per business here, not once per candidate.
 */
export function slotFilter(
  filters: SearchFilters,
  c: SlotColumns,
  range: { from: number; until: number } | null,
  statusOf: (businessId: string) => KarteStatus | undefined,
): ((n: number) => boolean) | null {
  const kinds = filters.kinds && filters.kinds.length > 0 ? filters.kinds.map((k) => SEARCH_KINDS.indexOf(k)) : null;
  const business = filters.businessId === undefined ? null : (c.codes.get(filters.businessId) ?? -2);
  const tags = filters.tagIds && filters.tagIds.length > 0 ? maskOf(filters.tagIds) : 0;
  const statuses = filters.statuses && filters.statuses.length > 0 ? statusPasses(c, new Set(filters.statuses), statusOf) : null;
  if (!kinds && business === null && !range && tags === 0 && !statuses) return null;
  return (n) =>
    (kinds === null || kinds.includes(c.kinds[n]!)) &&
    (business === null || c.business[n] === business) &&
    (tags & c.tagMasks[n]!) === tags &&
    (statuses === null || (c.business[n]! >= 0 && statuses[c.business[n]!] === 1)) &&
    (range === null || (c.dates[n]! >= range.from && c.dates[n]! < range.until));
}

/** Per business code, 1 when the business's karte is in one of `statuses`. */
function statusPasses(
  c: SlotColumns,
  statuses: ReadonlySet<KarteStatus>,
  statusOf: (businessId: string) => KarteStatus | undefined,
): Uint8Array {
  const passes = new Uint8Array(c.nextCode);
  for (const [businessId, code] of c.codes) {
    const status = statusOf(businessId);
    if (status !== undefined && statuses.has(status)) passes[code] = 1;
  }
  return passes;
}

/** The slots of `docs` that `ok` keeps, in their order, written to `out`. */
export function keptSlots(docs: Uint32Array | readonly number[], ok: (n: number) => boolean, out: Uint32Array): Uint32Array {
  let kept = 0;
  for (let i = 0; i < docs.length; i++) if (ok(docs[i]!)) out[kept++] = docs[i]!;
  return out.subarray(0, kept);
}

const CONSULTATION = SEARCH_KINDS.indexOf('consultation');

/** Per business code, the date of its latest consultation (-Infinity: none), in one pass. */
export function latestByBusiness(c: SlotColumns): Float64Array {
  const latest = new Float64Array(c.nextCode).fill(-Infinity);
  for (let n = 0; n < c.kinds.length; n++) {
    const code = c.business[n]!;
    if (c.kinds[n] === CONSULTATION && code >= 0 && c.dates[n]! > latest[code]!) latest[code] = c.dates[n]!;
  }
  return latest;
}

/** The slots (of the first `size`) belonging to business `businessId`: the business, its consultations and actions. */
export function slotsOfBusiness(c: SlotColumns, businessId: string, size: number): number[] {
  const code = c.codes.get(businessId);
  const found: number[] = [];
  if (code === undefined) return found;
  for (let n = 0; n < size; n++) if (c.business[n] === code && c.kinds[n] !== DEAD_KIND) found.push(n);
  return found;
}
