import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { advisorView, createdAdvisor, createdToken, errorBody, meResponse, page, tokenView } from '../../shared';
import { actorFetch, makeOrg } from './fixtures/org';
import { auditRows } from './fixtures/records';

const advisorPage = page(advisorView);
const tokenPage = page(tokenView);

async function errorCode(res: Response) {
  return errorBody.parse(await res.json()).error.code;
}

const advisorCount = async (orgId: string) =>
  (await env.DB.prepare('SELECT COUNT(*) AS n FROM advisors WHERE org_id = ?').bind(orgId).first<{ n: number }>())!.n;

describe('GET /v1/admin/advisors', () => {
  it('pages through the organisation’s advisors in creation order with an opaque cursor', async () => {
    const { admin } = await makeOrg();
    const other = await makeOrg();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=3&cursor=${cursor}` : '?limit=3';
      const res = await admin.get(`/v1/admin/advisors${query}`);
      expect(res.status).toBe(200);
      const body = advisorPage.parse(await res.json());
      expect(body.items.length).toBeLessThanOrEqual(3);
      seen.push(...body.items.map((a) => a.id));
      cursor = body.nextCursor;
    } while (cursor);
    const { results } = await env.DB.prepare('SELECT id FROM advisors WHERE org_id = ? ORDER BY created_at, id')
      .bind(admin.orgId)
      .all<{ id: string }>();
    expect(seen).toEqual(results.map((r) => r.id));
    expect(seen).toHaveLength(4);
    expect(seen).not.toContain(other.admin.id);
  });

  it('answers 400 for a cursor that was not issued by the API', async () => {
    const { admin } = await makeOrg();
    const res = await admin.get('/v1/admin/advisors?cursor=not-a-cursor');
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('validation_failed');
  });

  it('refuses a manager with 403', async () => {
    const { manager } = await makeOrg();
    const res = await manager.get('/v1/admin/advisors');
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('forbidden');
  });
});

describe('POST /v1/admin/advisors', () => {
  it('creates the advisor with a first token shown once, and audits both', async () => {
    const { admin } = await makeOrg();
    const res = await admin.post('/v1/admin/advisors', { name: '山田 太郎', email: 'yamada@example.jp', role: 'manager' });
    expect(res.status).toBe(201);
    const body = createdAdvisor.parse(await res.json());
    expect(body.advisor).toMatchObject({ name: '山田 太郎', email: 'yamada@example.jp', role: 'manager', disabledAt: null });
    expect(body.tokenInfo).toMatchObject({ advisorId: body.advisor.id, label: '初期トークン', revokedAt: null });
    const me = meResponse.parse(await (await actorFetch(body.token, 'GET', '/v1/me')).json());
    expect(me.advisor).toMatchObject({ id: body.advisor.id, role: 'manager' });
    expect(me.organisation.id).toBe(admin.orgId);
    const audit = await auditRows(admin.orgId);
    expect(audit).toHaveLength(2);
    expect(audit).toEqual(
      expect.arrayContaining([
        { advisor_id: admin.id, action: 'advisor.create', target: body.advisor.id },
        { advisor_id: admin.id, action: 'token.create', target: body.tokenInfo.id },
      ]),
    );
  });

  it.each([
    ['an unknown role', { name: 'a', role: 'owner' }, 'role'],
    ['a blank name', { name: '  ', role: 'advisor' }, 'name'],
    ['a malformed email', { name: 'a', role: 'advisor', email: 'yamada@' }, 'email'],
    ['an unknown field', { name: 'a', role: 'advisor', orgId: 'x' }, ''],
  ])('refuses %s with 400 and creates nobody', async (_label, body, path) => {
    const { org, admin } = await makeOrg();
    const res = await admin.post('/v1/admin/advisors', body);
    expect(res.status).toBe(400);
    const { error } = errorBody.parse(await res.json());
    expect(error.code).toBe('validation_failed');
    expect(error.details?.map((d) => d.path)).toContain(path);
    expect(await advisorCount(org.id)).toBe(4);
    expect(await auditRows(org.id)).toEqual([]);
  });

  it('refuses a body above the size limit with 413', async () => {
    const { admin } = await makeOrg();
    const res = await admin.post('/v1/admin/advisors', { name: 'a', role: 'advisor', tokenLabel: 'x'.repeat(70 * 1024) });
    expect(res.status).toBe(413);
    expect(await errorCode(res)).toBe('payload_too_large');
  });
});

describe('POST /v1/admin/advisors/:id/tokens', () => {
  it('issues another working token for an advisor of the organisation', async () => {
    const { admin, advisor } = await makeOrg();
    const res = await admin.post(`/v1/admin/advisors/${advisor.id}/tokens`, { label: 'ノートPC' });
    expect(res.status).toBe(201);
    const body = createdToken.parse(await res.json());
    expect(body.tokenInfo).toMatchObject({ advisorId: advisor.id, label: 'ノートPC' });
    expect((await actorFetch(body.token, 'GET', '/v1/me')).status).toBe(200);
    expect((await advisor.get('/v1/me')).status).toBe(200);
  });

  it('answers 404 for an advisor of another organisation and issues nothing', async () => {
    const { admin } = await makeOrg();
    const other = await makeOrg();
    const res = await admin.post(`/v1/admin/advisors/${other.advisor.id}/tokens`, { label: 'x' });
    expect(res.status).toBe(404);
    expect(await errorCode(res)).toBe('not_found');
    const n = await env.DB.prepare('SELECT COUNT(*) AS n FROM api_tokens WHERE advisor_id = ?')
      .bind(other.advisor.id)
      .first<{ n: number }>();
    expect(n!.n).toBe(1);
  });

  it('answers 409 for a disabled advisor and 400 for a malformed id or missing label', async () => {
    const { admin, advisor } = await makeOrg();
    await admin.send('PATCH', `/v1/admin/advisors/${advisor.id}`, { disabled: true });
    const disabled = await admin.post(`/v1/admin/advisors/${advisor.id}/tokens`, { label: 'x' });
    expect(disabled.status).toBe(409);
    expect(await errorCode(disabled)).toBe('conflict');
    expect((await admin.post('/v1/admin/advisors/123/tokens', { label: 'x' })).status).toBe(400);
    expect((await admin.post(`/v1/admin/advisors/${admin.id}/tokens`, {})).status).toBe(400);
  });
});

describe('GET /v1/admin/tokens', () => {
  it('lists the organisation’s tokens without hashes, optionally for one advisor', async () => {
    const { admin, advisor } = await makeOrg();
    const other = await makeOrg();
    const all = await admin.get('/v1/admin/tokens?limit=200');
    expect(all.status).toBe(200);
    const raw = (await all.json()) as { items: Record<string, unknown>[] };
    expect(raw.items).toHaveLength(4);
    for (const item of raw.items) expect(Object.keys(item).sort()).toEqual(Object.keys(tokenView.shape).sort());
    expect(JSON.stringify(raw)).not.toContain(other.admin.id);

    const mine = tokenPage.parse(await (await admin.get(`/v1/admin/tokens?advisorId=${advisor.id}`)).json());
    expect(mine.items.map((t) => t.advisorId)).toEqual([advisor.id]);
  });
});

describe('DELETE /v1/admin/tokens/:id', () => {
  const tokenOf = async (advisorId: string) =>
    (await env.DB.prepare('SELECT id FROM api_tokens WHERE advisor_id = ?').bind(advisorId).first<{ id: string }>())!.id;

  it('revokes the token at once, leaves the advisor’s other tokens working and audits it', async () => {
    const { admin, advisor } = await makeOrg();
    const spare = createdToken.parse(await (await admin.post(`/v1/admin/advisors/${advisor.id}/tokens`, { label: '予備' })).json());
    const id = await tokenOf(advisor.id);
    expect((await advisor.get('/v1/me')).status).toBe(200);
    const res = await admin.send('DELETE', `/v1/admin/tokens/${id}`);
    expect(res.status).toBe(200);
    expect(tokenView.parse(await res.json())).toMatchObject({ id, revokedAt: expect.any(String) });
    expect((await advisor.get('/v1/me')).status).toBe(401);
    expect((await actorFetch(spare.token, 'GET', '/v1/me')).status).toBe(200);
    expect(await auditRows(admin.orgId)).toContainEqual({ advisor_id: admin.id, action: 'token.revoke', target: id });
  });

  it('answers 404 for a token of another organisation, which keeps working', async () => {
    const { admin } = await makeOrg();
    const other = await makeOrg();
    const res = await admin.send('DELETE', `/v1/admin/tokens/${await tokenOf(other.advisor.id)}`);
    expect(res.status).toBe(404);
    expect((await other.advisor.get('/v1/me')).status).toBe(200);
  });
});

describe('PATCH /v1/admin/advisors/:id', () => {
  it('disables an advisor, whose tokens stop working, and enables them again', async () => {
    const { admin, advisor } = await makeOrg();
    const off = await admin.send('PATCH', `/v1/admin/advisors/${advisor.id}`, { disabled: true });
    expect(off.status).toBe(200);
    expect(advisorView.parse(await off.json()).disabledAt).not.toBeNull();
    expect((await advisor.get('/v1/me')).status).toBe(401);

    const on = await admin.send('PATCH', `/v1/admin/advisors/${advisor.id}`, { disabled: false });
    expect(advisorView.parse(await on.json()).disabledAt).toBeNull();
    expect((await advisor.get('/v1/me')).status).toBe(200);
    expect((await auditRows(admin.orgId)).map((r) => r.action).sort()).toEqual(['advisor.disable', 'advisor.enable']);
  });

  it('refuses to let an admin disable themselves (409), so an enabled admin remains', async () => {
    const { admin } = await makeOrg();
    const res = await admin.send('PATCH', `/v1/admin/advisors/${admin.id}`, { disabled: true });
    expect(res.status).toBe(409);
    expect((await admin.get('/v1/me')).status).toBe(200);
  });

  it('answers 404 for another organisation’s advisor and 400 for a non-boolean', async () => {
    const { admin, advisor } = await makeOrg();
    const other = await makeOrg();
    expect((await admin.send('PATCH', `/v1/admin/advisors/${other.advisor.id}`, { disabled: true })).status).toBe(404);
    expect((await other.advisor.get('/v1/me')).status).toBe(200);
    const bad = await admin.send('PATCH', `/v1/admin/advisors/${advisor.id}`, { disabled: 'yes' });
    expect(bad.status).toBe(400);
    expect(await errorCode(bad)).toBe('validation_failed');
  });
});
