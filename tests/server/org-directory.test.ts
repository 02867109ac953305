import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { advisorView, directoryResponse, errorBody, meResponse, orgProfile } from '../../shared';
import { makeOrg } from './fixtures/org';
import { auditRows } from './fixtures/records';

async function errorOf(res: Response) {
  return errorBody.parse(await res.json()).error;
}

describe('GET /v1/directory', () => {
  it('gives every role the organisation’s advisors by name, disabled ones marked, with the profile, and nothing of another organisation', async () => {
    const { org, advisor, advisor2, manager, admin } = await makeOrg();
    const other = await makeOrg();
    await admin.send('PATCH', `/v1/admin/advisors/${advisor2.id}`, { disabled: true, jobTitle: 'assistant' });
    for (const caller of [advisor, manager, admin]) {
      const res = await caller.get('/v1/directory');
      expect(res.status).toBe(200);
      const body = directoryResponse.parse(await res.json());
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
      expect(body.advisors.map((a) => a.id).sort()).toEqual([advisor.id, advisor2.id, manager.id, admin.id].sort());
      expect(body.advisors.find((a) => a.id === advisor2.id)).toMatchObject({ active: false, jobTitle: 'assistant', role: 'advisor' });
      expect(body.advisors.find((a) => a.id === manager.id)).toMatchObject({ active: true, jobTitle: null, role: 'manager' });
      expect(JSON.stringify(body)).not.toContain(other.admin.id);
    }
  });

  it('shows no email or token of anyone', async () => {
    const { admin } = await makeOrg();
    await admin.post('/v1/admin/advisors', { name: '山田 太郎', email: 'yamada@example.jp', role: 'advisor' });
    const raw = (await (await admin.get('/v1/directory')).json()) as { advisors: Record<string, unknown>[] };
    for (const a of raw.advisors) expect(Object.keys(a).sort()).toEqual(['active', 'id', 'jobTitle', 'name', 'role']);
    expect(JSON.stringify(raw)).not.toContain('yamada@example.jp');
  });

  it('answers 401 without a token', async () => {
    const { advisor } = await makeOrg();
    await env.DB.prepare('UPDATE advisors SET disabled_at = ? WHERE id = ?').bind(new Date().toISOString(), advisor.id).run();
    expect((await advisor.get('/v1/directory')).status).toBe(401);
  });
});

describe('the organisation profile', () => {
  it('is set by an admin (audited), read back, and shown in /v1/me and the directory', async () => {
    const { org, admin, advisor } = await makeOrg();
    const res = await admin.send('PATCH', '/v1/admin/organisation', {
      kind: 'society_of_commerce',
      prefecture: 'ishikawa',
      municipality: '輪島市',
    });
    expect(res.status).toBe(200);
    const expected = {
      id: org.id,
      name: org.name,
      kind: 'society_of_commerce',
      prefecture: 'ishikawa',
      municipality: '輪島市',
      fiscalYearStartMonth: 4,
      bansoRule: null,
      startupAreas: null,
    };
    expect(orgProfile.parse(await res.json())).toEqual(expected);
    expect(orgProfile.parse(await (await admin.get('/v1/admin/organisation')).json())).toEqual(expected);
    expect(meResponse.parse(await (await advisor.get('/v1/me')).json()).organisation).toEqual(expected);
    expect(directoryResponse.parse(await (await advisor.get('/v1/directory')).json()).organisation).toEqual(expected);
    expect(await auditRows(org.id)).toEqual([{ advisor_id: admin.id, action: 'org.update_profile', target: org.id }]);
  });

  it('changes only the fields given; null clears 種別 or 都道府県', async () => {
    const { admin } = await makeOrg();
    await admin.send('PATCH', '/v1/admin/organisation', { kind: 'chamber_of_commerce', prefecture: 'toyama', municipality: '高岡市' });
    const res = await admin.send('PATCH', '/v1/admin/organisation', { prefecture: null });
    expect(orgProfile.parse(await res.json())).toMatchObject({ kind: 'chamber_of_commerce', prefecture: null, municipality: '高岡市' });
  });

  it.each([
    ['an unknown 種別', { kind: 'club' }, 'kind'],
    ['an unknown 都道府県', { prefecture: 'atlantis' }, 'prefecture'],
    ['a name (the name stays)', { name: '別の名前' }, ''],
    ['nothing to change', {}, ''],
  ])('refuses %s with 400 and changes nothing', async (_label, body, path) => {
    const { org, admin } = await makeOrg();
    const res = await admin.send('PATCH', '/v1/admin/organisation', body);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('validation_failed');
    expect(error.details?.map((d) => d.path)).toContain(path);
    expect(await auditRows(org.id)).toEqual([]);
  });

  it('is an admin’s: a manager gets 403 reading or changing it', async () => {
    const { manager } = await makeOrg();
    expect((await manager.get('/v1/admin/organisation')).status).toBe(403);
    expect((await manager.send('PATCH', '/v1/admin/organisation', { municipality: '金沢市' })).status).toBe(403);
  });
});

