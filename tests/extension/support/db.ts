import { uuidv7 } from '../../../shared';
import { openKarteDb, type KarteDb } from '../../../extension/db/schema';

/** A database of its own for each test (fake-indexeddb), so no test sees another's data. */
export function freshDbName(): string {
  return `test-${uuidv7()}`;
}

export function freshDb(): KarteDb {
  return openKarteDb(freshDbName());
}
