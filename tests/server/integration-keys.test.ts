import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createdIntegrationKey, integrationKeyList, integrationKeyView } from '../../shared';
import { actorFetch, makeActor, makeOrg, type Actor } from './fixtures/org';
import { auditRows, putBusiness, putConsultation } from './fixtures/records';

async function issue(admin: Actor, label: string, scope: 'read' | 'import') {
  const res = await admin.post('/v1/admin/integration-keys', { label, scope });
  expect(res.status).toBe(201);
  return createdIntegrationKey.parse(await res.json());
}

const asKey = (key: string, method: string, path: string, body?: unknown) => actorFetch(key, method, path, body);

describe('integration keys', () => {
  it('are issued, listed by name and revoked by an admin only, each change audited, the key shown once', async () => {
    const { org, admin, manager, advisor } = await makeOrg();
    const named = await makeActor(org.id, 'admin', '連携 担当');
    const created = await issue(named, 'TOAS 連携', 'import');
    expect(created.key).toMatch(/^bki_[A-Za-z0-9_-]{43}$/);
    expect(created.integrationKey).toMatchObject({ label: 'TOAS 連携', scope: 'import', createdByName: '連携 担当', revokedAt: null });
    const list = integrationKeyList.parse(await (await admin.get('/v1/admin/integration-keys')).json());
    expect(list.keys.map((k) => k.label)).toEqual(['TOAS 連携']);
    expect(JSON.stringify(list)).not.toContain(created.key);
    for (const actor of [manager, advisor]) {
      expect((await actor.post('/v1/admin/integration-keys', { label: 'x', scope: 'read' })).status).toBe(403);
      expect((await actor.get('/v1/admin/integration-keys')).status).toBe(403);
    }
    const revoked = integrationKeyView.parse(
      await (await admin.send('DELETE', `/v1/admin/integration-keys/${created.integrationKey.id}`)).json(),
    );
    expect(revoked.revokedAt).not.toBeNull();
    const audit = (await auditRows(org.id)).filter((a) => a.action.startsWith('integration_key.'));
    expect(audit.map((a) => a.action)).toEqual(['integration_key.create', 'integration_key.revoke']);
    expect(audit.map((a) => a.target).join()).not.toContain(created.key);
    // A bad body changes nothing.
    expect((await admin.post('/v1/admin/integration-keys', { label: '', scope: 'write' })).status).toBe(400);
    expect(integrationKeyList.parse(await (await admin.get('/v1/admin/integration-keys')).json()).keys).toHaveLength(1);
  });

  it('a read key reads the organisation’s businesses, never 機微 text, and nothing else', async () => {
    const { org, admin, advisor } = await makeOrg();
    const other = await makeOrg();
    const b = await putBusiness(org.id, { name: '読み取り商店' });
    await putBusiness(other.org.id, { name: '他組織の店' });
    await putConsultation(org.id, advisor.id, b, { inquiry: '機微-MARKER 借入の相談', sensitive: true });
    await putConsultation(org.id, advisor.id, b, { inquiry: 'ふつうの相談' });
    const { key } = await issue(admin, '基幹システム', 'read');

    const list = await asKey(key, 'GET', '/v1/businesses');
    expect(list.status).toBe(200);
    const listText = await list.text();
    expect(listText).toContain('読み取り商店');
    expect(listText).not.toContain('他組織の店');
    const consultations = await asKey(key, 'GET', `/v1/businesses/${b}/consultations`);
    expect(consultations.status).toBe(200);
    const text = await consultations.text();
    expect(text).toContain('ふつうの相談');
    expect(text).not.toContain('機微-MARKER');
    expect((await asKey(key, 'GET', '/v1/directory')).status).toBe(200);

    for (const [method, path, body] of [
      ['GET', `/v1/sync/pull?protocol=4&cursor=0&clientId=${crypto.randomUUID()}`],
      ['POST', '/v1/import/businesses', { fileName: 'x.csv', dryRun: true, rows: [] }],
      ['GET', '/v1/admin/advisors'],
      ['GET', '/v1/reports/consultations'],
      ['POST', '/v1/sync/push', { protocol: 4, clientId: crypto.randomUUID(), mutations: [] }],
    ] as const) {
      const res = await asKey(key, method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
    }
  });

  it('an import key imports business lists in its issuer’s name, audited with the key, and does nothing else; revoked, it stops at once', async () => {
    const { org, admin } = await makeOrg();
    const { key, integrationKey } = await issue(admin, 'TOAS 連携', 'import');
    const res = await asKey(key, 'POST', '/v1/import/businesses', {
      fileName: '会員名簿.csv',
      dryRun: false,
      rows: [{ line: 2, fields: { name: '連携で来た店' } }],
    });
    expect(res.status).toBe(200);
    const row = await env.DB.prepare(
      `SELECT author_id FROM records WHERE org_id = ? AND kind = 'business' AND json_extract(data, '$.name') = '連携で来た店'`,
    )
      .bind(org.id)
      .first<{ author_id: string }>();
    expect(row?.author_id).toBe(admin.id);
    const audit = (await auditRows(org.id)).find((a) => a.action === 'import.businesses');
    expect(JSON.parse(audit!.target!)).toMatchObject({ fileName: '会員名簿.csv', created: 1, integrationKey: 'TOAS 連携' });
    expect((await asKey(key, 'GET', '/v1/businesses')).status).toBe(403);

    await admin.send('DELETE', `/v1/admin/integration-keys/${integrationKey.id}`);
    const after = await asKey(key, 'POST', '/v1/import/businesses', { fileName: 'x.csv', dryRun: true, rows: [] });
    expect(after.status).toBe(401);
    expect(((await after.json()) as { error: { message: string } }).error.message).toContain('連携キー');
  });
});
