import type { KarteStatus } from '../../shared/enums';
import { DocRelations, type DocLinks } from './doc-links';
import { FIELDS_OF, TITLE_FIELD_COUNT, type SearchFacets, type SearchKind } from './documents';
import { unpackOriginal, type PackedOriginal } from './original-text';
import { emptyColumns, factsOf, latestByBusiness, setSlot, type SlotColumns } from './slot-columns';
import { NORM_CHUNK_SLOTS, type KeptRuns, type NormChunks } from './norm-chunks';

/** Separates the fields of a document inside its one normalised string. */
export const FIELD_SEPARATOR = '\u0000';

/**
 * One indexed document. Its fields, in FIELDS_OF[kind] order, are normalised and joined by
 * FIELD_SEPARATOR into one string (one indexOf verifies a phrase); the original is packed.
 */
export interface StoredDoc {
  id: string;
  kind: SearchKind;
  norm: string;
  orig: PackedOriginal;
  facets: SearchFacets;
  /**
   * Where this document's separator positions start in DocStore.seps: field f begins after
   * separator f - 1, so ranking finds a match's field without scanning the text again.
   */
  sep: number;
}

/** The original texts of a stored document, field by field. */
export function originalFields(doc: StoredDoc): string[] {
  return unpackOriginal(doc.norm, doc.orig).split(FIELD_SEPARATOR);
}

export { corporateKey, externalKey, type DocLinks } from './doc-links';

/**
 * The documents of a loaded snapshot, made one by one when first needed: a snapshot of
 * 50,000 documents then answers its first query after decoding only what the query touches.
 */
export interface SlotLoader {
  count: number;
  /** The document in slot `n`; null for a dead slot. */
  make(n: number): StoredDoc | null;
  id(n: number): string | null;
  kind(n: number): SearchKind;
  /** What the relations need of slot `n`; may reuse one object between calls. */
  links(n: number): DocLinks;
  /** The consultation date of slot `n` (epoch ms) or null, without making the document. */
  at(n: number): number | null;
  /** The slot columns of every slot as loaded (slot-columns.ts). */
  columns(): SlotColumns;
  /** The snapshot's compressed texts, stored again for runs of slots left unchanged. */
  norms?: NormChunks;
}

/**
 * Documents by number. A number is never reused: a replaced document gets a new one, the old
 * slot becomes null (its postings are skipped until the index is compacted). A store loaded
 * from a snapshot makes its documents, its id table and its relations only when first used.
 */
export class DocStore {
  /** undefined: a loaded slot not made yet. */
  private readonly slots: (StoredDoc | null | undefined)[];
  /** Separator positions of every document, FIELDS_OF[kind].length - 1 each (see StoredDoc.sep). */
  seps: Uint32Array;
  sepsSize: number;
  private readonly byId = new Map<string, number>();
  private readonly relations = new DocRelations();
  private idsReady: boolean;
  private relationsReady: boolean;
  private lookupsReady: boolean;
  /** latestByBusiness of the columns; undefined once a document changes. */
  private latest: Float64Array | undefined;
  private liveCount = 0;
  dead = 0;
  /** Made on the first query (a loaded store reads them from the snapshot's columns), then kept up to date. */
  private cols: SlotColumns | undefined;
  /** Loaded slots emptied since loading (their run of texts changed). */
  private readonly removedSinceLoad = new Set<number>();

  /** `seps` and `loader` come from a serialised index being loaded. */
  constructor(
    seps?: Uint32Array,
    private readonly loader?: SlotLoader,
  ) {
    this.seps = seps ?? new Uint32Array(1024);
    this.sepsSize = seps?.length ?? 0;
    this.slots = loader ? new Array<undefined>(loader.count) : [];
    this.idsReady = this.relationsReady = this.lookupsReady = !loader;
    // A store built here keeps its columns from the first document; a loaded one reads the snapshot's.
    if (!loader) this.cols = emptyColumns(0);
    for (let n = 0; loader && n < loader.count; n++) {
      if (loader.id(n) === null) this.dead++;
      else this.liveCount++;
    }
  }

  /** The runs of texts (norm-chunks.ts) of the loaded snapshot that no change has touched; null for a store built here. */
  keptRuns(): KeptRuns | null {
    const { loader } = this;
    if (!loader?.norms) return null;
    const size = this.slots.length;
    return {
      from: loader.norms,
      unchanged: (run) => {
        const first = run * NORM_CHUNK_SLOTS;
        const end = Math.min(first + NORM_CHUNK_SLOTS, loader.count);
        if (end <= first || end !== Math.min(first + NORM_CHUNK_SLOTS, size)) return false;
        for (let n = first; n < end; n++) if (this.removedSinceLoad.has(n)) return false;
        return true;
      },
    };
  }

  /** Every slot, all made (serialising, compacting, scanning every document). */
  get docs(): readonly (StoredDoc | null)[] {
    for (let n = 0; n < this.slots.length; n++) this.get(n);
    return this.slots as (StoredDoc | null)[];
  }

  get(n: number): StoredDoc | null {
    let doc = this.slots[n];
    if (doc === undefined && this.loader && n < this.loader.count) doc = this.slots[n] = this.loader.make(n);
    return doc ?? null;
  }

