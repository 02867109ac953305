import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { Role } from '../../../shared';
import { createRecordsRepo, type RecordsRepo } from '../../../extension/db/records-repo';
import { openKarteDb, type KarteDb } from '../../../extension/db/schema';
import { seedDefaultTaxonomy } from '../../../extension/db/seed-taxonomy';
import { createDexieSyncStore } from '../../../extension/db/sync-store';
import { createSyncEngine, type SyncOutcome } from '../../../extension/sync/engine';
import type { SyncStore } from '../../../extension/sync/ports';
import { createHttpTransport } from '../../../extension/platform/http-transport';
import { createFaultyFetch, type FaultyNet } from './faulty-fetch';
import type { Rng } from '../../server/fixtures/rng';

export interface SimClientOptions {
  name: string;
  advisorId: string;
  role: Role;
  token: string;
  dbName: string;
  rng: Rng;
  net: FaultyNet;
  /** Chance that the client stops just before or just after a storage step of a cycle. */
  crashRate: () => number;
  revokeToken: (token: string) => Promise<void>;
  /** A local write made while one of the client's requests is in flight. */
  writeDuring: (client: SimClient) => Promise<void>;
  /** Runs before each request reaches the server (scenario tests). */
  beforeRequest?: (method: string, path: string) => Promise<void>;
  pullLimit: number;
}

/** Resolves when the client has stopped; the cycle that was running is abandoned for good. */
function stopSignal() {
  let stop!: () => void;
  const stopped = new Promise<'stopped'>((resolve) => (stop = () => resolve('stopped')));
  return { stopped, stop };
}

/**
 * One simulated extension install: its own IndexedDB (fake-indexeddb), the real records
 * repository, sync store, engine and fetch transport, talking to the real worker through
 * a faulty network. `sync()` runs one cycle; if the client is stopped midway the cycle is
 * abandoned and the client starts again from what its database holds (like a killed
 * service worker).
 */
export function createSimClient(o: SimClientOptions) {
  let token = o.token;
  let db!: KarteDb;
  let repo!: RecordsRepo;
  let engine!: ReturnType<typeof createSyncEngine>;
  let signal = stopSignal();
  let restarts = 0;
  /** Errors of abandoned cycles: expected (their database was closed under them), kept for the log. */
  const abandoned: unknown[] = [];

  function crashable(store: SyncStore): SyncStore {
    const wrapped = {} as Record<string, unknown>;
    for (const [key, fn] of Object.entries(store) as [string, (...a: unknown[]) => Promise<unknown>][]) {
      wrapped[key] = async (...args: unknown[]) => {
        if (o.rng.chance(o.crashRate())) return stopNow(`before ${key}`);
        const result = await fn(...args);
        if (o.rng.chance(o.crashRate())) return stopNow(`after ${key}`);
        return result;
      };
    }
    return wrapped as unknown as SyncStore;
  }

  function stopNow(where: string): Promise<never> {
    o.net.log.push(`${o.name}: stopped ${where}`);
    signal.stop();
    return new Promise<never>(() => {});
  }

  async function open(): Promise<void> {
    const opened = openKarteDb(o.dbName, { indexedDB, IDBKeyRange });
    await seedDefaultTaxonomy(opened);
    db = opened;
    repo = createRecordsRepo(db, { newId: () => o.rng.uuid() });
    const store = crashable(createDexieSyncStore(db, { newId: () => o.rng.uuid() }));
    // The requests of a cycle abandoned when this run of the client stopped (a page asked for
    // ahead, say) may still end later; the advisor's writes are not tied to them any more.
    const run = signal;
    let stopped = false;
    void run.stopped.then(() => (stopped = true));
    const fetch = createFaultyFetch(o.net, o.rng, {
      name: o.name,
      onHang: () => signal.stop(),
      revokeToken: () => o.revokeToken(token),
      writeDuring: () => (stopped ? Promise.resolve() : o.writeDuring(self)),
      beforeRequest: o.beforeRequest,
    });
    const transport = createHttpTransport({ baseUrl: 'https://api.test', getToken: () => token, fetch, timeoutMs: Infinity });
    engine = createSyncEngine({ store, transport, clock: { now: () => Date.now(), setTimer: () => () => {} }, pullLimit: o.pullLimit });
  }

  const self = {
    name: o.name,
    advisorId: o.advisorId,
    role: o.role,
    get db() {
      return db;
    },
    get repo() {
      return repo;
    },
    get restarts() {
      return restarts;
    },
    open,
    setToken(next: string) {
      token = next;
    },
    get token() {
      return token;
    },
    /** One cycle; 'stopped' when the client was killed midway (it is then reopened). */
    async sync(): Promise<SyncOutcome | 'stopped'> {
      const cycle = engine.sync();
      const outcome = await Promise.race([cycle, signal.stopped]);
      if (outcome !== 'stopped') return outcome;
      cycle.catch((err: unknown) => abandoned.push(err));
      await this.restart();
      return 'stopped';
    },
    /** Closes the database and opens it again, as a browser restart would. */
    async restart(): Promise<void> {
      restarts++;
      db.close();
      signal = stopSignal();
      await open();
    },
    /** Deletes the client's database at the end of a schedule. */
    async close(): Promise<void> {
      await db.delete();
    },
  };
  return self;
}

export interface SimClient {
  name: string;
  advisorId: string;
  role: Role;
  readonly db: KarteDb;
  readonly repo: RecordsRepo;
  readonly restarts: number;
  readonly token: string;
  open(): Promise<void>;
  setToken(next: string): void;
  sync(): Promise<SyncOutcome | 'stopped'>;
  restart(): Promise<void>;
  close(): Promise<void>;
}
