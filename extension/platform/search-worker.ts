import { createSearchClient, type SearchClient } from '../search/client';
import type { SearchRequest, SearchResponse } from '../search/protocol';
// Vite bundles the worker (and what it imports) as a module of its own and gives its constructor.
import SearchWorker from '../workers/search-worker.ts?worker';

interface Early {
  worker: Worker;
  /** What the worker said before the page's client listened. */
  heard: SearchResponse[];
  stop: () => void;
}

/** Set by extension/public/search-early.js, which starts the worker before this code loads. */
const EARLY_KEY = '__bansoEarlySearchWorker';
const scope = globalThis as { [EARLY_KEY]?: Early };

function spawn(): Worker {
  const worker = new SearchWorker({ name: 'search' });
  worker.addEventListener('error', (e) => console.error('search worker failed', e.message));
  return worker;
}

/** The search worker of this page (it lives as long as the page) and its client. */
export function startSearchWorker(): SearchClient {
  const early = scope[EARLY_KEY];
  delete scope[EARLY_KEY];
  const worker = early?.worker ?? spawn();
  return createSearchClient({
    postMessage: (message: SearchRequest) => worker.postMessage(message),
    onMessage: (listener: (message: SearchResponse) => void) => {
      // The early listener hands over: what it heard first, then everything as it comes.
      early?.stop();
      early?.heard.forEach(listener);
      worker.addEventListener('message', (e: MessageEvent<SearchResponse>) => listener(e.data));
    },
  });
}
