// The module, not the barrel: the search worker must not load every schema to start.
import { CHANNELS, KARTE_STATUSES, PROGRAMMES } from '../../shared/enums';
import type { SearchFacets } from './documents';

/**
 * Facets of every slot as columns of typed arrays: IndexedDB stores and loads a few large
 * arrays much faster than 50,000 small objects. Ids are indexes into one string table.
 */
export interface FacetColumns {
  /** Distinct ids (businesses, tags, advisors, authors) joined by '\n'. */
  strings: string;
  at: Float64Array;
  business: Int32Array;
  /** An action's consultation (-1: none). */
  consultation: Int32Array;
  author: Int32Array;
  status: Uint8Array;
  channel: Uint8Array;
  programme: Uint8Array;
  sensitive: Uint8Array;
  tags: Int32Array;
  tagEnds: Uint32Array;
  advisors: Int32Array;
  advisorEnds: Uint32Array;
  /** Business slots only: [slot, 法人番号, external IDs]. */
  lookups: [number, string | null, { system: string; value: string }[]][];
}

const NONE = 255;
const code = (list: readonly string[], v: string | null) => (v === null ? NONE : list.indexOf(v));
const decode = <T extends string>(list: readonly T[], c: number): T | null => (c === NONE ? null : (list[c] ?? null));

export function toColumns(slots: readonly (SearchFacets | null)[]): FacetColumns {
  const table = new Map<string, number>();
  const ref = (s: string | null) => {
    if (s === null) return -1;
    let i = table.get(s);
    if (i === undefined) table.set(s, (i = table.size));
    return i;
  };
  const n = slots.length;
  const c: FacetColumns = {
    strings: '',
    at: new Float64Array(n),
    business: new Int32Array(n),
    consultation: new Int32Array(n),
    author: new Int32Array(n),
    status: new Uint8Array(n),
    channel: new Uint8Array(n),
    programme: new Uint8Array(n),
    sensitive: new Uint8Array(n),
    tags: new Int32Array(0),
    tagEnds: new Uint32Array(n),
    advisors: new Int32Array(0),
    advisorEnds: new Uint32Array(n),
    lookups: [],
  };
  const tags: number[] = [];
  const advisors: number[] = [];
  slots.forEach((f, i) => {
    if (f) {
      c.at[i] = f.at ?? NaN;
      c.business[i] = ref(f.businessId);
      c.consultation[i] = ref(f.consultationId);
      c.author[i] = ref(f.authorId);
      c.status[i] = code(KARTE_STATUSES, f.status);
      c.channel[i] = code(CHANNELS, f.channel);
      c.programme[i] = code(PROGRAMMES, f.programme);
      c.sensitive[i] = f.sensitive ? 1 : 0;
      for (const t of f.tagIds) tags.push(ref(t));
      for (const a of f.advisorIds) advisors.push(ref(a));
      if (f.corporateNumber !== null || f.externalIds.length > 0) c.lookups.push([i, f.corporateNumber, [...f.externalIds]]);
    }
    c.tagEnds[i] = tags.length;
    c.advisorEnds[i] = advisors.length;
  });
  c.tags = Int32Array.from(tags);
  c.advisors = Int32Array.from(advisors);
  c.strings = [...table.keys()].join('\n');
  return c;
}

const NO_IDS: readonly string[] = Object.freeze([]);
const NO_EXTERNAL_IDS: SearchFacets['externalIds'] = Object.freeze([]);

/** Ids from positions [from, to) of a column; empty lists share one frozen array. */
function idList(column: Int32Array, from: number, to: number, strings: readonly string[]): readonly string[] {
  if (from === to) return NO_IDS;
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(strings[column[k]!] ?? '');
  return out;
}

/** The columns with their string table split and lookups by slot: facets of any slot in O(1). */
export interface FacetReader {
  columns: FacetColumns;
  strings: readonly string[];
  lookups: ReadonlyMap<number, { cn: string | null; ext: SearchFacets['externalIds'] }>;
}

export function facetReader(c: FacetColumns): FacetReader {
  return {
    columns: c,
    strings: c.strings === '' ? [] : c.strings.split('\n'),
    lookups: new Map(c.lookups.map(([slot, cn, ext]) => [slot, { cn, ext }])),
  };
}

const str = (r: FacetReader, i: number) => (i < 0 ? null : (r.strings[i] ?? null));

/** The business id of a slot (a business's own id), without decoding the rest. */
export const businessIdAt = (r: FacetReader, slot: number): string | null => str(r, r.columns.business[slot]!);
export const statusAt = (r: FacetReader, slot: number) => decode(KARTE_STATUSES, r.columns.status[slot]!);

/**
 * The facets of one slot, read from the columns as they are asked for: a query's filter
 * looks at one or two of them for thousands of candidates, so nothing else is built.
 */
class ColumnFacets implements SearchFacets {
  private tagList: readonly string[] | undefined;
  private advisorList: readonly string[] | undefined;

  constructor(
    private readonly r: FacetReader,
    private readonly slot: number,
  ) {}

  get businessId() {
    return str(this.r, this.r.columns.business[this.slot]!);
  }
  get consultationId() {
    return str(this.r, this.r.columns.consultation[this.slot]!);
  }
  get at() {
    const at = this.r.columns.at[this.slot]!;
    return Number.isNaN(at) ? null : at;
  }
  get status() {
    return decode(KARTE_STATUSES, this.r.columns.status[this.slot]!);
  }
  get channel() {
    return decode(CHANNELS, this.r.columns.channel[this.slot]!);
  }
  get programme() {
    return decode(PROGRAMMES, this.r.columns.programme[this.slot]!);
  }
  get sensitive() {
    return this.r.columns.sensitive[this.slot] === 1;
  }
  get authorId() {
    return str(this.r, this.r.columns.author[this.slot]!);
  }
  get corporateNumber() {
    return this.r.lookups.get(this.slot)?.cn ?? null;
  }
  get externalIds() {
    return this.r.lookups.get(this.slot)?.ext ?? NO_EXTERNAL_IDS;
  }
  get tagIds() {
    const c = this.r.columns;
    return (this.tagList ??= idList(c.tags, this.slot === 0 ? 0 : c.tagEnds[this.slot - 1]!, c.tagEnds[this.slot]!, this.r.strings));
  }
  get advisorIds() {
    const c = this.r.columns;
    return (this.advisorList ??= idList(
      c.advisors,
      this.slot === 0 ? 0 : c.advisorEnds[this.slot - 1]!,
      c.advisorEnds[this.slot]!,
      this.r.strings,
    ));
  }
}

/** The facets of one slot. */
export function facetsAt(r: FacetReader, slot: number): SearchFacets {
  return new ColumnFacets(r, slot);
}
