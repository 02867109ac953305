import { computed, signal } from '@preact/signals';
import type { RejectedChange, SyncSnapshot } from '../db/sync-status-queries';

export interface SyncViewDeps {
  observe: (onChange: (s: SyncSnapshot) => void) => () => void;
  /** Whether sync is on (signed in, not local-only), now and on every change. */
  watchEnabled: (onChange: (enabled: boolean) => void) => () => void;
  /** Asks the background to sync now (the view just opened). */
  kick: () => void;
  discard: (entryIds: readonly number[]) => Promise<void>;
  openOptions: () => void;
}

/** The sync state as the popup and side panel show it, fed by what the background publishes. */
export function createSyncViewStore(deps: SyncViewDeps) {
  const snapshot = signal<SyncSnapshot>({ status: null, pending: 0, rejected: [] });
  const enabled = signal(false);
  /** Refused changes by the record they concern, for showing them on that record. */
  const rejectedByRecord = computed(() => {
    const map = new Map<string, RejectedChange[]>();
    for (const r of snapshot.value.rejected) map.set(r.recordId, [...(map.get(r.recordId) ?? []), r]);
    return map;
  });
  let stops: Array<() => void> | null = null;
  return {
    snapshot, enabled, rejectedByRecord,
    start(): void {
      if (stops) return;
      stops = [deps.observe((s) => (snapshot.value = s)), deps.watchEnabled((on) => (enabled.value = on))];
      deps.kick();
    },
    discard: (changes: readonly RejectedChange[]) => deps.discard(changes.map((c) => c.entryId)),
    openOptions: () => deps.openOptions(),
    dispose(): void {
      for (const stop of stops ?? []) stop();
      stops = null;
    },
  };
}

export type SyncViewStore = ReturnType<typeof createSyncViewStore>;