describe('PATCH /v1/admin/advisors/:id (role, 職種, name)', () => {
  it('changes role, 職種 and name, each change audited, and the new role applies at once', async () => {
    const { org, admin, advisor } = await makeOrg();
    expect((await advisor.get('/v1/reports/consultation-counts?from=2026-04-01&to=2026-04-30')).status).toBe(403);
    const res = await admin.send('PATCH', `/v1/admin/advisors/${advisor.id}`, {
      role: 'manager',
      jobTitle: 'business_advisor',
      name: '佐藤 一郎',
    });
    expect(res.status).toBe(200);
    expect(advisorView.parse(await res.json())).toMatchObject({
      id: advisor.id,
      role: 'manager',
      jobTitle: 'business_advisor',
      name: '佐藤 一郎',
    });
    expect((await advisor.get('/v1/reports/consultation-counts?from=2026-04-01&to=2026-04-30')).status).toBe(200);
    const audit = (await auditRows(org.id)).filter((r) => r.action.startsWith('advisor.'));
    expect(audit).toEqual(
      expect.arrayContaining([
        { advisor_id: admin.id, action: 'advisor.rename', target: advisor.id },
        { advisor_id: admin.id, action: 'advisor.change_role', target: advisor.id },
        { advisor_id: admin.id, action: 'advisor.change_job_title', target: advisor.id },
      ]),
    );
    expect(audit).toHaveLength(3);
  });

  it('clears 職種 with null and writes nothing when nothing changes', async () => {
    const { org, admin, advisor } = await makeOrg();
    await admin.send('PATCH', `/v1/admin/advisors/${advisor.id}`, { jobTitle: 'expert' });
    const cleared = advisorView.parse(await (await admin.send('PATCH', `/v1/admin/advisors/${advisor.id}`, { jobTitle: null })).json());
    expect(cleared.jobTitle).toBeNull();
    const before = (await auditRows(org.id)).length;
    const same = await admin.send('PATCH', `/v1/admin/advisors/${advisor.id}`, { role: 'advisor', jobTitle: null });
    expect(same.status).toBe(200);
    expect(await auditRows(org.id)).toHaveLength(before);
  });

  it('refuses an admin demoting themself (409) but lets them demote another admin', async () => {
    const { admin, manager } = await makeOrg();
    const self = await admin.send('PATCH', `/v1/admin/advisors/${admin.id}`, { role: 'manager' });
    expect(self.status).toBe(409);
    expect((await errorOf(self)).message).toContain('自分自身の役割は下げられません');
    expect(advisorView.parse(await (await admin.send('PATCH', `/v1/admin/advisors/${admin.id}`, { name: '管理 花子' })).json()).role).toBe(
      'admin',
    );
    await admin.send('PATCH', `/v1/admin/advisors/${manager.id}`, { role: 'admin' });
    const other = await admin.send('PATCH', `/v1/admin/advisors/${manager.id}`, { role: 'advisor' });
    expect(advisorView.parse(await other.json()).role).toBe('advisor');
  });

  it('refuses an admin disabling themself in the same request as other changes, changing nothing', async () => {
    const { org, admin } = await makeOrg();
    const res = await admin.send('PATCH', `/v1/admin/advisors/${admin.id}`, { disabled: true, name: '別名' });
    expect(res.status).toBe(409);
    const row = await env.DB.prepare('SELECT name, disabled_at FROM advisors WHERE id = ?')
      .bind(admin.id)
      .first<{ name: string; disabled_at: string | null }>();
    expect(row).toEqual({ name: expect.not.stringMatching('別名'), disabled_at: null });
    expect(await auditRows(org.id)).toEqual([]);
  });

  it.each([
    ['an unknown 職種', { jobTitle: 'chief' }, 'jobTitle'],
    ['an unknown role', { role: 'owner' }, 'role'],
    ['a blank name', { name: '　' }, 'name'],
    ['nothing to change', {}, ''],
  ])('refuses %s with 400', async (_label, body, path) => {
    const { admin, advisor } = await makeOrg();
    const res = await admin.send('PATCH', `/v1/admin/advisors/${advisor.id}`, body);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).details?.map((d) => d.path)).toContain(path);
  });

  it('creates an advisor with a 職種', async () => {
    const { admin } = await makeOrg();
    const res = await admin.post('/v1/admin/advisors', { name: '記帳 太郎', role: 'advisor', jobTitle: 'bookkeeping_staff' });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { advisor: { jobTitle: string } }).advisor.jobTitle).toBe('bookkeeping_staff');
  });
});