  /**
   * Makes slots `from` to `to` (and their facets) now rather than when a query first meets them;
   * past the last slot, the id table and relations too. Returns where to go on, or null when done.
   * For an index that serves many pages for long: its first queries then cost what later ones do.
   */
  prepare(from: number, to: number): number | null {
    const end = Math.min(to, this.slots.length);
    for (let n = from; n < end; n++) void this.get(n)?.facets;
    if (end < this.slots.length) return end;
    if (this.loader) {
      this.ids();
      this.related(true);
    }
    return null;
  }

  private ids(): Map<string, number> {
    if (!this.idsReady) {
      this.idsReady = true;
      for (let n = 0; n < this.loader!.count; n++) {
        const id = this.loader!.id(n);
        if (id !== null && this.slots[n] !== null) this.byId.set(id, n);
      }
    }
    return this.byId;
  }

  /** The relations, built from the loaded slots on first use; lookups (法人番号, external IDs) too with `lookups`. */
  private related(lookups = false): DocRelations {
    const links = !this.relationsReady;
    const keys = lookups && !this.lookupsReady;
    if (links || keys) {
      this.relationsReady = true;
      this.lookupsReady ||= keys;
      for (let n = 0; n < this.loader!.count; n++) {
        const doc = this.slots[n];
        const id = this.loader!.id(n);
        if (doc === null || id === null) continue;
        const kind = doc ? doc.kind : this.loader!.kind(n);
        this.relations.attach(n, kind, id, doc ? doc.facets : this.loader!.links(n), { links, keys });
      }
    }
    return this.relations;
  }

  /**
   * The date of a business's latest consultation (-Infinity: none). One pass over the columns
   * answers for every business (ranking asks it of every business a query finds), until a
   * document changes.
   */
  latestConsultationAt(businessId: string): number {
    const cols = this.columns();
    const code = cols.codes.get(businessId);
    if (code === undefined) return -Infinity;
    this.latest ??= latestByBusiness(cols);
    return this.latest[code] ?? -Infinity;
  }

  /** The slot columns (slot-columns.ts), made on first use. */
  columns(): SlotColumns {
    if (!this.cols) {
      // A loaded store starts from the snapshot's columns; a slot made since may have changed.
      const cols = this.loader ? this.loader.columns() : emptyColumns(this.slots.length);
      for (let n = 0; n < this.slots.length; n++) if (this.slots[n] !== undefined) setSlot(cols, n, factsOf(this.slots[n]!));
      this.cols = cols;
    }
    return this.cols;
  }

  /** Records the separator positions of `norm`; returns the document's `sep`. */
  addSeparators(norm: string): number {
    const base = this.sepsSize;
    for (let i = norm.indexOf(FIELD_SEPARATOR); i >= 0; i = norm.indexOf(FIELD_SEPARATOR, i + 1)) {
      if (this.sepsSize === this.seps.length) {
        const grown = new Uint32Array(Math.max(1024, this.seps.length * 2));
        grown.set(this.seps);
        this.seps = grown;
      }
      this.seps[this.sepsSize++] = i;
    }
    return base;
  }

  /** Where the title fields of a document end in its normalised text (see TITLE_FIELD_COUNT). */
  titleEnd(doc: StoredDoc): number {
    const titles = TITLE_FIELD_COUNT[doc.kind];
    if (titles === 0) return 0;
    return titles < FIELDS_OF[doc.kind].length ? this.seps[doc.sep + titles - 1]! : doc.norm.length;
  }

  numberOf(id: string): number | undefined {
    return this.ids().get(id);
  }

  get live(): number {
    return this.liveCount;
  }

  get size(): number {
    return this.slots.length;
  }

  /** Adds a document under the next number (null: a dead slot). */
  add(doc: StoredDoc | null): number {
    const ids = this.ids();
    const relations = this.related(true);
    const n = this.slots.length;
    this.slots.push(doc);
    if (this.cols) setSlot(this.cols, n, factsOf(doc));
    this.latest = undefined;
    if (doc === null) this.dead++;
    else {
      ids.set(doc.id, n);
      relations.attach(n, doc.kind, doc.id, doc.facets);
      this.liveCount++;
    }
    return n;
  }

  remove(id: string): boolean {
    const n = this.ids().get(id);
    if (n === undefined) return false;
    const doc = this.get(n)!;
    this.related(true).detach(n, doc.kind, doc.id, doc.facets);
    this.slots[n] = null;
    if (this.loader && n < this.loader.count) this.removedSinceLoad.add(n);
    if (this.cols) setSlot(this.cols, n, null);
    this.latest = undefined;
    this.byId.delete(id);
    this.dead++;
    this.liveCount--;
    return true;
  }

  /** Changes what filters read without touching the text (and so the postings). */
  setFacets(n: number, facets: SearchFacets): void {
    const doc = this.get(n)!;
    const relations = this.related(true);
    relations.detach(n, doc.kind, doc.id, doc.facets);
    doc.facets = facets;
    if (this.cols) setSlot(this.cols, n, factsOf(doc));
    this.latest = undefined;
    relations.attach(n, doc.kind, doc.id, facets);
  }

  statusOf = (businessId: string): KarteStatus | undefined => this.related().statusOf(businessId);

  /** Numbers of a business's consultations. */
  consultationsOfBusiness(businessId: string): ReadonlySet<number> {
    return this.related().consultationsOfBusiness(businessId);
  }

  /** Business ids recorded under an exact-lookup key. */
  lookup(key: string): string[] {
    return this.related(true).lookup(key);
  }
}
