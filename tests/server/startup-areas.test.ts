import { describe, expect, it } from 'vitest';
import { directoryResponse, errorBody, orgProfile } from '../../shared';
import { makeOrg } from './fixtures/org';
import { startupAreaMapping as mapping } from './fixtures/org-settings';
import { auditRows } from './fixtures/records';

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
