import type { SearchFilters } from './filters';
import { INITIAL_INDEX_STATE, type IndexState, type SearchRequest, type SearchResponse, type ShownHit } from './protocol';

/** Either end of a message channel: a Worker seen from the page, or a test's in-process pair. */
export interface MessagePort<Out, In> {
  postMessage(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

export interface SearchAnswer {
  hits: ShownHit[];
  complete: boolean;
  tookMs: number;
}

/**
 * User Timing names: the index became ready (mark; its detail is the state, with `warm` true
 * when the index was loaded before this page connected), the latest query's round trip (measure).
 */
export const READY_MARK = 'banso-search-ready';
export const QUERY_MEASURE = 'banso-search';

/** The page's side of the search worker: a query is a promise, notices are callbacks. */
export function createSearchClient(port: MessagePort<SearchRequest, SearchResponse>) {
  let nextId = 1;
  let state: IndexState = INITIAL_INDEX_STATE;
  const waiting = new Map<number, { resolve: (a: SearchAnswer) => void; reject: (e: Error) => void }>();
  const stateListeners = new Set<(s: IndexState) => void>();
  const changeListeners = new Set<() => void>();

  let heardState = false;

  port.onMessage((message) => {
    if (message.type === 'state') {
      if (message.state.phase === 'ready' && state.phase !== 'ready') {
        performance.mark(READY_MARK, { detail: { ...message.state, warm: !heardState } });
      }
      heardState = true;
      state = message.state;
      for (const l of stateListeners) l(state);
    } else if (message.type === 'changed') {
      for (const l of changeListeners) l();
    } else {
      const w = waiting.get(message.id);
      if (!w) return;
      waiting.delete(message.id);
      if (message.type === 'results') w.resolve({ hits: message.hits, complete: message.complete, tookMs: message.tookMs });
      else w.reject(new Error(message.message));
    }
  });

  return {
    search(query: string, filters: SearchFilters, limit: number): Promise<SearchAnswer> {
      const id = nextId++;
      const start = performance.now();
      return new Promise<SearchAnswer>((resolve, reject) => {
        waiting.set(id, {
          resolve: (answer) => {
            // The latest round trip, for the benchmark and the browser's performance panel.
            performance.clearMeasures(QUERY_MEASURE);
            performance.measure(QUERY_MEASURE, {
              start,
              end: performance.now(),
              detail: { query, hits: answer.hits.length, tookMs: answer.tookMs },
            });
            resolve(answer);
          },
          reject,
        });
        port.postMessage({ type: 'search', id, query, filters, limit });
      });
    },
    /** Asks the worker to take in recent writes now (it also learns of them by itself). */
    refresh(): void {
      port.postMessage({ type: 'refresh' });
    },
    get state(): IndexState {
      return state;
    },
    /** Listens until the returned function is called. */
    onState(listener: (s: IndexState) => void): () => void {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    onChanged(listener: () => void): () => void {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
  };
}

export type SearchClient = ReturnType<typeof createSearchClient>;
