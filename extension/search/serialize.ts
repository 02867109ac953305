import { FIELDS_OF, SEARCH_KINDS } from './documents';
import { DocStore, type DocLinks } from './doc-store';
import { businessIdAt, facetReader, statusAt, toColumns, type FacetColumns } from './facet-columns';
import { SearchIndexFormatError } from './format-error';
import { InvertedIndex } from './inverted-index';
import { LoadedDoc, textOf, type LoadedSource, type TextBlock } from './loaded-doc';
import { normChunksFit, normReader, packNorms, type NormChunks } from './norm-chunks';
import { snapshotColumns } from './slot-columns';
import { TIER_WEIGHTS } from './tiers';

export const SEARCH_INDEX_FORMAT = 'banso-search-index';
/**
 * Bump on any change of the layout below, of the documents or of normalisation: older copies are
 * rebuilt. 3: next actions indexed (kind 'action', facet column `consultation`). 4: postings in tiers
 * (a list per key and tier, `tiers`). 5: normalised texts compressed (norm-chunks.ts). 6: each
 * field's first pair and a short field whole posted (startPairKey, wholeKey). 7: its first four
 * characters posted (prefixKey).
 */
export const SEARCH_INDEX_VERSION = 7;
const DEAD = 255;

/**
 * The index as IndexedDB stores it: a handful of large strings and typed arrays (which load
 * far faster than one object per document), postings as one byte array (loading makes views,
 * no decoding), normalised texts included (compressed in runs of slots: norm-chunks.ts) so
 * loading needs no NFKC pass.
 */
export interface SerializedSearchIndex extends NormChunks {
  format: typeof SEARCH_INDEX_FORMAT;
  version: number;
  /** Per slot: id ('' for a dead slot), joined by '\n' (ids are UUIDs or tag slugs). */
  ids: string;
  /** Per slot: index in SEARCH_KINDS, 255 for a dead slot. */
  kinds: Uint8Array;
  /** Field separator positions (DocStore.seps) and where each slot's start (-1: dead). */
  seps: Uint32Array;
  sepBase: Int32Array;
  /** Per slot: 0 original = normalised, 1 packed bits, 2 verbatim. */
  origKinds: Uint8Array;
  origBits: Uint8Array;
  origBitEnds: Uint32Array;
  origTexts: TextBlock;
  origTextEnds: Uint32Array;
  facets: FacetColumns;
  /** Per list: its key and its tier (tiers.ts); a key has a list per tier it reached. */
  keys: Float64Array;
  tiers: Uint8Array;
  counts: Uint32Array;
  lasts: Uint32Array;
  /** End offset in `bytes` of each key's postings; each starts where the previous ends. */
  ends: Uint32Array;
  bytes: Uint8Array;
}

/** Concatenates parts, recording where each ends. */
function joined<T extends string | Uint8Array>(parts: T[], total: (p: T) => number): Uint32Array {
  const ends = new Uint32Array(parts.length);
  let at = 0;
  parts.forEach((p, i) => (ends[i] = at += total(p)));
  return ends;
}

export async function serializeParts(store: DocStore, inverted: InvertedIndex): Promise<SerializedSearchIndex> {
  // A copy, read before the first await: the caller may change the index once this yields.
  const docs = [...store.docs];
  const bits = docs.map((d) => (d?.orig instanceof Uint8Array ? d.orig : null)).filter((b) => b !== null);
  const texts = docs.map((d) => (typeof d?.orig === 'string' ? d.orig : null)).filter((t) => t !== null);
  const origBits = new Uint8Array(bits.reduce((s, b) => s + b.length, 0));
  const origBitEnds = joined(bits, (b) => b.length);
  bits.forEach((b, i) => origBits.set(b, i === 0 ? 0 : origBitEnds[i - 1]!));
  const kept = store.keptRuns();
  const lists = [...inverted.entries()];
  const ends = joined(
    lists.map(([, , p]) => p.bytes.subarray(0, p.size)),
    (b) => b.length,
  );
  const bytes = new Uint8Array(ends.length > 0 ? ends[ends.length - 1]! : 0);
  lists.forEach(([, , p], i) => bytes.set(p.bytes.subarray(0, p.size), i === 0 ? 0 : ends[i - 1]!));
  return {
    format: SEARCH_INDEX_FORMAT,
    version: SEARCH_INDEX_VERSION,
    ids: docs.map((d) => d?.id ?? '').join('\n'),
    kinds: Uint8Array.from(docs, (d) => (d ? SEARCH_KINDS.indexOf(d.kind) : DEAD)),
    ...(await packNorms(docs.length, (n) => docs[n]?.norm ?? '', kept)),
    seps: store.seps.slice(0, store.sepsSize),
    sepBase: Int32Array.from(docs, (d) => d?.sep ?? -1),
    origKinds: Uint8Array.from(docs, (d) => (d?.orig instanceof Uint8Array ? 1 : typeof d?.orig === 'string' ? 2 : 0)),
    origBits,
    origBitEnds,
    origTexts: texts.join(''),
    origTextEnds: joined(texts, (t) => t.length),
    facets: toColumns(docs.map((d) => d?.facets ?? null)),
    keys: Float64Array.from(lists, ([k]) => k),
    tiers: Uint8Array.from(lists, ([, t]) => t),
    counts: Uint32Array.from(lists, ([, , p]) => p.count),
    lasts: Uint32Array.from(lists, ([, , p]) => p.last),
    ends,
    bytes,
  };
}

function check(ok: boolean, detail: string): asserts ok {
  if (!ok) throw new SearchIndexFormatError(detail);
}

