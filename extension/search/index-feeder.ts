import { actionDoc, businessDoc, consultationDoc, Taxonomy } from './record-docs';
import type { RecordTable, RowOf, SearchSource } from './ports';
import type { SearchDoc } from './documents';
import type { SearchIndex } from './search-index';

/** The record tables the index holds documents of, in the order a build reads them. */
const TABLES = ['businesses', 'consultations', 'actions'] as const satisfies readonly RecordTable[];
const KIND_OF_TABLE = { businesses: 'business', consultations: 'consultation', actions: 'action' } as const;
const RECORD_KINDS: ReadonlySet<string> = new Set(Object.values(KIND_OF_TABLE));

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
      if (table === 'businesses') return businessDoc(row as RowOf<'businesses'>);
      if (table === 'consultations') return consultationDoc(row as RowOf<'consultations'>, this.taxonomy);
      return actionDoc(row as RowOf<'actions'>);
    } catch (e) {
      console.warn(`search: ${table} ${row.id} cannot be indexed`, e);
      return null;
    }
  }

  /** Every business, then every consultation and action, `chunk` rows at a time; `progress` after each chunk. */
  async build(progress: (done: number, total: number) => void): Promise<void> {
    await this.refreshTaxonomy();
    const totals = await Promise.all(TABLES.map((t) => this.source.count(t)));
    const total = totals.reduce((a, b) => a + b, 0);
    let done = 0;
    for (const table of TABLES) {
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

  /** Reads the named records again (businesses, consultations and actions; other ids are ignored). */
  async refresh(ids: readonly string[]): Promise<number> {
    let changed = 0;
    for (let i = 0; i < ids.length; i += this.chunk) {
      const part = ids.slice(i, i + this.chunk);
      const rows = await Promise.all(TABLES.map((t) => this.source.get(t, part)));
      part.forEach((id, k) => {
        // Record ids are UUIDs: a key is in one table at most.
        const t = rows.findIndex((list) => list[k] !== undefined);
        if (t >= 0) this.put(id, this.docOf(TABLES[t]!, rows[t]![k]!));
        else if (!RECORD_KINDS.has(this.index.kindOf(id) ?? '')) return;
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
    for (const table of TABLES) {
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
