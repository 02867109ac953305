import { createSearchClient, type SearchClient } from '../search/client';
import type { SearchRequest, SearchResponse } from '../search/protocol';

/**
 * Starts the search worker for this page (it lives as long as the page) and returns its
 * client. Vite bundles the worker from this `new URL(…, import.meta.url)` as its own module.
 */
export function startSearchWorker(): SearchClient {
  const worker = new Worker(new URL('../workers/search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  worker.addEventListener('error', (e) => console.error('search worker failed', e.message));
  return createSearchClient({
    postMessage: (message: SearchRequest) => worker.postMessage(message),
    onMessage: (listener: (message: SearchResponse) => void) => worker.addEventListener('message', (e: MessageEvent<SearchResponse>) => listener(e.data)),
  });
}
