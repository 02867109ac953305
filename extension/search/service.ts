import { mergeChanges, type TableChanges } from './changed-keys';
import { IndexFeeder } from './index-feeder';
import type { SearchMark, SearchSource, SnapshotStore } from './ports';
import { INITIAL_INDEX_STATE, type IndexState, type SearchRequest, type SearchResponse, type ShownHit } from './protocol';
import { NO_TAXONOMY, Taxonomy } from './record-docs';
import { createSearchIndex, loadSearchIndex, SearchIndexFormatError } from './index';

export interface SearchServiceDeps {
  source: SearchSource;
  snapshots: SnapshotStore;
  post: (message: SearchResponse) => void;
  /** Yields to queued messages between chunks of work (a macrotask in the worker). */
  pause?: () => Promise<void>;
  /** Rows read per chunk. */
  chunk?: number;
  /** Quiet time after a change before the snapshot is saved again. */
  saveDelayMs?: number;
  clock?: () => number;
  /**
   * Quiet time after loading a snapshot before the index makes all its documents ahead of
   * queries (in chunks between messages); undefined: never (a page's own short-lived index).
   */
  prepareAfterMs?: number;
}

/** Quiet time that ends a burst of change notices, and the longest a burst holds the index back. */
const BURST_QUIET_MS = 1_000;
const BURST_MAX_MS = 10_000;

/** Tables whose changes the index follows. */
export const WATCHED_TABLES = ['businesses', 'consultations', 'actions', 'tags', 'tagGroups'] as const;

/**
 * The search worker's logic, free of worker and IndexedDB specifics: loads the snapshot (or
 * builds the index in chunks), catches up with what changed since, follows change notices,
 * answers queries, and saves the snapshot when things are quiet. Work that changes the index
 * runs one task at a time; queries are answered between its chunks.
 */
