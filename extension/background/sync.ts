import type { KarteDb } from '../db/schema';
import { ensureAlarm, onAlarm } from '../platform/alarms';
import { onBackOnline } from '../platform/online';
import { settings } from '../platform/settings';
import { onSyncRequest } from '../platform/sync-kick';
import type { SyncTrigger } from '../sync/scheduler';
import type { DirectoryResponse } from '../../shared/api';
import { signedInFromDirectory } from './directory-refresh';
import { createSyncService, type Connection } from './sync-service';

export const SYNC_ALARM = 'banso-sync';
/** The backstop: Chrome stops an idle service worker (and its retry timers); this wakes it. */
const SYNC_PERIOD_MIN = 5;

async function connection(): Promise<Connection> {
  const [localOnly, token, serverUrl] = await Promise.all([
    settings.localOnly.getValue(),
    settings.apiToken.getValue(),
    settings.serverUrl.getValue(),
  ]);
  return localOnly || token.trim() === '' ? null : { serverUrl, token: token.trim() };
}

/** The signed-in advisor's name and role follow what the directory says (an admin changes them). */
async function keepSignedInCurrent(directory: DirectoryResponse): Promise<void> {
  const next = signedInFromDirectory(await settings.advisor.getValue(), directory);
  if (next) await settings.advisor.setValue(next);
}

/**
 * Sync triggers, registered synchronously at service worker start (a message, alarm or
 * storage change may be what woke it): start-up, a page's request after a local write (the
 * outbox is in IndexedDB, whose change notices do not wake a sleeping worker; a runtime
 * message does), the network coming back, the periodic alarm, and sign-in (a new token).
 */
export function startSync(store: Promise<KarteDb>): void {
  const service = store.then((db) => createSyncService({ db, connection, onDirectory: keepSignedInCurrent }));
  const kick = (reason: SyncTrigger) =>
    void service.then((s) => s.kick(reason)).catch((e: unknown) => console.error(`sync (${reason}) not started`, e));

  // A page opening and 「今すぐ同期」 sync at once (even during a retry's wait); a write waits for the burst to end.
  onSyncRequest((reason) => kick(reason === 'write' ? 'write' : reason === 'signin' ? 'signin' : 'manual'));
  onAlarm(SYNC_ALARM, () => kick('alarm'));
  onBackOnline(() => kick('online'));
  const signInChanged = () => void connection().then((c) => (c ? kick('signin') : void service.then((s) => s.signedOut())));
  for (const item of [settings.apiToken, settings.serverUrl, settings.localOnly] as const) item.watch(signInChanged);
  void ensureAlarm(SYNC_ALARM, SYNC_PERIOD_MIN).catch((e: unknown) => console.error('sync alarm not set', e));
  kick('startup');
}
