import { beginQuery } from './doc-text';
import { FIELDS_OF, type SearchDoc, type SearchKind } from './documents';
import { corporateKey, DocStore, externalKey, FIELD_SEPARATOR, originalFields, type StoredDoc } from './doc-store';
import { compileFilters, dateRange, type SearchFilters } from './filters';
import { InvertedIndex } from './inverted-index';
import { newestFirst, olderOnes } from './newest-first';
import { normalizeText } from './normalize';
import { packOriginal } from './original-text';
import { CandidateScratch } from './candidate-scratch';
import { rankedCandidates, type Bucket } from './ranked-candidates';
import { searchHit, type SearchHit } from './search-hit';
import { scoreDoc, TopK } from './rank';
import { serializeParts, type SerializedSearchIndex } from './serialize';
import { keptSlots, slotFilter, slotsOfBusiness } from './slot-columns';
import { TIERS_OF } from './tiers';
import { queryTerms } from './tokenizer';

export const DEFAULT_LIMIT = 20;

/** The in-memory index; create with createSearchIndex() or loadSearchIndex(). */
export class SearchIndex {
  /** Use createSearchIndex() or loadSearchIndex(); the parts are passed in only when loading. */
  constructor(
    private store = new DocStore(),
    private inverted = new InvertedIndex(),
  ) {}

  /** Reused by every query (ranked-candidates.ts). */
  private readonly scratch = new CandidateScratch();

  get size(): number {
    return this.store.live;
  }

  has(id: string): boolean {
    return this.store.numberOf(id) !== undefined;
  }

  /** Adds or replaces one document: cheap enough to run on every save and every synced record. */
  upsert(doc: SearchDoc): void {
    // The separator cannot be part of a field: a stray NUL in pasted text is dropped.
    const fields = FIELDS_OF[doc.kind].map((f) => (doc.text[f] ?? '').replaceAll(FIELD_SEPARATOR, ''));
    const { id, kind, text: _text, ...rest } = doc;
    // Copies: the caller's record objects may be reused or changed after this call.
    const facets = {
      ...rest,
      tagIds: [...rest.tagIds],
      advisorIds: [...rest.advisorIds],
      externalIds: rest.externalIds.map((e) => ({ ...e })),
    };
    const existing = this.store.numberOf(id);
    if (existing !== undefined) {
      const old = this.store.get(existing)!;
      if (old.kind === kind && originalFields(old).every((t, i) => t === fields[i])) {
        this.store.setFacets(existing, facets);
        return;
      }
      this.store.remove(id);
    }
    const norm = fields.map((t) => (t === '' ? '' : normalizeText(t))).join(FIELD_SEPARATOR);
    const orig = packOriginal(fields.join(FIELD_SEPARATOR), norm);
    const stored: StoredDoc = { id, kind, norm, orig, facets, sep: this.store.addSeparators(norm) };
    this.inverted.add(this.store.add(stored), norm, this.store.titleEnd(stored), TIERS_OF[kind]);
  }

  remove(id: string): boolean {
    return this.store.remove(id);
  }

  kindOf(id: string): SearchKind | null {
    const n = this.store.numberOf(id);
    return n === undefined ? null : (this.store.get(n)?.kind ?? null);
  }

  /** The first field of a document as written (a business's or tag's name); null when absent. */
  titleOf(id: string): string | null {
    const n = this.store.numberOf(id);
    const doc = n === undefined ? null : this.store.get(n);
    return doc ? (originalFields(doc)[0] ?? null) : null;
  }

  /** Ids of the documents of one kind, in no particular order (to compare with the records). */
  idsOf(kind: SearchKind): string[] {
    const found: string[] = [];
    for (const doc of this.store.docs) if (doc?.kind === kind) found.push(doc.id);
    return found;
  }

  /** Consultations carrying `tagId`: what to index again when the tag is renamed. */
  consultationsWithTag(tagId: string): string[] {
    const found: string[] = [];
    for (const doc of this.store.docs) if (doc?.kind === 'consultation' && doc.facets.tagIds.includes(tagId)) found.push(doc.id);
    return found;
  }

  /** Businesses whose 法人番号 is exactly `corporateNumber` (full-width digits accepted). */
  lookupCorporateNumber(corporateNumber: string): string[] {
    return this.store.lookup(corporateKey(corporateNumber));
  }

  /** Businesses linked to `value` in the external system `system` (BIZミル, TOAS, kintone, …). */
  lookupExternalId(system: string, value: string): string[] {
    return this.store.lookup(externalKey(system, value));
  }

