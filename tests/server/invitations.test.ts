import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import {
  acceptedInvitation,
  createdInvitation,
  directoryResponse,
  errorBody,
  formatInvitationCode,
  INVITATION_TTL_HOURS,
  invitationView,
  meResponse,
  normalizeInvitationCode,
  page,
} from '../../shared';
import { actorFetch, makeOrg, type Actor } from './fixtures/org';
import { auditRows } from './fixtures/records';

const invitationPage = page(invitationView);

const accept = (code: string, ip?: string) =>
  SELF.fetch('http://api.test/v1/invitations/accept', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(ip ? { 'CF-Connecting-IP': ip } : {}) },
    body: JSON.stringify({ code }),
  });

async function invite(admin: Actor, body: Record<string, unknown> = { name: '新任 花子', role: 'advisor', jobTitle: 'support_officer' }) {
  const res = await admin.post('/v1/admin/invitations', body);
  expect(res.status).toBe(201);
  return createdInvitation.parse(await res.json());
}

async function errorOf(res: Response) {
  return errorBody.parse(await res.json()).error;
}

const advisorsNamed = async (orgId: string, name: string) =>
  (await env.DB.prepare('SELECT COUNT(*) AS n FROM advisors WHERE org_id = ? AND name = ?').bind(orgId, name).first<{ n: number }>())!.n;

