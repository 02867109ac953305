import type { NotifiedState } from '../karte/due';
import { META_KEYS } from './meta-keys';
import type { KarteDb } from './schema';

/** Which reminders were shown (action id → due date), kept across service worker restarts. */
export async function loadNotified(db: KarteDb): Promise<NotifiedState> {
  const entry = await db.meta.get(META_KEYS.remindersNotified);
  const value = entry?.value;
  if (!value || typeof value !== 'object') return {};
  // Only this module writes the entry; anything else in it (an older shape) is dropped, not trusted.
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export async function saveNotified(db: KarteDb, state: NotifiedState): Promise<void> {
  await db.meta.put({ key: META_KEYS.remindersNotified, value: state });
}
