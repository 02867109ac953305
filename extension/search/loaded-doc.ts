import type { SearchFacets, SearchKind } from './documents';
import type { StoredDoc } from './doc-store';
import { facetsAt, type FacetReader } from './facet-columns';
import type { PackedOriginal } from './original-text';

/** Code units of texts as a snapshot holds them: one string, or UTF-16 code units (a binary snapshot). */
export type TextBlock = string | Uint16Array;

const decoder = new TextDecoder('utf-16le');

/** The text from `start` to `end` of a block. */
export function textOf(block: TextBlock, start: number, end: number): string {
  if (typeof block === 'string') return block.slice(start, end);
  return start === end ? '' : decoder.decode(block.subarray(start, end));
}

/** What a loaded document reads its text and facets from, on first use. */
export interface LoadedSource {
  /** The code units of a slot's normalised text, and where it lies in them (norm-chunks.ts). */
  norm: (slot: number) => { block: Uint16Array; start: number; end: number };
  facets: FacetReader;
  /** The packed original of a slot (a view or a string slice: cheap). */
  orig: (slot: number) => PackedOriginal;
}

/**
 * A document of an index loaded from a snapshot. Loading makes only this shell (id, kind,
 * separator base); the normalised text and the facets are decoded the first time a query
 * looks at the document. A snapshot then loads in a fraction of the time, and most
 * documents of a session are never decoded at all.
 */
export class LoadedDoc implements StoredDoc {
  private text: string | undefined;
  private facetsValue: SearchFacets | undefined;
  private origValue: PackedOriginal | undefined;
  /** The query that first looked at the code units (doc-text.ts). */
  private metIn: number | undefined;

  constructor(
    readonly id: string,
    readonly kind: SearchKind,
    public sep: number,
    private readonly slot: number,
    private readonly source: LoadedSource,
  ) {}

  /**
   * The normalised text as code units, while it has not been decoded (a binary snapshot) and
   * only `query` has met it: that query verifies it on these, and decodes it only to show it.
   */
  units(query: number): { block: Uint16Array; start: number; end: number } | null {
    if (this.text !== undefined) return null;
    // Met by an earlier query too: worth decoding now (doc-text.ts).
    if (this.metIn !== undefined && this.metIn !== query) return null;
    this.metIn = query;
    return this.source.norm(this.slot);
  }

  get norm(): string {
    if (this.text === undefined) {
      const { block, start, end } = this.source.norm(this.slot);
      this.text = textOf(block, start, end);
    }
    return this.text;
  }

  get orig(): PackedOriginal {
    if (this.origValue === undefined) this.origValue = this.source.orig(this.slot);
    return this.origValue;
  }

  get facets(): SearchFacets {
    return (this.facetsValue ??= facetsAt(this.source.facets, this.slot));
  }

  set facets(value: SearchFacets) {
    this.facetsValue = value;
  }
}
