import Dexie from 'dexie';
import { onTestFinished } from 'vitest';
import { PROTOCOL_VERSION, type RecordEnvelope } from '../../../shared';
import { createRecordsRepo } from '../../../extension/db/records-repo';
import type { KarteDb } from '../../../extension/db/schema';
import { createSearchSource } from '../../../extension/db/search-source';
import { createSnapshotStore } from '../../../extension/db/search-snapshot';
import { seedDefaultTaxonomy } from '../../../extension/db/seed-taxonomy';
import { createDexieSyncStore } from '../../../extension/db/sync-store';
import { changedKeys } from '../../../extension/search/changed-keys';
import { createSearchClient } from '../../../extension/search/client';
import type { SearchRequest, SearchResponse } from '../../../extension/search/protocol';
import { createSearchService, WATCHED_TABLES, type SearchServiceDeps } from '../../../extension/search/service';
import { freshDb } from '../support/db';

/** A local store with the default tags, its repository and its sync store. */
export async function aStore(db: KarteDb = freshDb()) {
  await seedDefaultTaxonomy(db);
  return { db, repo: createRecordsRepo(db), sync: createDexieSyncStore(db) };
}

/**
 * The search service on `db` as the worker wires it (Dexie change notices included), with
 * every message it posts kept. Notices stop when the test ends.
 */
export function aService(db: KarteDb, deps: Partial<SearchServiceDeps> = {}) {
  const posted: SearchResponse[] = [];
  const service = createSearchService({
    source: createSearchSource(db),
    snapshots: createSnapshotStore(db),
    post: (m) => posted.push(m),
    saveDelayMs: 60_000,
    ...deps,
  });
  const listener = (parts: unknown) => service.notify(changedKeys(parts, db.name, WATCHED_TABLES));
  Dexie.on('storagemutated', listener);
  onTestFinished(() => Dexie.on('storagemutated').unsubscribe(listener));
  return { service, posted };
}

/** Waits until the service has taken in what notices announced (they arrive after commit). */
export async function settled(service: ReturnType<typeof aService>['service']): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    await service.idle();
  }
}

/** The ids a query finds, as the worker would answer it. */
export function found(service: ReturnType<typeof aService>['service'], query: string, filters = {}): string[] {
  return service.index.search(query, filters).map((h) => h.id);
}

/** One page pulled from the server, applied as sync applies it. */
export async function pull(sync: ReturnType<typeof createDexieSyncStore>, changes: RecordEnvelope[], cursor: number): Promise<void> {
  await sync.applyPullPage({ protocol: PROTOCOL_VERSION, changes, cursor, hasMore: false, lastMutationId: 0 }, true);
}

/**
 * A page's search client and the worker's service on `db`, joined by an in-process channel
 * (messages are structured-cloned and delivered later, as postMessage does).
 */
export function connected(db: KarteDb) {
  let toPage: (m: SearchResponse) => void = () => {};
  const { service } = aService(db, { post: (m) => queueMicrotask(() => toPage(structuredClone(m))) });
  const client = createSearchClient({
    postMessage: (m: SearchRequest) => queueMicrotask(() => service.handle(structuredClone(m))),
    onMessage: (listener) => (toPage = listener),
  });
  return { service, client };
}
