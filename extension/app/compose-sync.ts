import { discardRejected, observeSyncSnapshot } from '../db/sync-status-queries';
import type { KarteDb } from '../db/schema';
import { openOptionsPage } from '../platform/options-page';
import { settings } from '../platform/settings';
import { requestSync } from '../platform/sync-kick';
import { createSyncViewStore } from '../state/sync-view-store';

/** The popup's and side panel's view of sync; the background does the syncing. */
export function createSyncView(db: KarteDb) {
  return createSyncViewStore({
    observe: (onChange) => observeSyncSnapshot(db, onChange),
    watchEnabled: (onChange) => {
      const read = async () =>
        onChange(!(await settings.localOnly.getValue()) && (await settings.apiToken.getValue()).trim() !== '');
      void read();
      const stops = [settings.apiToken.watch(() => void read()), settings.localOnly.watch(() => void read())];
      return () => stops.forEach((stop) => stop());
    },
    kick: () => requestSync('open'),
    discard: (ids) => discardRejected(db, ids),
    openOptions: openOptionsPage,
  });
}