const isText = (t: unknown): t is TextBlock => typeof t === 'string' || t instanceof Uint16Array;

/**
 * The store and inverted index of a serialised index. Documents come back as shells whose
 * text and facets are decoded on first use (LoadedDoc); the lookups are rebuilt from the
 * facet columns directly.
 */
export function deserializeParts(data: SerializedSearchIndex): { store: DocStore; inverted: InvertedIndex } {
  check(data?.format === SEARCH_INDEX_FORMAT, '形式が違います');
  check(data.version === SEARCH_INDEX_VERSION, `版 ${String(data.version)} は読めません`);
  check(
    typeof data.ids === 'string' &&
      isText(data.origTexts) &&
      [data.kinds, data.origKinds, data.origBits, data.tiers, data.bytes, data.normChunks, data.normDictionary].every(
        (a) => a instanceof Uint8Array,
      ) &&
      data.sepBase instanceof Int32Array &&
      [data.seps, data.normEnds, data.normChunkEnds, data.origBitEnds, data.origTextEnds, data.counts, data.lasts, data.ends].every(
        (a) => a instanceof Uint32Array,
      ) &&
      data.keys instanceof Float64Array &&
      data.facets?.at instanceof Float64Array &&
      data.facets.consultation instanceof Int32Array &&
      data.facets.business instanceof Int32Array &&
      data.facets.tags instanceof Int32Array &&
      data.facets.tagEnds instanceof Uint32Array,
    '配列の型が違います',
  );
  const slots = data.kinds.length;
  const ids = data.ids.split('\n');
  check(
    ids.length === slots &&
      data.normEnds.length === slots &&
      data.origKinds.length === slots &&
      data.sepBase.length === slots &&
      data.facets.at.length === slots &&
      data.facets.consultation.length === slots &&
      data.facets.business.length === slots &&
      data.facets.tagEnds.length === slots &&
      (slots === 0 || data.facets.tagEnds[slots - 1]! <= data.facets.tags.length) &&
      normChunksFit(data),
    '文書の配列の長さが合いません',
  );
  check(
    data.counts.length === data.keys.length &&
      data.tiers.length === data.keys.length &&
      data.tiers.every((t) => t < TIER_WEIGHTS.length) &&
      data.ends.length === data.keys.length &&
      (data.keys.length === 0 || data.ends[data.keys.length - 1] === data.bytes.length),
    '索引の配列が壊れています',
  );
  // Where each slot's packed original starts: slots of each kind take the next one in turn.
  const origAt = new Int32Array(slots).fill(-1);
  for (let slot = 0, bit = 0, text = 0; slot < slots; slot++) {
    if (data.origKinds[slot] === 1) origAt[slot] = bit++;
    else if (data.origKinds[slot] === 2) origAt[slot] = text++;
  }
  const reader = facetReader(data.facets);
  const source: LoadedSource = {
    norm: normReader(data),
    facets: reader,
    orig: (slot) => {
      const i = origAt[slot]!;
      if (data.origKinds[slot] === 1) return data.origBits.subarray(i === 0 ? 0 : data.origBitEnds[i - 1], data.origBitEnds[i]);
      if (data.origKinds[slot] === 2) return textOf(data.origTexts, i === 0 ? 0 : data.origTextEnds[i - 1]!, data.origTextEnds[i]!);
      return null;
    },
  };
  // Checked up front (a damaged snapshot must fail now, not halfway through a query).
  for (let slot = 0; slot < slots; slot++) {
    const kind = data.kinds[slot]!;
    if (kind === DEAD) continue;
    const k = SEARCH_KINDS[kind];
    const sep = data.sepBase[slot]!;
    if (k === undefined || sep < 0 || sep + FIELDS_OF[k].length - 1 > data.seps.length)
      throw new SearchIndexFormatError(`文書 ${slot} が壊れています`);
  }
  const kindAt = (slot: number) => SEARCH_KINDS[data.kinds[slot]!]!;
  // One object for every slot's links: the relations read it at once and keep none of it.
  const scratch: DocLinks = { businessId: null, status: null, corporateNumber: null, externalIds: [] };
  const store = new DocStore(data.seps, {
    count: slots,
    norms: data,
    id: (slot) => (data.kinds[slot] === DEAD ? null : ids[slot]!),
    kind: kindAt,
    make: (slot) => (data.kinds[slot] === DEAD ? null : new LoadedDoc(ids[slot]!, kindAt(slot), data.sepBase[slot]!, slot, source)),
    links: (slot) => {
      const lookup = reader.lookups.get(slot);
      scratch.businessId = businessIdAt(reader, slot);
      scratch.status = statusAt(reader, slot);
      scratch.corporateNumber = lookup?.cn ?? null;
      scratch.externalIds = lookup?.ext ?? [];
      return scratch;
    },
    at: (slot) => (Number.isNaN(data.facets.at[slot]!) ? null : data.facets.at[slot]!),
    columns: () =>
      snapshotColumns(
        data.kinds,
        data.facets.at,
        data.facets.business,
        { ids: data.facets.tags, ends: data.facets.tagEnds },
        reader.strings,
      ),
  });
  const inverted = new InvertedIndex();
  for (let i = 0; i < data.keys.length; i++) {
    const start = i === 0 ? 0 : data.ends[i - 1]!;
    // A view, not a copy: appending a posting later copies it into a buffer of its own.
    inverted.set(data.keys[i]!, data.tiers[i]!, {
      bytes: data.bytes.subarray(start, data.ends[i]),
      size: data.ends[i]! - start,
      count: data.counts[i]!,
      last: data.lasts[i]!,
    });
  }
  return { store, inverted };
}
