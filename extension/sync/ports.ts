import type { ErrorBody, Mutation, PullQuery, PullResponse, PushRequest, PushResponse } from '../../shared';

/**
 * The ports the sync engine runs on. The engine itself touches neither IndexedDB nor
 * fetch nor timers, so it runs unchanged in Node tests, in workerd and in the extension.
 */

/** Where the sync bookkeeping lives (extension/db/sync-store.ts implements it on Dexie). */
export interface SyncStore {
  /** This install's client id (UUIDv7), created on first use and then never changed. */
  clientId(): Promise<string>;
  /** The pull cursor and the highest mutation id the server is known to have consumed. */
  progress(): Promise<{ cursor: number; lastMutationId: number }>;
  /** Pending outbox entries (protocol fields only), in id order. */
  pendingMutations(): Promise<Mutation[]>;
  /**
   * Marks an entry that fails the shared schema as rejected without sending it, and
   * renumbers the pending entries after it so the ids stay consecutive (push rule:
   * the server refuses gaps). Only for entries never sent.
   */
  rejectUnsendable(id: number, error: { code: string; message: string }): Promise<void>;
  /** Push step 7 on the client: records lastMutationId, marks rejected entries with the server's message. */
  recordPush(response: PushResponse): Promise<void>;
  /**
   * After `409 mutation_gap`: the server has consumed exactly `lastMutationId`; pending
   * entries are renumbered to follow it if the outbox no longer holds `lastMutationId + 1`.
   */
  resetToServer(lastMutationId: number): Promise<void>;
  /**
   * Client rule 3: applies one pull page and saves its cursor in ONE transaction; drops
   * acknowledged entries and keeps pending local fields on top. `final` marks the last page.
   */
  applyPullPage(page: PullResponse, final: boolean): Promise<void>;
  /** Stamps a completed cycle. */
  markSynced(at: string): Promise<void>;
}

/** The code of the client's refusal to send the token to an http:// server that is not this computer. */
export const INSECURE_SERVER_URL = 'insecure_server_url';

/** Why a request did not produce a protocol answer. */
export type TransportFailure =
  /** No answer at all: offline, DNS, reset, timeout, abort, or an answer that is not ours (captive portal). */
  | { kind: 'network'; message: string }
  /** The server answered with an error status; `error` is its body when it had the shared shape. */
  | { kind: 'http'; status: number; error: ErrorBody['error'] | null; retryAfterMs: number | null }
  /** Nothing was sent: the client itself refused (the server URL would carry the token in clear text). */
  | { kind: 'refused'; code: typeof INSECURE_SERVER_URL; message: string };

export type TransportResult<T> = { ok: true; value: T } | { ok: false; failure: TransportFailure };

/** The two sync endpoints (extension/platform/http-transport.ts implements them on the extension's API client). */
export interface Transport {
  push(request: PushRequest): Promise<TransportResult<PushResponse>>;
  pull(query: PullQuery): Promise<TransportResult<PullResponse>>;
}

/** Time, injected so backoff and timestamps are deterministic in tests. */
export interface Clock {
  now(): number;
  /** Runs `fn` after `ms`; returns a cancel function. */
  setTimer(fn: () => void, ms: number): () => void;
}

/** A uniform number in [0, 1): Math.random in production, a seeded generator in tests. */
export type Random = () => number;
