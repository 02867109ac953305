import { discardRejected, observeSyncSnapshot, observeUnsentConsultations } from '../db/sync-status-queries';
import type { KarteDb } from '../db/schema';
import { syncModeOf } from '../org/viewer';
import { openOptionsPage } from '../platform/options-page';
import { settings } from '../platform/settings';
import { requestSync } from '../platform/sync-kick';
import { createSyncViewStore, type SyncMode } from '../state/sync-view-store';

/** How this device syncs, now and whenever the settings change; returns the stop function. */
export function watchSyncMode(onChange: (mode: SyncMode) => void): () => void {
  const read = async () => {
    const [localOnly, apiToken] = await Promise.all([settings.localOnly.getValue(), settings.apiToken.getValue()]);
    onChange(syncModeOf({ localOnly, apiToken }));
  };
  void read();
  const stops = [settings.apiToken.watch(() => void read()), settings.localOnly.watch(() => void read())];
  return () => stops.forEach((stop) => stop());
}

/** The consultations with a change not yet sent, while this device syncs (none otherwise); returns the stop function. */
export function observeUnsentWhileSyncing(db: KarteDb, onChange: (ids: ReadonlySet<string>) => void): () => void {
  let on = false;
  let ids: ReadonlySet<string> = new Set();
  const emit = () => onChange(on ? ids : new Set());
  const stops = [
    watchSyncMode((mode) => {
      on = mode === 'on';
      emit();
    }),
    observeUnsentConsultations(db, (next) => {
      ids = next;
      emit();
    }),
  ];
  return () => stops.forEach((stop) => stop());
}

/** The popup's and side panel's view of sync; the background does the syncing. */
export function createSyncView(db: KarteDb) {
  return createSyncViewStore({
    observe: (onChange) => observeSyncSnapshot(db, onChange),
    watchMode: watchSyncMode,
    observeUnsent: (onChange) => observeUnsentConsultations(db, onChange),
    kick: () => requestSync('open'),
    syncNow: () => requestSync('now'),
    discard: (ids) => discardRejected(db, ids),
    openOptions: openOptionsPage,
  });
}