export function createSearchService(deps: SearchServiceDeps) {
  const pause = deps.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const clock = deps.clock ?? (() => performance.now());
  const saveDelayMs = deps.saveDelayMs ?? 10_000;
  const feeder = new IndexFeeder(createSearchIndex(), new Taxonomy(), deps.source, pause, deps.chunk ?? 2000);
  let state: IndexState = INITIAL_INDEX_STATE;
  let mark: SearchMark | null = null;
  let pending: TableChanges = new Map();
  let flushQueued = false;
  /** When the last flush started; a notice within BURST_QUIET_MS of it waits for the burst to end. */
  let lastFlushAt = -Infinity;
  let burst: ReturnType<typeof deferFlush> | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let queue: Promise<void> = Promise.resolve();
  /** Queries that came while the snapshot loads: answered from it, not from an empty index. */
  let early: Extract<SearchRequest, { type: 'search' }>[] = [];

  const setState = (next: Partial<IndexState>) => {
    state = { ...state, documents: feeder.index.size, ...next };
    deps.post({ type: 'state', state });
    if (state.phase !== 'starting' && state.phase !== 'loading' && early.length > 0) {
      const waiting = early;
      early = [];
      waiting.forEach(search);
    }
  };
  const run = (task: () => Promise<void>): Promise<void> =>
    (queue = queue.then(task).catch((e: unknown) => {
      console.error('search index task failed', e);
      setState({ phase: 'failed', progress: null });
    }));

  function changed(count: number, saveAfterMs = saveDelayMs): void {
    if (count === 0) return;
    deps.post({ type: 'changed' });
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void save(), saveAfterMs);
  }

  async function build(): Promise<void> {
    const started = await deps.source.mark();
    feeder.index = createSearchIndex();
    feeder.taxonomy = Taxonomy.fromNames(NO_TAXONOMY);
    setState({ phase: 'building', progress: { done: 0, total: 0 } });
    await feeder.build((done, total) => setState({ progress: { done, total } }));
    mark = started;
    setState({ phase: 'ready', progress: null });
    // Saved at once: the next page that opens loads it instead of building again.
    changed(1, 0);
  }

  /** Takes in everything that changed since the mark; `full` also compares keys (finds deletions). */
  async function catchUp(full: boolean): Promise<number> {
    if (!mark) return 0;
    const next = await deps.source.mark();
    let count = await feeder.refreshTaxonomy();
    count += await feeder.refresh(await deps.source.changedSince(mark));
    if (full) count += await feeder.reconcile();
    mark = next;
    return count;
  }

  /** A flush that waits for quiet, started at `first`; `rearm` on each notice, `now` to run it at once. */
  function deferFlush(first: number) {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const go = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      burst = null;
      void run(flush);
    };
    const rearm = (now: number) => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(go, Math.max(0, Math.min(BURST_QUIET_MS, first + BURST_MAX_MS - now)));
    };
    rearm(first);
    return { rearm, now: go };
  }

  async function flush(): Promise<void> {
    flushQueued = false;
    lastFlushAt = clock();
    const changes = pending;
    pending = new Map();
    const whole = [...changes.values()].some((keys) => keys === 'all');
    let count = 0;
    if (whole) count += await catchUp(true);
    else {
      if (changes.has('tags') || changes.has('tagGroups')) count += await feeder.refreshTaxonomy();
      const ids = [...(changes.get('businesses') ?? []), ...(changes.get('consultations') ?? []), ...(changes.get('actions') ?? [])];
      count += await feeder.refresh(ids);
    }
    if (count > 0) setState({});
    changed(count);
  }

  /** Makes the loaded index's documents, a chunk at a time; queries are answered in between. */
  async function prepare(): Promise<void> {
    const index = feeder.index;
    const size = 4 * (deps.chunk ?? 2000);
    try {
      for (let next = index.prepare(0, size); next !== null && index === feeder.index; next = index.prepare(next, next + size))
        await pause();
    } catch (e) {
      await rebuildIfUnreadable(e);
    }
  }

  /** A loaded snapshot found damaged while reading it (its texts are read on first use): built again from the records. */
  async function rebuildIfUnreadable(e: unknown): Promise<void> {
    if (!(e instanceof SearchIndexFormatError)) throw e;
    console.warn(e.message);
    await build();
  }

  async function save(): Promise<void> {
    saveTimer = null;
    await run(async () => {
      if (state.phase !== 'ready') return;
      await catchUp(false);
      const stats = feeder.index.stats();
      if (stats.deadSlots > stats.documents / 4) feeder.index.compact();
      const snapshot = {
        data: await feeder.index.serialize(),
        mark: mark!,
        taxonomy: feeder.taxonomy.toNames(),
        savedAt: new Date().toISOString(),
      };
      await deps.snapshots.save(snapshot);
    });
  }

  function search(req: Extract<SearchRequest, { type: 'search' }>): void {
    const t0 = clock();
    try {
      const index = feeder.index;
      const hits: ShownHit[] = index.search(req.query, req.filters, req.limit).map((h) => ({
        ...h,
        businessName: h.businessId === null ? null : index.titleOf(h.businessId),
        title: h.kind === 'business' || h.kind === 'tag' ? (index.titleOf(h.id) ?? '') : '',
      }));
      deps.post({ type: 'results', id: req.id, hits, complete: state.phase === 'ready', tookMs: clock() - t0 });
    } catch (e) {
      deps.post({ type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
      if (e instanceof SearchIndexFormatError) void run(() => rebuildIfUnreadable(e));
    }
  }

  return {
    /** Loads the snapshot, or builds the index when there is none (or it cannot be read). */
    start(): Promise<void> {
      return run(async () => {
        setState({ phase: 'loading' });
        try {
          const snapshot = await deps.snapshots.load();
          if (snapshot) {
            feeder.index = loadSearchIndex(snapshot.data);
            feeder.taxonomy = Taxonomy.fromNames(snapshot.taxonomy);
            mark = snapshot.mark;
            setState({ phase: 'ready' });
            changed(await catchUp(true));
            if (deps.prepareAfterMs !== undefined) setTimeout(() => void run(prepare), deps.prepareAfterMs);
            return;
          }
          await build();
        } catch (e) {
          await rebuildIfUnreadable(e);
        }
      });
    },
    handle(req: SearchRequest): void {
      if (req.type === 'search' && (state.phase === 'starting' || state.phase === 'loading')) early.push(req);
      else if (req.type === 'search') search(req);
      else if (req.type === 'refresh') void run(async () => changed(await catchUp(req.full === true)));
    },
    /**
     * A change notice: applied after the current task, notices arriving meanwhile merged. A
     * notice right after the last flush is part of a burst (a sync storing page after page):
     * it waits until the notices stop (BURST_QUIET_MS, at most BURST_MAX_MS), so the index does
     * not read each page while the sync is writing the next.
     */
    notify(changes: TableChanges): void {
      if (changes.size === 0) return;
      mergeChanges(pending, changes);
      const now = clock();
      if (flushQueued) {
        if (burst) burst.rearm(now);
        return;
      }
      flushQueued = true;
      if (now - lastFlushAt >= BURST_QUIET_MS) void run(flush);
      else burst = deferFlush(now);
    },
    /** Saves the snapshot now (tests, and a worker about to be stopped). */
    saveNow: save,
    /** Resolves once the queued work is done, a flush waiting for a burst to end included. */
    idle: () => {
      if (burst) burst.now();
      return queue;
    },
    get state() {
      return state;
    },
    get index() {
      return feeder.index;
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
