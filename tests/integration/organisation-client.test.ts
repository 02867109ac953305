import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BANSO_RULE, DEFAULT_STARTUP_AREA_TAGS, type StartupAreaTags } from '../../shared';
import { createOrganisationClient } from '../../extension/platform/organisation-client';
import { createBansoRuleStore } from '../../extension/state/banso-rule-store';
import { createDirectoryStore } from '../../extension/state/directory-store';
import { createOrgSettingStore } from '../../extension/state/org-setting-store';
import { makeOrg, type Actor } from '../server/fixtures/org';
import { startupAreaMapping as mapping, tunedBansoRule as tuned } from '../server/fixtures/org-settings';

/** The organisation page's stores use the real client against the real worker and D1. */
function organisationPage(actor: Actor) {
  const api = createOrganisationClient({
    serverUrl: async () => 'https://api.test',
    apiToken: async () => actor.token,
    fetch: (input, init) => SELF.fetch(input as string, init),
  });
  // Before the first sync the device knows no directory: the standard settings show.
  const directory = createDirectoryStore({
    observe: (onChange) => (onChange({ advisors: [], organisation: null }), () => {}),
    me: async () => actor.id,
  });
  return { api, directory };
}

describe('organisation page: 伴走支援の提案 (store on the API)', () => {
  function rulePage(actor: Actor) {
    let changes = 0;
    const { api, directory } = organisationPage(actor);
    const store = createBansoRuleStore({ directory, save: api.saveBansoRule, changed: () => void changes++ });
    store.start();
    return { store, changes: () => changes };
  }

  it('shows the standard rule, saves the organisation’s own, asks for a sync, and goes back to the standard one', async () => {
    const { manager } = await makeOrg();
    const { store, changes } = rulePage(manager);
    expect(store.tuned.value).toBe(false);
    expect(store.value.value).toEqual(DEFAULT_BANSO_RULE);
    expect(await store.save(tuned)).toBe(true);
    expect(store.tuned.value).toBe(true);
    expect(store.value.value).toEqual(tuned);
    expect(store.notice.value).toEqual({ tone: 'success', message: { key: 'bansoRule.saved' } });
    expect(changes()).toBe(1);
    expect(await store.save(null)).toBe(true);
    expect(store.value.value).toEqual(DEFAULT_BANSO_RULE);
  });

  it('shows the server’s own Japanese reason when an advisor tries, and keeps the rule', async () => {
    const { advisor } = await makeOrg();
    const { store, changes } = rulePage(advisor);
    expect(await store.save(tuned)).toBe(false);
    expect(store.notice.value).toMatchObject({ tone: 'error', message: { key: 'org.failed' } });
    expect(JSON.stringify(store.notice.value)).toMatch(/管理/);
    expect(store.value.value).toEqual(DEFAULT_BANSO_RULE);
    expect(changes()).toBe(0);
  });
});

describe('organisation page: 特定創業支援の分野 (store on the API)', () => {
  it('shows the standard mapping before the directory has come, saves the organisation’s own, and goes back', async () => {
    const { manager } = await makeOrg();
    const { api, directory } = organisationPage(manager);
    let changes = 0;
    const store = createOrgSettingStore<StartupAreaTags>({
      directory,
      save: api.saveStartupAreas,
      changed: () => void changes++,
      read: (o) => o.startupAreas,
      standard: DEFAULT_STARTUP_AREA_TAGS,
      messages: { saved: 'startupAreas.saved', reset: 'startupAreas.reset' },
    });
    store.start();
    expect(store.known.value).toBe(false);
    expect(store.value.value).toEqual(DEFAULT_STARTUP_AREA_TAGS);
    expect(await store.save(mapping)).toBe(true);
    expect(store.known.value).toBe(true);
    expect(store.tuned.value).toBe(true);
    expect(store.value.value).toEqual(mapping);
    expect(store.notice.value).toEqual({ tone: 'success', message: { key: 'startupAreas.saved' } });
    expect(await store.save(null)).toBe(true);
    expect(store.value.value).toEqual(DEFAULT_STARTUP_AREA_TAGS);
    expect(store.notice.value).toEqual({ tone: 'success', message: { key: 'startupAreas.reset' } });
    expect(changes).toBe(2);
  });
});
