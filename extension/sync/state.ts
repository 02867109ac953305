import { computed, signal } from '@preact/signals';

/** What the popup, side panel and badge show about sync. */
export interface SyncStatus {
  /** idle: nothing running; backoff: waiting to retry after a failure; signed_out / client_too_old: stopped until the user acts. */
  phase: 'idle' | 'syncing' | 'backoff' | 'signed_out' | 'client_too_old';
  /** Local changes not yet confirmed by the server. */
  pendingCount: number;
  /** Changes the server refused for good (shown on their record with the server's message). */
  rejectedCount: number;
  /** ISO time of the last cycle that pushed and pulled everything. */
  lastSyncAt: string | null;
  /** Why the last cycle failed, in words a person can act on; null after a success. */
  lastError: { code: string; message: string } | null;
  /** Epoch ms of the next automatic retry while in backoff. */
  nextRetryAt: number | null;
}

export const INITIAL_SYNC_STATUS: SyncStatus = {
  phase: 'idle',
  pendingCount: 0,
  rejectedCount: 0,
  lastSyncAt: null,
  lastError: null,
  nextRetryAt: null,
};

/** A small signal store: the scheduler writes it, components read it (directly or through the flags). */
export function createSyncStatusStore(initial: Partial<SyncStatus> = {}) {
  const status = signal<SyncStatus>({ ...INITIAL_SYNC_STATUS, ...initial });
  return {
    status,
    /** A token problem: the UI asks the advisor to sign in again. */
    signedOut: computed(() => status.value.phase === 'signed_out'),
    /** The extension must be updated before it can sync again. */
    tooOld: computed(() => status.value.phase === 'client_too_old'),
    /** Anything local the organisation does not have yet (badge count). */
    unsynced: computed(() => status.value.pendingCount),
    update(patch: Partial<SyncStatus>): void {
      status.value = { ...status.value, ...patch };
    },
  };
}

export type SyncStatusStore = ReturnType<typeof createSyncStatusStore>;
