import Dexie from 'dexie';
import { openKarteDb } from '../db/schema';
import { createSearchSource } from '../db/search-source';
import { createSnapshotStore } from '../db/search-snapshot';
import { changedKeys } from '../search/changed-keys';
import { createPortHub, type PagePort } from '../search/port-hub';
import type { SearchRequest } from '../search/protocol';
import { createSearchService, WATCHED_TABLES } from '../search/service';

/**
 * The search worker: the index lives here, off the pages' threads. Started as a module
 * SharedWorker (Chromium: every page and the offscreen host share one index, see
 * platform/search-worker.ts) or as a dedicated Worker per page where there is none.
 * Wiring only; the logic is search/service.ts, the sharing search/port-hub.ts.
 */
interface Listener {
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchRequest>) => void): void;
}
const scope = self as unknown as PagePort &
  Listener & {
    addEventListener(type: 'connect', listener: (event: MessageEvent) => void): void;
  };

const shared = 'onconnect' in scope;
const db = openKarteDb();
const hub = createPortHub((request) => service.handle(request), { catchUpDelayMs: 2000, fullEveryMs: 10 * 60_000 });
const service = createSearchService({
  source: createSearchSource(db),
  snapshots: createSnapshotStore(db),
  post: hub.post,
  // Shared, the index serves page after page for as long as the browser runs: worth making its
  // documents ahead, once the loading pages have settled.
  prepareAfterMs: shared ? 3000 : undefined,
});
const join = (port: PagePort & Listener) => {
  const receive = hub.connect(port);
  port.addEventListener('message', (event) => receive(event.data));
};
if (shared) {
  scope.addEventListener('connect', (event) => {
    const port = event.ports[0]!;
    join(port);
    port.start();
  });
} else join(scope);
// Every write of every extension context (pages, the service worker's sync) reaches here
// through Dexie's BroadcastChannel, after it commits: nobody has to remember to tell us.
Dexie.on('storagemutated', (parts) => service.notify(changedKeys(parts, db.name, WATCHED_TABLES)));
void service.start();
