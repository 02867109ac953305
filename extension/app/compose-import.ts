import { createImportClient } from '../platform/import-client';
import { settings } from '../platform/settings';
import { requestSync } from '../platform/sync-kick';
import { createImportStore } from '../state/import-store';
import { createRestoreStore } from '../state/restore-store';
import type { Services } from './compose';
import { createDirectory } from './compose-directory';

/** import.html: the import endpoints as the saved server and token reach them; colleagues' names from the directory. */
export function createImport(s: Services) {
  const api = createImportClient({ serverUrl: () => settings.serverUrl.getValue(), apiToken: () => settings.apiToken.getValue() });
  const directory = createDirectory(s.db);
  directory.start();
  // Written: sync now, so the businesses reach this device's list.
  const changed = () => requestSync('now');
  return { list: createImportStore({ api, directory, changed }), restore: createRestoreStore({ api, changed }) };
}
