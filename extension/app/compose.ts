import { createDraftsRepo } from '../db/drafts-repo';
import { onTablesWritten } from '../db/local-writes';
import { ensureDefaultTags } from '../db/open-store';
import { openKarteDb } from '../db/schema';
import { requestBadgeRefresh } from '../platform/badge-refresh';
import { requestSync } from '../platform/sync-kick';
import { languageHint } from '../platform/language-hint';
import { settings } from '../platform/settings';
import { createI18nStore } from '../state/i18n-store';

/**
 * What every extension page shares: the local store, drafts, the language, and writes (lazy).
 * Only the language is waited for (from its hint, or extension storage the first time; never
 * IndexedDB): the store opens with its first read, and the default tags go in behind the
 * page (the tag list is live).
 */
export async function openServices(dbName?: string) {
  const i18n = createI18nStore({ language: settings.language, hint: languageHint });
  const db = openKarteDb(dbName);
  void ensureDefaultTags(db).catch((e: unknown) => console.error('default tags were not stored', e));
  // Every local write queues an outbox entry: the background (maybe asleep) redraws the toolbar badge.
  onTablesWritten(db.name, ['outbox'], requestBadgeRefresh);
  // …and syncs it soon (the background ignores this when nothing is left to send).
  onTablesWritten(db.name, ['outbox'], () => requestSync('write'));
  await i18n.load();
  let writes: Promise<import('../db/writes').Writes> | null = null;
  /** The validating write path, loaded on first use or by `preloadWrites` once the page is up. */
  const loadWrites = () => (writes ??= import('../db/writes').then((m) => m.createWrites(db)));
  return { db, drafts: createDraftsRepo(db), i18n, loadWrites };
}
export type Services = Awaited<ReturnType<typeof openServices>>;

/** Loads the write path once the browser is idle after first paint, so the first save does not wait for it. */
export function preloadWrites(s: Services): void {
  const load = () => void s.loadWrites();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 1000 });
  else setTimeout(load, 0);
}
