import type { SearchRequest, SearchResponse } from './protocol';

/** One page's end as the worker sees it: a SharedWorker's MessagePort, or a dedicated worker's scope. */
export interface PagePort {
  postMessage(message: SearchResponse): void;
}

/**
 * Shares the one search service of a worker among the pages connected to it (side panel, karte
 * pages, the offscreen host). Notices go to every page, an answer only to the page that asked:
 * each page numbers its own questions, so they are renumbered here on the way in and back on
 * the way out. A page that connects is told the index's latest state at once; if the index is
 * already loaded it is also brought up to date, `catchUpDelayMs` later: with what changed since
 * its mark, and at most once every `fullEveryMs` with every record too (a page that loaded its
 * own index used to see all rows; a long-lived one may have missed a write Dexie did not
 * announce, but comparing every key on each karte opened would keep a core busy).
 * Pages leave with 'bye'; a port that cannot be written to is dropped too.
 */
export function createPortHub(
  handle: (request: SearchRequest) => void,
  opts: { catchUpDelayMs?: number; fullEveryMs?: number; clock?: () => number } = {},
) {
  const ports = new Set<PagePort>();
  const clock = opts.clock ?? (() => performance.now());
  const fullEveryMs = opts.fullEveryMs ?? 0;
  let catchUp: ReturnType<typeof setTimeout> | null = null;
  let lastFullAt: number | null = null;
  /** Question number here → who asked, and their own number. */
  const asked = new Map<number, { port: PagePort; id: number }>();
  let nextId = 1;
  let lastState: Extract<SearchResponse, { type: 'state' }> | null = null;

  function drop(port: PagePort): void {
    ports.delete(port);
    for (const [id, from] of asked) if (from.port === port) asked.delete(id);
  }

  function send(port: PagePort, message: SearchResponse): void {
    try {
      port.postMessage(message);
    } catch (e) {
      console.warn('search page dropped: cannot write to it', e);
      drop(port);
    }
  }

  return {
    /** Where the service posts: answers to their asker, notices to everyone. */
    post(message: SearchResponse): void {
      if (message.type === 'results' || message.type === 'error') {
        const from = asked.get(message.id);
        if (!from) return; // the asker left meanwhile
        asked.delete(message.id);
        send(from.port, { ...message, id: from.id });
        return;
      }
      if (message.type === 'state') lastState = message;
      for (const port of [...ports]) send(port, message);
    },
    /** A page connected; returns what to call with each message it sends. */
    connect(port: PagePort): (request: SearchRequest) => void {
      ports.add(port);
      if (lastState) {
        send(port, lastState);
        // After a pause (a page's first query should not queue behind it); pages opening together share one.
        if (lastState.state.phase === 'ready' && catchUp === null) {
          catchUp = setTimeout(() => {
            catchUp = null;
            const full = lastFullAt === null || clock() - lastFullAt >= fullEveryMs;
            if (full) lastFullAt = clock();
            handle({ type: 'refresh', full });
          }, opts.catchUpDelayMs ?? 0);
        }
      }
      return (request) => {
        if (!ports.has(port)) return;
        if (request.type === 'bye') drop(port);
        else if (request.type === 'search') {
          const id = nextId++;
          asked.set(id, { port, id: request.id });
          handle({ ...request, id });
        } else handle(request);
      };
    },
    /** Pages connected now. */
    get size(): number {
      return ports.size;
    },
  };
}

export type PortHub = ReturnType<typeof createPortHub>;
