import { createExecutionContext, env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { bootstrapResponse, errorBody, meResponse } from '../../shared';
import app from '../../server/src/index';
import { actorFetch } from './fixtures/org';
import { auditRows } from './fixtures/records';

const SECRET = 'test-bootstrap-secret';

function bootstrap(body: unknown, secret: string | null = SECRET) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (secret !== null) headers['X-Bootstrap-Secret'] = secret;
  return SELF.fetch('http://api.test/v1/bootstrap', {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const orgName = () => `ブートストラップ商工会-${crypto.randomUUID().slice(0, 8)}`;

const orgCount = async (name: string) =>
  (await env.DB.prepare('SELECT COUNT(*) AS n FROM orgs WHERE name = ?').bind(name).first<{ n: number }>())!.n;

describe('POST /v1/bootstrap', () => {
  it('creates the organisation with its default tags and an admin whose token works', async () => {
    const name = orgName();
    const res = await bootstrap({ organisationName: name, adminName: '事務局長', adminEmail: 'admin@example.jp' });
    expect(res.status).toBe(201);
    const body = bootstrapResponse.parse(await res.json());
    expect(body).toMatchObject({
      created: true,
      organisation: { name },
      advisor: { name: '事務局長', role: 'admin', email: 'admin@example.jp' },
    });

    const me = meResponse.parse(await (await actorFetch(body.token, 'GET', '/v1/me')).json());
    expect(me.advisor.id).toBe(body.advisor.id);
    const tags = (await (await actorFetch(body.token, 'GET', '/v1/tags')).json()) as { groups: { name: string }[] };
    expect(tags.groups.map((g) => g.name)).toContain('相談分野');
    expect(await auditRows(body.organisation.id)).toEqual([{ advisor_id: null, action: 'org.bootstrap', target: expect.any(String) }]);
  });

  it('is idempotent: the same name issues a new token to the existing admin and creates nothing', async () => {
    const name = orgName();
    const first = bootstrapResponse.parse(await (await bootstrap({ organisationName: name, adminName: '事務局長' })).json());
    const res = await bootstrap({ organisationName: name, adminName: '別の名前' });
    expect(res.status).toBe(200);
    const second = bootstrapResponse.parse(await res.json());
    expect(second).toMatchObject({ created: false, organisation: first.organisation, advisor: { id: first.advisor.id, name: '事務局長' } });
    expect(second.token).not.toBe(first.token);
    expect(await orgCount(name)).toBe(1);
    // Both tokens stay valid: a second `npm start` must not sign out the first.
    expect((await actorFetch(first.token, 'GET', '/v1/me')).status).toBe(200);
    expect((await actorFetch(second.token, 'GET', '/v1/me')).status).toBe(200);
  });

  it('creates a new admin for an existing organisation whose admins are all disabled', async () => {
    const name = orgName();
    const first = bootstrapResponse.parse(await (await bootstrap({ organisationName: name, adminName: '前任' })).json());
    await env.DB.prepare('UPDATE advisors SET disabled_at = ? WHERE id = ?').bind(new Date().toISOString(), first.advisor.id).run();
    const second = bootstrapResponse.parse(await (await bootstrap({ organisationName: name, adminName: '後任' })).json());
    expect(second).toMatchObject({ created: false, advisor: { name: '後任', role: 'admin' } });
    expect(second.advisor.id).not.toBe(first.advisor.id);
    expect((await actorFetch(second.token, 'GET', '/v1/me')).status).toBe(200);
  });

  it.each([
    ['a wrong secret', 'wrong-secret'],
    ['no secret', null],
    ['the secret in upper case', SECRET.toUpperCase()],
    ['the secret without its last character', SECRET.slice(0, -1)],
  ])('refuses %s with 401 and creates nothing', async (_label, secret) => {
    const name = orgName();
    const res = await bootstrap({ organisationName: name, adminName: '事務局長' }, secret);
    expect(res.status).toBe(401);
    expect(errorBody.parse(await res.json()).error.code).toBe('unauthorized');
    expect(await orgCount(name)).toBe(0);
  });

  it('does not take an API token instead of the secret', async () => {
    const first = bootstrapResponse.parse(await (await bootstrap({ organisationName: orgName(), adminName: '事務局長' })).json());
    const res = await SELF.fetch('http://api.test/v1/bootstrap', {
      method: 'POST',
      headers: { Authorization: `Bearer ${first.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ organisationName: orgName(), adminName: 'x' }),
    });
    expect(res.status).toBe(401);
  });

  it.each([
    ['a missing organisation name', { adminName: '事務局長' }, 'organisationName'],
    ['a blank admin name', { organisationName: 'x', adminName: '   ' }, 'adminName'],
    ['a malformed email', { organisationName: 'x', adminName: 'y', adminEmail: 'not-an-email' }, 'adminEmail'],
    ['an unknown field', { organisationName: 'x', adminName: 'y', role: 'admin' }, ''],
  ])('answers 400 validation_failed for %s', async (_label, body, path) => {
    const res = await bootstrap(body);
    expect(res.status).toBe(400);
    const { error } = errorBody.parse(await res.json());
    expect(error.code).toBe('validation_failed');
    expect(error.details?.map((d) => d.path)).toContain(path);
  });

  it('answers 400 in the shared shape for a body that is not JSON', async () => {
    const res = await bootstrap('{"organisationName": ');
    expect(res.status).toBe(400);
    expect(errorBody.parse(await res.json()).error.code).toBe('validation_failed');
  });

  it('does not exist (404) when no secret is configured, whatever the caller sends', async () => {
    const unconfigured = { ...env, BOOTSTRAP_SECRET: undefined };
    const res = await app.request(
      '/v1/bootstrap',
      {
        method: 'POST',
        headers: { 'X-Bootstrap-Secret': '', 'Content-Type': 'application/json' },
        body: JSON.stringify({ organisationName: orgName(), adminName: 'x' }),
      },
      unconfigured,
      createExecutionContext(),
    );
    expect(res.status).toBe(404);
    expect(errorBody.parse(await res.json()).error.code).toBe('not_found');
  });
});
