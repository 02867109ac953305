import type { SearchFilters } from './filters';
import type { SearchHit } from './search-hit';

/**
 * Messages between an extension page and the search worker (postMessage, structured clone).
 * Both sides are this extension's own code, so the shapes are TypeScript types, not schemas:
 * nothing from outside ever arrives on this channel.
 */

/** What a page asks. `id` pairs an answer with its question (answers can overtake each other). */
export type SearchRequest =
  | { type: 'search'; id: number; query: string; filters: SearchFilters; limit: number }
  /**
   * The page wrote records: catch up now rather than when the change notice arrives. `full`
   * also compares every key (finds rows written without a change notice, and deletions).
   */
  | { type: 'refresh'; full?: boolean }
  /** The page is going away (a SharedWorker's port has no close event): stop writing to it. */
  | { type: 'bye' };

/** A hit as the page shows it: the business it belongs to is named. */
export interface ShownHit extends SearchHit {
  /** The business's name (for a consultation: the business it is about); null when unknown. */
  businessName: string | null;
  /** A tag hit's own name (its snippet may show only the group name). */
  title: string;
}

export type IndexPhase = 'starting' | 'loading' | 'building' | 'ready' | 'failed';

export interface IndexState {
  phase: IndexPhase;
  /** Documents in the index now. */
  documents: number;
  /** While building from the records: how many of how many are in. */
  progress: { done: number; total: number } | null;
}

/** What the worker sends: answers, and notices a page may act on. */
export type SearchResponse =
  | {
      type: 'results';
      id: number;
      hits: ShownHit[];
      /** False while the index is still being built: more may match once it is done. */
      complete: boolean;
      /** Time spent searching inside the worker. */
      tookMs: number;
    }
  | { type: 'error'; id: number; message: string }
  | { type: 'state'; state: IndexState }
  /** The index took in changed records: a result list on screen should ask again. */
  | { type: 'changed' };

export const INITIAL_INDEX_STATE: IndexState = { phase: 'starting', documents: 0, progress: null };