  /**
   * Businesses, consultations, actions and tags containing every term of `query` (terms split by
   * spaces; each term is found anywhere inside a sentence), best first. An empty query lists
   * what the filters keep, most recent first.
   */
  search(query: string, filters: SearchFilters = {}, limit = DEFAULT_LIMIT): SearchHit[] {
    const terms = queryTerms(query);
    beginQuery();
    const accept = compileFilters(filters, this.store.statusOf);
    const top = new TopK(limit);
    const recency = new Map<string, number>();
    const columns = this.store.columns();
    const { dates } = columns;
    const slotOk = slotFilter(filters, columns, dateRange(filters), this.store.statusOf);
    /** Verifies and offers the documents of a bucket with this bound, in the order given. */
    const visit = (bound: number, docs: Uint32Array | readonly number[]) => {
      for (let i = 0; i < docs.length; i++) {
        const n = docs[i]!;
        let at = dates[n]!;
        let doc: StoredDoc | null = null;
        if (Number.isNaN(at)) {
          doc = this.store.get(n);
          if (!doc) continue;
          at = this.recencyOf(doc, recency);
        }
        if (!top.admits(bound, at)) continue;
        doc ??= this.store.get(n);
        if (!doc || !accept(doc)) continue;
        const match = scoreDoc(doc, this.store.seps, terms);
        if (match && top.admits(match.score, at)) top.offer({ n, score: match.score, field: match.field, at, id: doc.id });
      }
    };
    // Highest bound first: once the results are full, a bucket that cannot beat the last is the end.
    for (const { bound, docs } of this.candidates(terms, filters)) {
      if (top.closed(bound)) break;
      // Filtered first, so the newest are taken among the documents the filters keep.
      const kept = slotOk ? keptSlots(docs, slotOk, this.scratch.keptRoom(docs.length)) : docs;
      const room = this.scratch.room(kept.length);
      const newest = newestFirst(kept, dates, limit, room);
      visit(bound, newest.head);
      // The older ones only when they could still enter (a filter or the phrase refused some of the newest).
      if (newest.more && !top.skipsOlder(bound, newest.threshold, newest.undated))
        visit(bound, olderOnes(kept, dates, newest.threshold, room.subarray(newest.head.length)));
    }
    return top.items.map((s) => searchHit(this.store.get(s.n)!, s.score, s.field, terms));
  }

  /** The documents a query may find, grouped by the most they can score. */
  private candidates(terms: readonly string[], filters: SearchFilters): Bucket[] {
    // A karte's own search: its few documents are read one by one (scoreDoc verifies every term),
    // rather than a common word's postings filtered down to them.
    if (terms.length > 0 && filters.businessId !== undefined)
      return [{ bound: Infinity, docs: slotsOfBusiness(this.store.columns(), filters.businessId, this.store.size) }];
    if (terms.length > 0) return rankedCandidates((key) => this.inverted.get(key), terms, this.store.size, this.scratch);
    let docs: number[];
    if (filters.businessId !== undefined) {
      const own = this.store.numberOf(filters.businessId);
      const list = [...this.store.consultationsOfBusiness(filters.businessId)];
      docs = own === undefined ? list : [own, ...list];
    } else docs = Array.from({ length: this.store.size }, (_, n) => n);
    // Without terms every document scores 0: the most recent win, and the rest are skipped on their date.
    return [{ bound: 0, docs }];
  }

  /** A consultation's date; for a business, its latest consultation's. */
  private recencyOf(doc: StoredDoc, cache: Map<string, number>): number {
    if (doc.facets.at !== null) return doc.facets.at;
    if (doc.kind !== 'business') return -Infinity;
    let at = cache.get(doc.id);
    if (at === undefined) cache.set(doc.id, (at = this.store.latestConsultationAt(doc.id)));
    return at;
  }

  /**
   * Drops the slots of replaced and removed documents by re-indexing the live ones. Costs
   * about as much as building the index, so the caller runs it when idle (or before saving).
   */
  compact(): void {
    const store = new DocStore();
    const inverted = new InvertedIndex();
    for (const old of this.store.docs) {
      if (!old) continue;
      // Spelled out: a loaded document keeps its text behind getters, which a spread would lose.
      const doc: StoredDoc = {
        id: old.id,
        kind: old.kind,
        norm: old.norm,
        orig: old.orig,
        facets: old.facets,
        sep: store.addSeparators(old.norm),
      };
      inverted.add(store.add(doc), doc.norm, store.titleEnd(doc), TIERS_OF[doc.kind]);
    }
    this.store = store;
    this.inverted = inverted;
  }

  /** A structured-cloneable copy for IndexedDB (typed arrays inside: not for JSON); its texts compressed. */
  serialize(): Promise<SerializedSearchIndex> {
    return serializeParts(this.store, this.inverted);
  }

  /** Makes documents `from` to `to` of a loaded index ahead of queries; null when all are made (DocStore.prepare). */
  prepare(from: number, to: number): number | null {
    return this.store.prepare(from, to);
  }

  stats(): { documents: number; deadSlots: number; keys: number; lists: number; postings: number; postingBytes: number } {
    const s = this.inverted.stats();
    return {
      documents: this.store.live,
      deadSlots: this.store.dead,
      keys: s.keys,
      lists: s.lists,
      postings: s.postings,
      postingBytes: s.bytes,
    };
  }
}
