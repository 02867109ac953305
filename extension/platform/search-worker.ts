import { createSearchClient, type SearchClient } from '../search/client';
import type { SearchRequest, SearchResponse } from '../search/protocol';
// Vite bundles the worker (and what it imports) as a module of its own, as assets/search-worker.js.
import workerUrl from '../workers/search-worker.ts?worker&url';
import { requestSearchHost } from './search-host';

/** A dedicated worker, or a SharedWorker's port: both post and listen the same way. */
type Channel = Pick<Worker, 'postMessage' | 'addEventListener' | 'removeEventListener'>;

interface Early {
  port: Channel;
  shared: boolean;
  /** What the worker said before the page's client listened. */
  heard: SearchResponse[];
  stop: () => void;
}

/** Set by extension/public/search-early.js, which connects before this code loads (same test). */
const EARLY_KEY = '__bansoEarlySearchWorker';
const scope = globalThis as { [EARLY_KEY]?: Early; chrome?: { offscreen?: unknown } };

/**
 * Whether the index is shared: one module SharedWorker for every page, kept alive between
 * pages by an offscreen document (Chromium). Elsewhere (Firefox, no offscreen documents)
 * each page starts its own dedicated worker.
 */
export function searchIsShared(): boolean {
  return typeof SharedWorker === 'function' && scope.chrome?.offscreen !== undefined;
}

const SHARED_OPTIONS: WorkerOptions = { type: 'module', name: 'search' };

/** Joins the shared worker (starting it if no page holds it), its port started. */
function openShared(): SharedWorker {
  const worker = new SharedWorker(workerUrl, SHARED_OPTIONS);
  worker.addEventListener('error', () => console.error('search worker failed to start'));
  worker.port.start();
  return worker;
}

function connect(): { port: Channel; shared: boolean } {
  if (searchIsShared()) return { port: openShared().port, shared: true };
  const worker = new Worker(workerUrl, SHARED_OPTIONS);
  worker.addEventListener('error', (e) => console.error('search worker failed', e.message));
  return { port: worker, shared: false };
}

/**
 * The search of this page and its client. Shared: once the index has loaded, the background
 * is asked to make sure the offscreen host holds it, so it outlives this page; leaving, the
 * page says 'bye' (a SharedWorker sees no port close).
 */
export function startSearchWorker(): SearchClient {
  const early = scope[EARLY_KEY];
  delete scope[EARLY_KEY];
  const { port, shared } = early ?? connect();
  const client = createSearchClient({
    postMessage: (message: SearchRequest) => port.postMessage(message),
    onMessage: (listener: (message: SearchResponse) => void) => {
      // The early listener hands over: what it heard first, then everything as it comes.
      early?.stop();
      early?.heard.forEach(listener);
      port.addEventListener('message', (e) => listener((e as MessageEvent<SearchResponse>).data));
    },
  });
  if (!shared) return client;
  addEventListener('pagehide', () => port.postMessage({ type: 'bye' } satisfies SearchRequest));
  // Not before the index is in: the host's start would compete with this page's (same process).
  const loaded = () => client.state.phase !== 'starting' && client.state.phase !== 'loading';
  if (loaded()) requestSearchHost();
  else {
    const stop = client.onState(() => {
      if (!loaded()) return;
      stop();
      requestSearchHost();
    });
  }
  return client;
}

/** The offscreen host's one job: hold the shared search worker (and its index) open. */
export function holdSearchWorker(): SharedWorker {
  // Started, with nobody listening: the notices every page gets are read and dropped.
  return openShared();
}
