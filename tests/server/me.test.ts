import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { errorBody, meResponse, MIN_PROTOCOL_VERSION, PROTOCOL_VERSION } from '../../shared';
import { actorFetch, makeOrg } from './fixtures/org';

describe('GET /v1/me', () => {
  it('names the advisor, the organisation and the protocol versions served', async () => {
    const { org, manager } = await makeOrg();
    const res = await manager.get('/v1/me');
    expect(res.status).toBe(200);
    const body = meResponse.parse(await res.json());
    expect(body.advisor).toMatchObject({ id: manager.id, role: 'manager', disabledAt: null });
    expect(body.organisation).toEqual({
      id: org.id,
      name: org.name,
      kind: null,
      prefecture: null,
      municipality: '',
      fiscalYearStartMonth: 4,
      bansoRule: null,
      startupAreas: null,
    });
    expect(body).toMatchObject({ protocol: PROTOCOL_VERSION, minProtocol: MIN_PROTOCOL_VERSION });
  });

  it.each([
    ['no Authorization header', null],
    ['a token nobody issued', 'bk_not-a-real-token'],
  ])('answers 401 in the shared shape for %s', async (_label, token) => {
    const res = await actorFetch(token, 'GET', '/v1/me');
    expect(res.status).toBe(401);
    expect(errorBody.parse(await res.json()).error.code).toBe('unauthorized');
  });

  it('answers 401 for a header that is not a Bearer token', async () => {
    const { advisor } = await makeOrg();
    const res = await SELF.fetch('http://api.test/v1/me', { headers: { Authorization: `Basic ${advisor.token}` } });
    expect(res.status).toBe(401);
    expect(errorBody.parse(await res.json()).error.code).toBe('unauthorized');
  });

  it('stops accepting the token of an advisor who has been disabled', async () => {
    const { advisor } = await makeOrg();
    expect((await advisor.get('/v1/me')).status).toBe(200);
    await env.DB.prepare('UPDATE advisors SET disabled_at = ? WHERE id = ?').bind(new Date().toISOString(), advisor.id).run();
    expect((await advisor.get('/v1/me')).status).toBe(401);
  });
});
