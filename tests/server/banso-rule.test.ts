import { describe, expect, it } from 'vitest';
import { DEFAULT_BANSO_RULE, directoryResponse, errorBody, orgProfile } from '../../shared';
import { makeOrg } from './fixtures/org';
import { tunedBansoRule as tuned } from './fixtures/org-settings';
import { auditRows } from './fixtures/records';

describe('PUT /v1/organisation/banso-rule', () => {
  it('lets a 管理職 tune the 伴走 suggestion for everyone (audited): every device reads it in the directory', async () => {
    const { org, manager, advisor } = await makeOrg();
    expect(directoryResponse.parse(await (await advisor.get('/v1/directory')).json()).organisation.bansoRule).toBeNull();
    const res = await manager.send('PUT', '/v1/organisation/banso-rule', { rule: tuned });
    expect(res.status).toBe(200);
    expect(orgProfile.parse(await res.json()).bansoRule).toEqual(tuned);
    expect(directoryResponse.parse(await (await advisor.get('/v1/directory')).json()).organisation.bansoRule).toEqual(tuned);
    expect(await auditRows(org.id)).toEqual([{ advisor_id: manager.id, action: 'org.update_banso_rule', target: org.id }]);
  });

  it('goes back to the standard rule with null, and an admin may do it too', async () => {
    const { admin } = await makeOrg();
    await admin.send('PUT', '/v1/organisation/banso-rule', { rule: tuned });
    const res = await admin.send('PUT', '/v1/organisation/banso-rule', { rule: null });
    expect(orgProfile.parse(await res.json()).bansoRule).toBeNull();
  });

  it('is refused to an advisor, with the reason in Japanese, and changes nothing', async () => {
    const { advisor, manager } = await makeOrg();
    const res = await advisor.send('PUT', '/v1/organisation/banso-rule', { rule: tuned });
    expect(res.status).toBe(403);
    expect(errorBody.parse(await res.json()).error.message).toMatch(/管理/);
    expect(directoryResponse.parse(await (await manager.get('/v1/directory')).json()).organisation.bansoRule).toBeNull();
  });

  it('refuses numbers out of range, unknown fields and tags the organisation does not have, in Japanese, changing nothing', async () => {
    const { manager, advisor } = await makeOrg();
    const cases: [unknown, RegExp][] = [
      [{ rule: { ...DEFAULT_BANSO_RULE, consultations: 1 } }, /相談の回数は2以上/],
      [{ rule: { ...DEFAULT_BANSO_RULE, months: 25 } }, /期間（月数）は24以下/],
      [{ rule: { ...DEFAULT_BANSO_RULE, signals: 2.5 } }, /兆しの種類の数は整数/],
      [
        { rule: { ...DEFAULT_BANSO_RULE, routineTagIds: Array.from({ length: 101 }, (_, i) => `tag-${i}`) } },
        /定型的な相談分野は100個まで/,
      ],
      [{ rule: { ...DEFAULT_BANSO_RULE, extra: 1 } }, /./],
      [{}, /./],
      [{ rule: { ...DEFAULT_BANSO_RULE, triggerTagIds: ['no-such-tag'] } }, /使われていないタグが1件/],
    ];
    for (const [body, message] of cases) {
      const res = await manager.send('PUT', '/v1/organisation/banso-rule', body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      const error = errorBody.parse(await res.json()).error;
      expect(error.message + (error.details ?? []).map((d) => d.message).join(' ')).toMatch(message);
      expect(error.message).toMatch(/[ぁ-んァ-ン一-龯]/);
    }
    expect(directoryResponse.parse(await (await advisor.get('/v1/directory')).json()).organisation.bansoRule).toBeNull();
  });
});
