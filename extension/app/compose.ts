import { getBusiness, searchBusinesses } from '../db/business-queries';
import { createDraftsRepo } from '../db/drafts-repo';
import { onTablesWritten } from '../db/local-writes';
import { ensureDefaultTags } from '../db/open-store';
import { openKarteDb, type KarteDb } from '../db/schema';
import { observeTaxonomy } from '../db/tag-queries';
import { requestBadgeRefresh } from '../platform/badge-refresh';
import { requestSync } from '../platform/sync-kick';
import { readActiveTab } from '../platform/current-page';
import { ANY_SITE_ORIGINS, requestOrigins } from '../platform/permissions';
import { languageHint, settings } from '../platform/settings';
import { createBusinessPickerStore } from '../state/business-picker-store';
import type { CaptureStores } from '../state/contexts';
import { createEditorStore } from '../state/editor-store';
import { createI18nStore } from '../state/i18n-store';
import { createPageStore } from '../state/page-store';
import { createTaxonomyStore } from '../state/taxonomy-store';
import { createSyncView } from './compose-sync';

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

export function createTaxonomy(db: KarteDb) {
  return createTaxonomyStore({ observe: (onChange) => observeTaxonomy(db, onChange) });
}

/** The stores of a capture view; `surface` keys its draft (`popup` or `panel`). */
export function createCaptureStores(s: Services, surface: 'popup' | 'panel'): CaptureStores {
  const page = createPageStore({
    readActiveTab,
    siteRules: () => settings.siteRules.getValue(),
    requestAccess: () => requestOrigins(ANY_SITE_ORIGINS),
  });
  const picker = createBusinessPickerStore({
    // Typing searches widely; an empty box only offers the few businesses seen last.
    search: (q) => searchBusinesses(s.db, q, q.trim() === '' ? 5 : 20),
    get: (id) => getBusiness(s.db, id),
    create: async (name) => (await s.loadWrites()).repo.create('business', { name }),
  });
  const editor = createEditorStore({
    surface,
    drafts: s.drafts,
    observeDraft: s.drafts.observe,
    save: async (plan) => (await s.loadWrites()).saveConsultation(plan),
    // The business just saved under is almost always the one picked: show it without another read.
    getBusiness: async (id) => (picker.selected.value?.id === id ? picker.selected.value : getBusiness(s.db, id)),
    currentPage: () => page.link(),
    now: () => new Date(),
  });
  return { editor, picker, page, taxonomy: createTaxonomy(s.db), sync: createSyncView(s.db) };
}
