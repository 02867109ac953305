import type { FacetColumns } from './facet-columns';
import type { TextBlock } from './loaded-doc';
import { SearchIndexFormatError } from './format-error';
import { SEARCH_INDEX_VERSION, type SerializedSearchIndex } from './serialize';

/**
 * A serialised index as one binary Blob: a small JSON header, then every array as raw bytes
 * (8-byte aligned), texts as UTF-16 code units. IndexedDB hands a stored Blob back at once
 * and its bytes are read in one go; the same index as a structured-clone object takes several
 * times longer to read, most of it spent rebuilding the large strings. Loading makes typed
 * views on the bytes (no copy) and leaves the texts as code units, decoded per document.
 */
const MAGIC = 0x31495342; // 'BSI1'

type Typed = Uint8Array | Int32Array | Uint32Array | Float64Array | Uint16Array;
const TYPES = { u8: Uint8Array, i32: Int32Array, u32: Uint32Array, f64: Float64Array, u16: Uint16Array } as const;
type TypeName = keyof typeof TYPES;

const ARRAYS = [
  'kinds',
  'normEnds',
  'normDictionary',
  'normChunks',
  'normChunkEnds',
  'seps',
  'sepBase',
  'origKinds',
  'origBits',
  'origBitEnds',
  'origTextEnds',
  'keys',
  'tiers',
  'counts',
  'lasts',
  'ends',
  'bytes',
] as const;
const FACET_ARRAYS = [
  'at',
  'business',
  'consultation',
  'author',
  'status',
  'channel',
  'programme',
  'sensitive',
  'tags',
  'tagEnds',
  'advisors',
  'advisorEnds',
] as const;
const TEXTS = ['ids', 'origTexts'] as const;

interface Header {
  format: SerializedSearchIndex['format'];
  version: number;
  facetStrings: string;
  lookups: FacetColumns['lookups'];
  /** name → [type, byte offset from the start of the sections, element count]. */
  sections: Record<string, [TypeName, number, number]>;
}

const align = (n: number) => n + ((8 - (n % 8)) % 8);

const typeOf = (a: Typed): TypeName =>
  a instanceof Uint8Array
    ? 'u8'
    : a instanceof Int32Array
      ? 'i32'
      : a instanceof Uint32Array
        ? 'u32'
        : a instanceof Float64Array
          ? 'f64'
          : 'u16';

function codeUnits(text: TextBlock): Uint16Array {
  if (typeof text !== 'string') return text;
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** The bytes of a serialised index (one buffer, so every Blob implementation takes it alike). */
export function packIndexBytes(data: SerializedSearchIndex): ArrayBuffer {
  const named: [string, Typed][] = [
    ...ARRAYS.map((k) => [k, data[k]] as [string, Typed]),
    ...FACET_ARRAYS.map((k) => [`facets.${k}`, data.facets[k]] as [string, Typed]),
    ...TEXTS.map((k) => [k, codeUnits(data[k])] as [string, Typed]),
  ];
  const sections: Header['sections'] = {};
  let size = 0;
  for (const [name, array] of named) {
    sections[name] = [typeOf(array), size, array.length];
    size += align(array.byteLength);
  }
  const header: Header = {
    format: data.format,
    version: data.version,
    facetStrings: data.facets.strings,
    lookups: data.facets.lookups,
    sections,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const base = align(8 + json.length);
  const out = new Uint8Array(base + size);
  new Uint32Array(out.buffer, 0, 2).set([MAGIC, json.length]);
  out.set(json, 8);
  for (const [name, array] of named) out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), base + sections[name]![1]);
  return out.buffer;
}

/** The index as a Blob, as IndexedDB keeps it. */
export function packIndex(data: SerializedSearchIndex): Blob {
  return new Blob([packIndexBytes(data)]);
}

/** The index from packIndex's bytes; throws SearchIndexFormatError when they are not one. */
export function unpackIndex(buffer: ArrayBuffer): SerializedSearchIndex {
  if (buffer.byteLength < 8 || new Uint32Array(buffer, 0, 2)[0] !== MAGIC) throw new SearchIndexFormatError('形式が違います');
  const jsonLength = new Uint32Array(buffer, 0, 2)[1]!;
  const base = align(8 + jsonLength);
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, jsonLength))) as Header;
  } catch {
    throw new SearchIndexFormatError('見出しが壊れています');
  }
  // Another version lays out other sections: say so, rather than that one of them is damaged.
  if (header.version !== SEARCH_INDEX_VERSION) throw new SearchIndexFormatError(`版 ${String(header.version)} は読めません`);
  const view = (name: string): Typed => {
    const s = header.sections?.[name];
    const Type = s && TYPES[s[0]];
    if (!Type || base + s[1] + s[2] * Type.BYTES_PER_ELEMENT > buffer.byteLength)
      throw new SearchIndexFormatError(`${name} が壊れています`);
    return new Type(buffer, base + s[1], s[2]);
  };
  const arrays = Object.fromEntries(ARRAYS.map((k) => [k, view(k)]));
  const facets = Object.fromEntries(FACET_ARRAYS.map((k) => [k, view(`facets.${k}`)]));
  const ids = view('ids');
  return {
    ...arrays,
    format: header.format,
    version: header.version,
    ids: ids.length === 0 ? '' : new TextDecoder('utf-16le').decode(ids),
    origTexts: view('origTexts') as Uint16Array,
    facets: { ...facets, strings: header.facetStrings, lookups: header.lookups } as FacetColumns,
  } as SerializedSearchIndex;
}
