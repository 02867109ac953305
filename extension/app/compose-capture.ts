// The capture views' stores (popup, side panel) and the taxonomy store (options too), apart from
// compose.ts so the karte and follow-ups pages do not load them.
import { getBusiness, searchBusinesses } from '../db/business-queries';
import { observeConsultation } from '../db/consultation-watch';
import type { KarteDb } from '../db/schema';
import { loadSiteRules } from '../db/site-rule-queries';
import { observeTaxonomy } from '../db/tag-queries';
import { pickerSearchLimit } from '../karte/business-search';
import { readActiveTab } from '../platform/current-page';
import { requestOrigins } from '../platform/permissions';
import { settings } from '../platform/settings';
import { createBusinessPickerStore } from '../state/business-picker-store';
import type { CaptureStores } from '../state/contexts';
import { createEditorStore, type EditorSurface } from '../state/editor-store';
import { createPageStore } from '../state/page-store';
import { createTaxonomyStore } from '../state/taxonomy-store';
import type { Services } from './compose';
import { createDirectory } from './compose-directory';
import { createSyncView } from './compose-sync';

export function createTaxonomy(db: KarteDb) {
  return createTaxonomyStore({ observe: (onChange) => observeTaxonomy(db, onChange) });
}

/** The stores of a capture view; `surface` keys its draft (`popup`, `panel`, or `karte:<business id>`). */
export function createCaptureStores(s: Services, surface: EditorSurface): CaptureStores {
  const page = createPageStore({
    readActiveTab,
    siteAccess: () => settings.siteAccess.getValue(),
    portalPatterns: async () => (await loadSiteRules(s.db)).filter((r) => r.enabled).map((r) => r.urlPattern),
    requestAccess: requestOrigins,
  });
  const picker = createBusinessPickerStore({
    search: (q) => searchBusinesses(s.db, q, pickerSearchLimit(surface, q)),
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
    noteDefaults: { read: () => settings.noteDefaults.getValue(), remember: (d) => settings.noteDefaults.setValue(d) },
    observeConsultation: (id, onChange) => observeConsultation(s.db, id, onChange),
  });
  return { editor, picker, page, taxonomy: createTaxonomy(s.db), directory: createDirectory(s.db), sync: createSyncView(s.db) };
}
