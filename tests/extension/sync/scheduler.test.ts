import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../extension/sync/backoff';
import type { SyncOutcome } from '../../../extension/sync/engine';
import { createSyncScheduler } from '../../../extension/sync/scheduler';
import { createSyncStatusStore } from '../../../extension/sync/state';

/** A clock whose time moves only when the test says so. */
function manualClock() {
  let now = 0;
  let timers: { at: number; fn: () => void }[] = [];
  return {
    now: () => now,
    setTimer(fn: () => void, ms: number) {
      const t = { at: now + ms, fn };
      timers.push(t);
      return () => {
        timers = timers.filter((x) => x !== t);
      };
    },
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = due.at;
        due.fn();
        await new Promise((r) => setTimeout(r, 0));
      }
      now = until;
    },
    pending: () => timers.map((t) => t.at - now),
  };
}

const synced: SyncOutcome = { status: 'synced', at: 0, pushed: 0, pulled: 0 };
const offline: SyncOutcome = { status: 'transient', message: 'オフラインです', retryAfterMs: null };

function setup(outcomes: SyncOutcome[], random = () => 0.5) {
  const clock = manualClock();
  const status = createSyncStatusStore();
  let runs = 0;
  let running = 0;
  let maxRunning = 0;
  const engine = {
    async sync() {
      runs++;
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return outcomes.shift() ?? synced;
    },
  };
  const scheduler = createSyncScheduler({ engine, clock, random, status, counts: async () => ({ pending: 3, rejected: 1 }) });
  return { clock, status, scheduler, runs: () => runs, maxRunning: () => maxRunning };
}

describe('sync scheduler', () => {
  it('syncs about a second after a burst of writes, once', async () => {
    const { clock, scheduler, runs, status } = setup([]);
    scheduler.trigger('write');
    await clock.advance(500);
    scheduler.trigger('write');
    await clock.advance(900);
    expect(runs()).toBe(0);
    await clock.advance(200);
    await scheduler.whenIdle();
    expect(runs()).toBe(1);
    expect(status.status.value).toMatchObject({ phase: 'idle', pendingCount: 3, rejectedCount: 1, lastError: null });
  });

  it('runs one cycle at a time and one more for triggers that came during it', async () => {
    const { clock, scheduler, runs, maxRunning } = setup([]);
    scheduler.trigger('startup');
    await clock.advance(0);
    scheduler.trigger('manual');
    scheduler.trigger('online');
    await scheduler.whenIdle();
    await clock.advance(0);
    await scheduler.whenIdle();
    expect(maxRunning()).toBe(1);
    expect(runs()).toBe(2);
  });

  it('backs off after transient failures, and a write does not hurry the retry', async () => {
    const { clock, scheduler, runs, status } = setup([offline, offline]);
    scheduler.trigger('startup');
    await clock.advance(0);
    await scheduler.whenIdle();
    expect(status.status.value).toMatchObject({ phase: 'backoff', lastError: { code: 'network', message: 'オフラインです' } });
    expect(clock.pending()).toEqual([1000]); // 0.5 × 2 s
    scheduler.trigger('write');
    expect(clock.pending()).toEqual([1000]);
    await clock.advance(1000);
    await scheduler.whenIdle();
    expect(runs()).toBe(2);
    expect(clock.pending()).toEqual([2000]); // 0.5 × 4 s
    scheduler.trigger('online'); // the network is back: try now
    await clock.advance(0);
    await scheduler.whenIdle();
    expect(runs()).toBe(3);
    expect(status.status.value.phase).toBe('idle');
  });

  it('stops on signed_out until the advisor signs in again', async () => {
    const { clock, scheduler, runs, status } = setup([{ status: 'signed_out', message: 'サインインし直してください' }]);
    scheduler.trigger('startup');
    await clock.advance(0);
    await scheduler.whenIdle();
    expect(status.signedOut.value).toBe(true);
    scheduler.trigger('write');
    scheduler.trigger('alarm');
    await clock.advance(60_000);
    expect(runs()).toBe(1);
    scheduler.trigger('signin');
    await clock.advance(0);
    await scheduler.whenIdle();
    expect(runs()).toBe(2);
    expect(status.signedOut.value).toBe(false);
  });

  it('stops for good when the extension is too old', async () => {
    const { clock, scheduler, runs, status } = setup([{ status: 'client_too_old', message: '拡張機能を更新してください' }]);
    scheduler.trigger('startup');
    await clock.advance(0);
    await scheduler.whenIdle();
    scheduler.trigger('manual');
    await clock.advance(600_000);
    expect(runs()).toBe(1);
    expect(status.tooOld.value).toBe(true);
  });
});

describe('backoffDelay', () => {
  it('draws uniformly below an exponentially growing, capped ceiling', () => {
    const opts = { baseMs: 2_000, capMs: 300_000 };
    expect(backoffDelay(0, () => 0.99, opts)).toBe(0);
    expect(backoffDelay(1, () => 0.999, opts)).toBe(1_998);
    expect(backoffDelay(3, () => 0.5, opts)).toBe(4_000);
    expect(backoffDelay(30, () => 0.999, opts)).toBe(299_700);
    expect(backoffDelay(5, () => 0, opts)).toBe(0);
  });
});
