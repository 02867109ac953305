import type { KarteStatus } from '../../shared';
import { FIELDS_OF, TITLE_FIELD_COUNT, type SearchFacets, type SearchKind } from './documents';
import { normalizeText } from './normalize';
import { unpackOriginal, type PackedOriginal } from './original-text';

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

/** Key of an exact lookup: 法人番号, or an external ID of a system. */
export const corporateKey = (n: string) => `cn\u0000${normalizeText(n)}`;
export const externalKey = (system: string, value: string) => `ex\u0000${normalizeText(system)}\u0000${normalizeText(value)}`;

/**
 * Documents by number. A number is never reused: a replaced document gets a new one, the old
 * slot becomes null (its postings are skipped until the index is compacted).
 */
export class DocStore {
  readonly docs: (StoredDoc | null)[] = [];
  /** Separator positions of every document, FIELDS_OF[kind].length - 1 each (see StoredDoc.sep). */
  seps: Uint32Array;
  sepsSize: number;
  private readonly byId = new Map<string, number>();
  private readonly statusOfBusiness = new Map<string, KarteStatus>();
  private readonly consultationsOf = new Map<string, Set<number>>();
  private readonly lookups = new Map<string, Set<string>>();
  dead = 0;

  /** `seps` is adopted when loading a serialised index. */
  constructor(seps?: Uint32Array) {
    this.seps = seps ?? new Uint32Array(1024);
    this.sepsSize = seps?.length ?? 0;
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
    return titles < FIELDS_OF[doc.kind].length ? this.seps[doc.sep + titles - 1]! : doc.norm.length;
  }

  numberOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  get(n: number): StoredDoc | null {
    return this.docs[n] ?? null;
  }

  get live(): number {
    return this.byId.size;
  }

  /**
   * Adds a document under the next number (also how a serialised index is restored; null
   * stays dead). `links` is what the lookups need of it, given when loading so that the
   * document's facets are not decoded for it.
   */
  add(doc: StoredDoc | null, links: DocLinks | null = doc && linksOf(doc.facets)): number {
    const n = this.docs.length;
    this.docs.push(doc);
    if (doc === null) this.dead++;
    else {
      this.byId.set(doc.id, n);
      this.attach(n, doc.kind, doc.id, links!);
    }
    return n;
  }

  remove(id: string): boolean {
    const n = this.byId.get(id);
    if (n === undefined) return false;
    this.detach(n, this.docs[n]!);
    this.docs[n] = null;
    this.byId.delete(id);
    this.dead++;
    return true;
  }

  /** Changes what filters read without touching the text (and so the postings). */
  setFacets(n: number, facets: SearchFacets): void {
    const doc = this.docs[n]!;
    this.detach(n, doc);
    doc.facets = facets;
    this.attach(n, doc.kind, doc.id, linksOf(facets));
  }

  statusOf = (businessId: string): KarteStatus | undefined => this.statusOfBusiness.get(businessId);

  /** Numbers of a business's consultations. */
  consultationsOfBusiness(businessId: string): ReadonlySet<number> {
    return this.consultationsOf.get(businessId) ?? new Set();
  }

  /** Business ids recorded under an exact-lookup key. */
  lookup(key: string): string[] {
    return [...(this.lookups.get(key) ?? [])];
  }

  private attach(n: number, kind: SearchKind, id: string, links: DocLinks): void {
    if (kind === 'business') {
      if (links.status) this.statusOfBusiness.set(id, links.status);
      for (const key of lookupKeys(links)) {
        let ids = this.lookups.get(key);
        if (!ids) this.lookups.set(key, (ids = new Set()));
        ids.add(id);
      }
    } else if (kind === 'consultation' && links.businessId) {
      let set = this.consultationsOf.get(links.businessId);
      if (!set) this.consultationsOf.set(links.businessId, (set = new Set()));
      set.add(n);
    }
  }

  private detach(n: number, doc: StoredDoc): void {
    const f = doc.facets;
    if (doc.kind === 'business') {
      this.statusOfBusiness.delete(doc.id);
      for (const key of lookupKeys(f)) this.lookups.get(key)?.delete(doc.id);
    } else if (doc.kind === 'consultation' && f.businessId) {
      this.consultationsOf.get(f.businessId)?.delete(n);
    }
  }
}

/** What the store's own lookups need of a document's facets. */
export type DocLinks = Pick<SearchFacets, 'businessId' | 'status' | 'corporateNumber' | 'externalIds'>;

const linksOf = (f: SearchFacets): DocLinks => f;

function lookupKeys(f: DocLinks): string[] {
  const keys = f.externalIds.map((e) => externalKey(e.system, e.value));
  if (f.corporateNumber) keys.push(corporateKey(f.corporateNumber));
  return keys;
}
