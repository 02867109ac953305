import Dexie from 'dexie';
import { openKarteDb } from '../db/schema';
import { createSearchSource } from '../db/search-source';
import { createSnapshotStore } from '../db/search-snapshot';
import { changedKeys } from '../search/changed-keys';
import type { SearchRequest, SearchResponse } from '../search/protocol';
import { createSearchService, WATCHED_TABLES } from '../search/service';

/**
 * The search worker (a module Web Worker started by each extension page that searches): the
 * index lives here, off the page's thread. Wiring only; the logic is search/service.ts.
 */
const scope = self as unknown as {
  postMessage(message: SearchResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchRequest>) => void): void;
};

const db = openKarteDb();
const service = createSearchService({
  source: createSearchSource(db),
  snapshots: createSnapshotStore(db),
  post: (message) => scope.postMessage(message),
});
scope.addEventListener('message', (event) => service.handle(event.data));
// Every write of every extension context (pages, the service worker's sync) reaches here
// through Dexie's BroadcastChannel, after it commits: nobody has to remember to tell us.
Dexie.on('storagemutated', (parts) => service.notify(changedKeys(parts, db.name, WATCHED_TABLES)));
void service.start();