describe('invitation codes', () => {
  it('are 8 characters of an alphabet without 0, O, 1 or I, and read back however they are typed', () => {
    expect(normalizeInvitationCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(normalizeInvitationCode(' ＡＢＣＤ－ｅｆｇｈ ')).toBe('ABCDEFGH');
    expect(normalizeInvitationCode('ABCD EFGH')).toBe('ABCDEFGH');
    expect(normalizeInvitationCode('ABCD-EFG0')).toBeNull();
    expect(normalizeInvitationCode('ABCD-EFGHJ')).toBeNull();
    expect(formatInvitationCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });
});

describe('POST /v1/admin/invitations', () => {
  it('creates an invitation valid for 72 hours; the code is shown once, only its hash is kept, and it is audited', async () => {
    const { org, admin } = await makeOrg();
    const before = Date.now();
    const { invitation, code } = await invite(admin);
    expect(code).toMatch(/^[23456789A-HJ-NP-Z]{4}-[23456789A-HJ-NP-Z]{4}$/);
    expect(invitation).toMatchObject({
      name: '新任 花子',
      role: 'advisor',
      jobTitle: 'support_officer',
      createdBy: admin.id,
      acceptedAt: null,
      revokedAt: null,
    });
    const ttl = Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt);
    expect(ttl).toBe(INVITATION_TTL_HOURS * 3_600_000);
    expect(Date.parse(invitation.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    const row = await env.DB.prepare('SELECT * FROM invitations WHERE id = ?').bind(invitation.id).first<Record<string, unknown>>();
    expect(JSON.stringify(row)).not.toContain(normalizeInvitationCode(code)!);
    expect(await auditRows(org.id)).toEqual([{ advisor_id: admin.id, action: 'invitation.create', target: invitation.id }]);
    const listed = invitationPage.parse(await (await admin.get('/v1/admin/invitations')).json());
    expect(listed.items.map((i) => i.id)).toEqual([invitation.id]);
    expect(JSON.stringify(listed)).not.toContain(normalizeInvitationCode(code)!);
  });

  it('refuses a manager (403) and a bad role (400), creating nothing', async () => {
    const { org, admin, manager } = await makeOrg();
    expect((await manager.post('/v1/admin/invitations', { name: 'x', role: 'advisor' })).status).toBe(403);
    expect((await admin.post('/v1/admin/invitations', { name: 'x', role: 'owner' })).status).toBe(400);
    expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM invitations WHERE org_id = ?').bind(org.id).first<{ n: number }>())!.n).toBe(0);
  });
});

describe('POST /v1/invitations/accept', () => {
  it('creates the invited advisor once and answers their own working token; the code then lists no more', async () => {
    const { org, admin } = await makeOrg();
    await admin.send('PATCH', '/v1/admin/organisation', { kind: 'society_of_commerce', prefecture: 'ishikawa' });
    const { invitation, code } = await invite(admin, { name: '招待 一郎', role: 'manager', jobTitle: 'business_advisor' });
    const res = await accept(code.toLowerCase());
    expect(res.status).toBe(201);
    const body = acceptedInvitation.parse(await res.json());
    expect(body.advisor).toMatchObject({ name: '招待 一郎', role: 'manager', jobTitle: 'business_advisor', disabledAt: null });
    expect(body.organisation).toMatchObject({ id: org.id, kind: 'society_of_commerce', prefecture: 'ishikawa' });
    const me = meResponse.parse(await (await actorFetch(body.token, 'GET', '/v1/me')).json());
    expect(me.advisor.id).toBe(body.advisor.id);
    const directory = directoryResponse.parse(await (await admin.get('/v1/directory')).json());
    expect(directory.advisors).toContainEqual({
      id: body.advisor.id,
      name: '招待 一郎',
      jobTitle: 'business_advisor',
      role: 'manager',
      active: true,
    });
    expect(invitationPage.parse(await (await admin.get('/v1/admin/invitations')).json()).items).toEqual([]);
    const tokenRow = await env.DB.prepare('SELECT id, label FROM api_tokens WHERE advisor_id = ?')
      .bind(body.advisor.id)
      .first<{ id: string; label: string }>();
    expect(await auditRows(org.id)).toEqual(
      expect.arrayContaining([
        { advisor_id: admin.id, action: 'advisor.create', target: body.advisor.id },
        { advisor_id: body.advisor.id, action: 'invitation.accept', target: invitation.id },
        { advisor_id: body.advisor.id, action: 'token.create', target: tokenRow!.id },
      ]),
    );
  });

  it('refuses the second use of a code with a clear message (410) and creates nobody else', async () => {
    const { org, admin } = await makeOrg();
    const { code } = await invite(admin, { name: '一度だけ', role: 'advisor' });
    expect((await accept(code)).status).toBe(201);
    const again = await accept(code);
    expect(again.status).toBe(410);
    const error = await errorOf(again);
    expect(error.code).toBe('invitation_unusable');
    expect(error.message).toContain('すでに使われています');
    expect(await advisorsNamed(org.id, '一度だけ')).toBe(1);
  });

  it('lets only one of two simultaneous uses of a code through', async () => {
    const { org, admin } = await makeOrg();
    const { code } = await invite(admin, { name: '同時', role: 'advisor' });
    const statuses = (await Promise.all([accept(code), accept(code), accept(code)])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 410, 410]);
    expect(await advisorsNamed(org.id, '同時')).toBe(1);
  });

  it('refuses an expired code (410), saying so', async () => {
    const { org, admin } = await makeOrg();
    const { invitation, code } = await invite(admin, { name: '期限切れ', role: 'advisor' });
    await env.DB.prepare('UPDATE invitations SET expires_at = ? WHERE id = ?')
      .bind(new Date(Date.now() - 1000).toISOString(), invitation.id)
      .run();
    const res = await accept(code);
    expect(res.status).toBe(410);
    expect((await errorOf(res)).message).toContain('有効期限が切れています');
    expect(await advisorsNamed(org.id, '期限切れ')).toBe(0);
    expect(invitationPage.parse(await (await admin.get('/v1/admin/invitations')).json()).items).toEqual([]);
  });

  it('refuses a revoked code (410); revoking is audited and a used invitation cannot be revoked (409)', async () => {
    const { org, admin } = await makeOrg();
    const { invitation, code } = await invite(admin, { name: '取消', role: 'advisor' });
    const revoked = await admin.send('DELETE', `/v1/admin/invitations/${invitation.id}`);
    expect(revoked.status).toBe(200);
    expect(invitationView.parse(await revoked.json()).revokedAt).not.toBeNull();
    const res = await accept(code);
    expect(res.status).toBe(410);
    expect((await errorOf(res)).message).toContain('取り消しました');
    expect(await advisorsNamed(org.id, '取消')).toBe(0);
    expect(await auditRows(org.id)).toContainEqual({ advisor_id: admin.id, action: 'invitation.revoke', target: invitation.id });

    const used = await invite(admin, { name: '使用済み', role: 'advisor' });
    await accept(used.code);
    const late = await admin.send('DELETE', `/v1/admin/invitations/${used.invitation.id}`);
    expect(late.status).toBe(409);
  });

  it('answers an unknown code 404 and a malformed one 400, in Japanese', async () => {
    const unknown = await accept('ZZZZ-ZZZZ');
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).message).toContain('招待コードが正しくありません');
    const malformed = await accept('ABC');
    expect(malformed.status).toBe(400);
    expect((await errorOf(malformed)).message).toContain('英数字8文字');
    expect(
      (
        await SELF.fetch('http://api.test/v1/invitations/accept', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"code":"ABCD-EFGH","x":1}',
        })
      ).status,
    ).toBe(400);
  });

  it('limits failed codes per client address: past 30 a minute the address is refused, even with a good code', async () => {
    const { admin } = await makeOrg();
    const { code } = await invite(admin, { name: '試行制限', role: 'advisor' });
    const address = `198.18.${Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 200) + 1}`;
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++)
      statuses.push((await accept(`ZZZZ-ZZ${'23456789'[i % 8]}${'ABCDEFGH'[Math.floor(i / 8)]}`, address)).status);
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(31)).toEqual(Array(4).fill(429));
    const blocked = await accept(code, address);
    expect(blocked.status).toBe(429);
    expect((await errorOf(blocked)).message).toMatch(/1分ほど待って/);
    expect((await accept(code, '198.51.100.99')).status).toBe(201);
  });
});

describe('invitations of another organisation', () => {
  it('are neither listed nor revocable by its admin (404), and the code still works', async () => {
    const { admin } = await makeOrg();
    const other = await makeOrg();
    const { invitation, code } = await invite(other.admin, { name: '他組織の招待', role: 'advisor' });
    expect(JSON.stringify(await (await admin.get('/v1/admin/invitations')).json())).not.toContain(invitation.id);
    const res = await admin.send('DELETE', `/v1/admin/invitations/${invitation.id}`);
    expect(res.status).toBe(404);
    const joined = acceptedInvitation.parse(await (await accept(code)).json());
    expect(joined.organisation.id).toBe(other.org.id);
  });
});
