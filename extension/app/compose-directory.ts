import { observeDirectory } from '../db/directory-repo';
import type { KarteDb } from '../db/schema';
import { currentAdvisorId } from '../platform/settings';
import { createDirectoryStore } from '../state/directory-store';

/** The organisation's advisors on this device (synced by the background), for every page that names them. */
export function createDirectory(db: KarteDb) {
  return createDirectoryStore({ observe: (onChange) => observeDirectory(db, onChange), me: currentAdvisorId });
}
