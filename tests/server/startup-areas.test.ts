import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STARTUP_AREA_TAGS, directoryResponse, errorBody, orgProfile, type StartupAreaTags } from '../../shared';
import { createOrganisationClient } from '../../extension/platform/organisation-client';
import { createDirectoryStore } from '../../extension/state/directory-store';
import { createOrgSettingStore } from '../../extension/state/org-setting-store';
import { makeOrg } from './fixtures/org';
import { auditRows } from './fixtures/records';

const mapping = { ...DEFAULT_STARTUP_AREA_TAGS, management: ['topic-general', 'topic-startup'], finance: ['topic-finance', 'topic-tax'] };

describe('PUT /v1/organisation/startup-areas', () => {
  it('lets a 管理職 map the organisation’s tags to 経営・財務・人材育成・販路開拓 (audited); every device reads it in the directory; null goes back', async () => {
    const { org, manager, advisor } = await makeOrg();
    const res = await manager.send('PUT', '/v1/organisation/startup-areas', { areas: mapping });
    expect(res.status).toBe(200);
    expect(orgProfile.parse(await res.json()).startupAreas).toEqual(mapping);
    expect(directoryResponse.parse(await (await advisor.get('/v1/directory')).json()).organisation.startupAreas).toEqual(mapping);
    expect(await auditRows(org.id)).toEqual([{ advisor_id: manager.id, action: 'org.update_startup_areas', target: org.id }]);
    const back = await manager.send('PUT', '/v1/organisation/startup-areas', { areas: null });
    expect(orgProfile.parse(await back.json()).startupAreas).toBeNull();
  });

  it('refuses an advisor, a missing area and tags the organisation does not have, in Japanese, changing nothing', async () => {
    const { advisor, manager } = await makeOrg();
    expect((await advisor.send('PUT', '/v1/organisation/startup-areas', { areas: mapping })).status).toBe(403);
    const { hr: _hr, ...withoutHr } = mapping;
    for (const [body, message] of [
      [{ areas: withoutHr }, /./],
      [{ areas: { ...mapping, sales: ['no-such-tag'] } }, /使われていないタグが1件/],
      [{ areas: { ...mapping, finance: 'topic-tax' } }, /財務の分野のタグはタグIDの配列/],
    ] as const) {
      const res = await manager.send('PUT', '/v1/organisation/startup-areas', body);
      expect(res.status).toBe(400);
      const error = errorBody.parse(await res.json()).error;
      expect(error.message + (error.details ?? []).map((d) => d.message).join(' ')).toMatch(message);
      expect(error.message).toMatch(/[ぁ-んァ-ン一-龯]/);
    }
    expect(directoryResponse.parse(await (await advisor.get('/v1/directory')).json()).organisation.startupAreas).toBeNull();
  });
});

describe('organisation page: 特定創業支援の分野 (store on the API)', () => {
  it('shows the standard mapping before the directory has come, saves the organisation’s own, and goes back', async () => {
    const { manager } = await makeOrg();
    const api = createOrganisationClient({ serverUrl: async () => 'https://api.test', apiToken: async () => manager.token, fetch: (input, init) => SELF.fetch(input as string, init) });
    const directory = createDirectoryStore({ observe: (onChange) => (onChange({ advisors: [], organisation: null }), () => {}), me: async () => manager.id });
    let changes = 0;
    const store = createOrgSettingStore<StartupAreaTags>({
      directory, save: api.saveStartupAreas, changed: () => void changes++,
      read: (o) => o.startupAreas, standard: DEFAULT_STARTUP_AREA_TAGS, messages: { saved: 'startupAreas.saved', reset: 'startupAreas.reset' },
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
