import type { Services } from './compose';
import { observeSiteRules } from '../db/site-rule-queries';
import { requestOrigins } from '../platform/permissions';
import { readViewer, watchViewer } from '../platform/viewer';
import { createSiteRuleEditorStore, type SiteRuleEditorStore } from '../state/site-rule-editor-store';

/**
 * The options page's site rule editor (loaded after first paint: it tests URLs with the shared
 * site-rule code). Writes go through the records repository, so a rule syncs like any record.
 */
export async function createSiteRuleEditor(s: Services): Promise<SiteRuleEditorStore> {
  const repo = async () => (await s.loadWrites()).repo;
  const store = createSiteRuleEditorStore({
    observe: (onChange) => observeSiteRules(s.db, onChange),
    create: async (fields) => (await repo()).create('siteRule', fields),
    update: async (id, change) => (await repo()).update('siteRule', id, change),
    remove: async (id) => (await repo()).remove('siteRule', id),
    viewer: await readViewer(),
    requestAccess: requestOrigins,
  });
  watchViewer((v) => store.setViewer(v));
  store.start();
  return store;
}
