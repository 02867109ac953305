import { backoffDelay } from './backoff';
import type { SyncOutcome } from './engine';
import type { Clock, Random } from './ports';
import type { SyncStatusStore } from './state';

/** Why a sync is asked for. */
export type SyncTrigger = 'write' | 'online' | 'startup' | 'alarm' | 'manual' | 'signin';

export interface SyncSchedulerDeps {
  engine: { sync(): Promise<SyncOutcome> };
  clock: Clock;
  random: Random;
  status: SyncStatusStore;
  /** Outbox counts for the status (pending, rejected). */
  counts: () => Promise<{ pending: number; rejected: number }>;
  /** Quiet time after a local write before syncing, so a burst of edits goes in one push. */
  debounceMs?: number;
  /** A stream of writes still syncs at least this often. */
  maxDebounceMs?: number;
  backoff?: { baseMs: number; capMs: number };
  /** Stops every timer when aborted (the service worker or test is going away). */
  signal?: AbortSignal;
}

/**
 * When to sync: soon after a local write (debounced), when the browser is back online, at
 * start-up, on the periodic alarm (a backstop: Chrome stops an idle service worker, and its
 * timers with it), and on demand. One cycle at a time: a trigger during a cycle runs one
 * more cycle after it. Failures back off exponentially with full jitter; 401 and 426 stop
 * syncing until sign-in / an update, keeping everything queued.
 */
export function createSyncScheduler(deps: SyncSchedulerDeps) {
  const debounceMs = deps.debounceMs ?? 1_000;
  const maxDebounceMs = deps.maxDebounceMs ?? 5_000;
  const backoff = deps.backoff ?? { baseMs: 2_000, capMs: 5 * 60_000 };
  let cancelTimer: (() => void) | null = null;
  let timerIsBackoff = false;
  let firstWriteAt: number | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let failures = 0;
  let halted: 'signed_out' | 'client_too_old' | null = null;
  deps.signal?.addEventListener('abort', () => cancel());

  function cancel(): void {
    cancelTimer?.();
    cancelTimer = null;
    timerIsBackoff = false;
  }

  function schedule(ms: number, isBackoff = false): void {
    if (deps.signal?.aborted) return;
    cancel();
    timerIsBackoff = isBackoff;
    cancelTimer = deps.clock.setTimer(() => {
      cancelTimer = null;
      timerIsBackoff = false;
      void run();
    }, ms);
  }

  async function refreshCounts(): Promise<void> {
    const { pending, rejected } = await deps.counts();
    deps.status.update({ pendingCount: pending, rejectedCount: rejected });
  }

  function settle(outcome: SyncOutcome): void {
    switch (outcome.status) {
      case 'synced':
        failures = 0;
        deps.status.update({ phase: 'idle', lastSyncAt: new Date(outcome.at).toISOString(), lastError: null, nextRetryAt: null });
        return;
      case 'signed_out':
      case 'client_too_old':
        halted = outcome.status;
        cancel();
        deps.status.update({ phase: outcome.status, lastError: { code: outcome.status, message: outcome.message }, nextRetryAt: null });
        return;
      case 'transient':
      case 'failed': {
        failures++;
        const wait = Math.max(
          backoffDelay(failures, deps.random, backoff),
          outcome.status === 'transient' ? (outcome.retryAfterMs ?? 0) : 0,
        );
        const code = outcome.status === 'failed' ? outcome.code : 'network';
        deps.status.update({ phase: 'backoff', lastError: { code, message: outcome.message }, nextRetryAt: deps.clock.now() + wait });
        schedule(wait, true);
      }
    }
  }

  async function run(): Promise<void> {
    if (halted || deps.signal?.aborted) return;
    if (running) {
      again = true;
      return running;
    }
    firstWriteAt = null;
    deps.status.update({ phase: 'syncing' });
    running = (async () => {
      let outcome: SyncOutcome;
      try {
        outcome = await deps.engine.sync();
      } catch (err) {
        // An unexpected error (a storage failure, a bug) must not wedge sync: back off and retry.
        console.error('sync cycle failed', err);
        outcome = { status: 'transient', message: '同期中に予期しないエラーが発生しました。自動で再試行します', retryAfterMs: null };
      }
      settle(outcome);
      await refreshCounts().catch((err: unknown) => console.error('sync status counts failed', err));
    })();
    await running;
    running = null;
    if (again) {
      again = false;
      if (!timerIsBackoff && !halted) schedule(0);
    }
  }

  return {
    /** Asks for a sync; see the class comment for how each trigger is timed. */
    trigger(reason: SyncTrigger): void {
      if (reason === 'signin') {
        halted = null;
        failures = 0;
      }
      if (halted) return;
      if (reason === 'write') {
        void refreshCounts().catch((err: unknown) => console.error('sync status counts failed', err));
        if (timerIsBackoff) return; // the retry is already planned; a write does not hurry it
        const now = deps.clock.now();
        firstWriteAt ??= now;
        schedule(Math.max(0, Math.min(debounceMs, firstWriteAt + maxDebounceMs - now)));
        return;
      }
      if (reason === 'alarm' && cancelTimer) return; // a live timer already covers it
      schedule(0);
    },
    /** Resolves when no cycle is running (tests, and the service worker before it idles). */
    async whenIdle(): Promise<void> {
      while (running) await running;
    },
  };
}

export type SyncScheduler = ReturnType<typeof createSyncScheduler>;
