import { observeTaxonomy } from '../db/tag-queries';
import { createAdminClient } from '../platform/admin-client';
import { createIntegrationKeysClient } from '../platform/integration-keys-client';
import { copyText } from '../platform/clipboard';
import { createOrganisationClient } from '../platform/organisation-client';
import { settings } from '../platform/settings';
import { requestSync } from '../platform/sync-kick';
import { DEFAULT_STARTUP_AREA_TAGS, type StartupAreaTags } from '../../shared/startup-support';
import { createBansoRuleStore } from '../state/banso-rule-store';
import { createIntegrationKeysStore } from '../state/integration-keys-store';
import { createOrgSettingStore } from '../state/org-setting-store';
import { createOrgAdminStore } from '../state/org-admin-store';
import { createTagEditorStore } from '../state/tag-editor-store';
import type { Services } from './compose';
import { createDirectory } from './compose-directory';

/** organisation.html, admin part: the admin endpoints as the saved server and token reach them. */
export function createOrgAdmin(me: string) {
  const api = createAdminClient({ serverUrl: () => settings.serverUrl.getValue(), apiToken: () => settings.apiToken.getValue() });
  // A change of a name, a role or who is enabled: sync now, so every page's names follow (the directory comes after the sync).
  return createOrgAdminStore({ api, me, copy: copyText, changed: () => requestSync('now') });
}

/** organisation.html, the tags: edited through the records repository, synced like any record. */
export function createTagEditor(s: Services) {
  return createTagEditorStore({
    observe: (onChange) => observeTaxonomy(s.db, onChange),
    writes: async () => (await s.loadWrites()).repo,
  });
}

/** organisation.html, what 管理職 set for everyone (伴走支援の提案, 特定創業支援の分野): in force from the directory, changed through the API. */
export function createOrgSettings(s: Services) {
  const api = createOrganisationClient({ serverUrl: () => settings.serverUrl.getValue(), apiToken: () => settings.apiToken.getValue() });
  const directory = createDirectory(s.db);
  const changed = () => requestSync('now');
  return {
    bansoRule: createBansoRuleStore({ directory, save: api.saveBansoRule, changed }),
    startupAreas: createOrgSettingStore<StartupAreaTags>({
      directory,
      save: api.saveStartupAreas,
      changed,
      read: (o) => o.startupAreas,
      standard: DEFAULT_STARTUP_AREA_TAGS,
      messages: { saved: 'startupAreas.saved', reset: 'startupAreas.reset' },
    }),
  };
}

/** organisation.html, 外部システム連携キー (admins): the integration-key endpoints as the saved server and token reach them. */
export function createIntegrationKeys() {
  const api = createIntegrationKeysClient({ serverUrl: () => settings.serverUrl.getValue(), apiToken: () => settings.apiToken.getValue() });
  return createIntegrationKeysStore({ api, copy: copyText });
}
