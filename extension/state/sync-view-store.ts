import { computed, signal } from '@preact/signals';
import type { RejectedChange, SyncSnapshot } from '../db/sync-status-queries';
import type { SyncMode } from '../org/viewer';

export type { SyncMode } from '../org/viewer';

export interface SyncViewDeps {
  observe: (onChange: (s: SyncSnapshot) => void) => () => void;
  /** How this device syncs, now and on every change. */
  watchMode: (onChange: (mode: SyncMode) => void) => () => void;
  /** The consultations with a change not yet sent, now and on every change. */
  observeUnsent?: (onChange: (ids: ReadonlySet<string>) => void) => () => void;
  /** Asks the background to sync now (the view just opened). */
  kick: () => void;
  /** The advisor pressed 「今すぐ同期」: the background syncs at once, even while waiting to retry. */
  syncNow: () => void;
  discard: (entryIds: readonly number[]) => Promise<void>;
  openOptions: () => void;
}

const NONE: ReadonlySet<string> = new Set();

/** The sync state as the popup and side panel show it, fed by what the background publishes. */
export function createSyncViewStore(deps: SyncViewDeps) {
  const snapshot = signal<SyncSnapshot>({ status: null, pending: 0, rejected: [] });
  /** null until the settings have been read. */
  const mode = signal<SyncMode | null>(null);
  const enabled = computed(() => mode.value === 'on');
  const unsentIds = signal<ReadonlySet<string>>(NONE);
  /** Marked 未送信 only while sync is on: before sign-in and in local-only mode nothing is sent at all. */
  const unsent = computed(() => (enabled.value ? unsentIds.value : NONE));
  /** Refused changes by the record they concern, for showing them on that record. */
  const rejectedByRecord = computed(() => {
    const map = new Map<string, RejectedChange[]>();
    for (const r of snapshot.value.rejected) map.set(r.recordId, [...(map.get(r.recordId) ?? []), r]);
    return map;
  });
  let stops: Array<() => void> | null = null;
  return {
    snapshot,
    mode,
    enabled,
    unsent,
    rejectedByRecord,
    start(): void {
      if (stops) return;
      stops = [
        deps.observe((s) => (snapshot.value = s)),
        deps.watchMode((m) => (mode.value = m)),
        deps.observeUnsent?.((ids) => (unsentIds.value = ids)) ?? (() => {}),
      ];
      deps.kick();
    },
    syncNow: () => deps.syncNow(),
    discard: (changes: readonly RejectedChange[]) => deps.discard(changes.map((c) => c.entryId)),
    openOptions: () => deps.openOptions(),
    dispose(): void {
      for (const stop of stops ?? []) stop();
      stops = null;
    },
  };
}

export type SyncViewStore = ReturnType<typeof createSyncViewStore>;
