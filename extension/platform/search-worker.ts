import { createSearchClient, type SearchClient } from '../search/client';
import type { SearchRequest, SearchResponse } from '../search/protocol';
// Vite bundles the worker (and what it imports) as a module of its own and gives its constructor.
import SearchWorker from '../workers/search-worker.ts?worker';

/** Starts the search worker for this page (it lives as long as the page) and returns its client. */
export function startSearchWorker(): SearchClient {
  const worker = new SearchWorker({ name: 'search' });
  worker.addEventListener('error', (e) => console.error('search worker failed', e.message));
  return createSearchClient({
    postMessage: (message: SearchRequest) => worker.postMessage(message),
    onMessage: (listener: (message: SearchResponse) => void) => worker.addEventListener('message', (e: MessageEvent<SearchResponse>) => listener(e.data)),
  });
}
