/**
 * Functions the benchmark runs inside an extension page (page.evaluate serialises them, so each
 * is self-contained). The search worker is the built one (.output/…/assets/search-worker-*.js),
 * driven with its own message protocol; times are taken in the page with performance.now().
 */
import type { SearchFilters } from '../../extension/search/filters';

export interface QueryTiming {
  /** Round trip from postMessage to the answer, as a page sees it. */
  ms: number;
  /** Time since the worker was created, when the answer came. */
  sinceStart: number;
  hits: number;
  complete: boolean;
  /** Time spent searching inside the worker. */
  tookMs: number;
}

/** Starts a search worker in the page as `globalThis.__probe`; the clock starts at creation. */
export function startWorker(workerUrl: string): void {
  type Msg = { type: string; id?: number; state?: { phase: string }; hits?: unknown[]; complete?: boolean; tookMs?: number };
  const t0 = performance.now();
  const worker = new Worker(workerUrl, { type: 'module' });
  const waiting = new Map<number, (m: Msg) => void>();
  const probe = {
    worker,
    t0,
    readyAt: null as number | null,
    phases: [] as [number, string][],
    nextId: 1,
    query(query: string, filters: object) {
      return new Promise((resolve) => {
        const id = probe.nextId++;
        const start = performance.now();
        waiting.set(id, (m) => {
          const end = performance.now();
          resolve({
            ms: end - start,
            sinceStart: end - t0,
            hits: m.hits?.length ?? -1,
            complete: m.complete ?? false,
            tookMs: m.tookMs ?? NaN,
          });
        });
        worker.postMessage({ type: 'search', id, query, filters, limit: 20 });
      });
    },
  };
  worker.onmessage = (e: MessageEvent<Msg>) => {
    const m = e.data;
    if (m.type === 'state' && m.state) {
      probe.phases.push([performance.now() - t0, m.state.phase]);
      if (m.state.phase === 'ready' && probe.readyAt === null) probe.readyAt = performance.now() - t0;
    } else if (m.id !== undefined) {
      waiting.get(m.id)?.(m);
      waiting.delete(m.id);
    }
  };
  (globalThis as { __probe?: typeof probe }).__probe = probe;
}

export function queryWorker({ query, filters }: { query: string; filters: SearchFilters }): Promise<QueryTiming> {
  return (globalThis as unknown as { __probe: { query(q: string, f: object): Promise<QueryTiming> } }).__probe.query(query, filters);
}

export function stopWorker(): void {
  (globalThis as unknown as { __probe: { worker: Worker } }).__probe.worker.terminate();
}

/** Rows in a store of the extension's database (plain IndexedDB). */
export async function countRows({ db, store }: { db: string; store: string }): Promise<number> {
  const conn = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(db);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    const req = conn.transaction(store).objectStore(store).count();
    return await new Promise<number>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  } finally {
    conn.close();
  }
}

/**
 * The baseline: every business, consultation and tag read from IndexedDB once, its searchable
 * text normalised (NFKC, lower case, hiragana → katakana) and kept in memory as
 * `globalThis.__scan`, for a substring scan. Returns the time the preparation took.
 */
export async function loadScan(db: string): Promise<number> {
  const t0 = performance.now();
  const conn = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(db);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const all = (store: string) =>
    new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const req = conn.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
      req.onerror = () => reject(req.error);
    });
  const norm = (s: string) =>
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
      .replace(/\s+/g, ' ');
  const TEXT = [
    'name',
    'nameKana',
    'corporateNumber',
    'essentialIssue',
    'vision',
    'strengths',
    'weaknesses',
    'municipality',
    'inquiry',
    'ownerWords',
    'advice',
    'insight',
    'sourceTitle',
  ];
  const docs: { at: number; sensitive: boolean; text: string }[] = [];
  for (const store of ['businesses', 'consultations', 'tags']) {
    for (const r of await all(store)) {
      const ext = Array.isArray(r.externalIds) ? (r.externalIds as { value: string }[]).map((e) => e.value) : [];
      const text = [...TEXT.map((f) => (typeof r[f] === 'string' ? (r[f] as string) : '')), ...ext].join('\n');
      docs.push({ at: typeof r.heldAt === 'string' ? Date.parse(r.heldAt) : 0, sensitive: r.sensitive === true, text: norm(text) });
    }
  }
  conn.close();
  (globalThis as { __scan?: unknown }).__scan = { docs, norm };
  return performance.now() - t0;
}

/** One substring scan for `query` (the same whole normalised query, newest 20 first); its time in ms. */
export function scanOnce(query: string): { ms: number; hits: number } {
  const { docs, norm } = (
    globalThis as unknown as { __scan: { docs: { at: number; sensitive: boolean; text: string }[]; norm: (s: string) => string } }
  ).__scan;
  const t0 = performance.now();
  const term = norm(query).trim();
  const found = docs
    .filter((d) => !d.sensitive && d.text.includes(term))
    .sort((a, b) => b.at - a.at)
    .slice(0, 20);
  return { ms: performance.now() - t0, hits: found.length };
}
