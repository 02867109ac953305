import { businessDoc, consultationDoc, Taxonomy } from './record-docs';
import type { RecordTable, RowOf, SearchSource } from './ports';
import type { SearchDoc } from './documents';
import { SearchIndex } from './search-index';

const KIND_OF_TABLE = { businesses: 'business', consultations: 'consultation' } as const;

/**
 * Puts records into the index: all of them (a build), the ones named, or whatever differs
 * between the index and the tables. Reads go through the source in chunks, with a pause
 * between chunks so the worker answers queries while it works.
 */
export class IndexFeeder {
  /** Deleted records read once: not in the index, and not read again when reconciling. */
  private readonly tombstones = new Set<string>();

  constructor(
    public index: SearchIndex,
    public taxonomy: Taxonomy,
    private readonly source: SearchSource,
    private readonly pause: () => Promise<void>,
    private readonly chunk: number,
  ) {}

  private put(id: string, doc: SearchDoc | null): void {
    if (doc) {
      this.index.upsert(doc);
      this.tombstones.delete(id);
    } else {
      this.index.remove(id);
      this.tombstones.add(id);
    }
  }

  /** The document of a row; null also for a row too damaged to index, which must not stop the rest. */
  private docOf<T extends RecordTable>(table: T, row: RowOf<T>): SearchDoc | null {
    try {
      return table === 'businesses' ? businessDoc(row as RowOf<'businesses'>) : consultationDoc(row as RowOf<'consultations'>, this.taxonomy);
    } catch (e) {
      console.warn(`search: ${table} ${row.id} cannot be indexed`, e);
      return null;
    }
  }

  /** Every business, then every consultation, `chunk` rows at a time; `progress` after each chunk. */
  async build(progress: (done: number, total: number) => void): Promise<void> {
    await this.refreshTaxonomy();
    const tables: RecordTable[] = ['businesses', 'consultations'];
    const totals = await Promise.all(tables.map((t) => this.source.count(t)));
    const total = totals.reduce((a, b) => a + b, 0);
    let done = 0;
    for (const table of tables) {
      for (let after = ''; ; ) {
        const rows = await this.source.page(table, after, this.chunk);
        for (const row of rows) this.put(row.id, this.docOf(table, row));
        done += rows.length;
        progress(Math.min(done, total), total);
        if (rows.length < this.chunk) break;
        after = rows[rows.length - 1]!.id;
        await this.pause();
      }
    }
  }

  /** Reads the named records again (businesses and consultations; other ids are ignored). */
  async refresh(ids: readonly string[]): Promise<number> {
    let changed = 0;
    for (let i = 0; i < ids.length; i += this.chunk) {
      const part = ids.slice(i, i + this.chunk);
      const [businesses, consultations] = await Promise.all([this.source.get('businesses', part), this.source.get('consultations', part)]);
      part.forEach((id, k) => {
        const b = businesses[k];
        const c = consultations[k];
        if (b) this.put(id, this.docOf('businesses', b));
        else if (c) this.put(id, this.docOf('consultations', c));
        else if (this.index.kindOf(id) !== 'business' && this.index.kindOf(id) !== 'consultation') return;
        else this.index.remove(id);
        changed++;
      });
      if (i + this.chunk < ids.length) await this.pause();
    }
    return changed;
  }

  /** Takes in renamed, added and removed tags; consultations of a renamed tag are indexed again. */
  async refreshTaxonomy(): Promise<number> {
    const { tags, groups } = await this.source.taxonomy();
    const next = Taxonomy.fromRows(tags, groups);
    const { tagDocs, renamed } = this.taxonomy.changesTo(next);
    this.taxonomy = next;
    const rows = new Map(tags.map((t) => [t.id, t]));
    for (const id of tagDocs) {
      const doc = next.tagDoc(id, rows.get(id));
      if (doc) this.index.upsert(doc);
      else this.index.remove(id);
    }
    const affected = new Set(renamed.flatMap((id) => this.index.consultationsWithTag(id)));
    return tagDocs.length + (await this.refresh([...affected]));
  }

  /** Compares the index with the tables' keys: indexes what is missing, drops what is gone. */
  async reconcile(): Promise<number> {
    let changed = 0;
    for (const table of ['businesses', 'consultations'] as const) {
      const ids = await this.source.ids(table);
      const present = new Set(ids);
      for (const id of this.index.idsOf(KIND_OF_TABLE[table])) {
        if (!present.has(id)) {
          this.index.remove(id);
          changed++;
        }
      }
      changed += await this.refresh(ids.filter((id) => !this.index.has(id) && !this.tombstones.has(id)));
    }
    return changed;
  }
}
