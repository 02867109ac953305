import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createAdminClient } from '../../extension/platform/admin-client';
import { createOrgAdminStore } from '../../extension/state/org-admin-store';
import { actorFetch, makeOrg, type Actor } from '../server/fixtures/org';
import { auditRows } from '../server/fixtures/records';

/** The organisation page's admin store on the real admin client, against the real worker and D1. */
function adminPage(admin: Actor, copied: string[] = []) {
  let changes = 0;
  const api = createAdminClient({
    serverUrl: async () => 'https://api.test',
    apiToken: async () => admin.token,
    fetch: (input, init) => SELF.fetch(input as string, init),
  });
  const store = createOrgAdminStore({ api, me: admin.id, copy: async (text) => (copied.push(text), true), changed: () => void changes++ });
  return { store, changes: () => changes };
}

describe('organisation page (admin store on the admin API)', () => {
  it('loads staff with their tokens, pending invitations and the profile', async () => {
    const { org, admin, advisor } = await makeOrg();
    const { store } = adminPage(admin);
    await store.load();
    expect(store.loadError.value).toBeNull();
    expect(store.advisors.value?.map((a) => a.id)).toContain(advisor.id);
    expect(store.tokensOf.value.get(advisor.id)).toHaveLength(1);
    expect(store.profile.value).toMatchObject({ id: org.id, fiscalYearStartMonth: 4 });
    expect(store.invitations.value).toEqual([]);
  });

  it('invites: the code is shown once and copied; the invitation is listed, then revoked', async () => {
    const { admin } = await makeOrg();
    const copied: string[] = [];
    const { store } = adminPage(admin, copied);
    await store.load();
    expect(await store.invite({ name: '能登 太郎', role: 'advisor', jobTitle: 'business_advisor' })).toBe(true);
    const issued = store.issued.value;
    expect(issued).toMatchObject({ kind: 'invitation', name: '能登 太郎' });
    expect(issued?.secret).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    await store.copyIssued();
    expect(copied).toEqual([issued!.secret]);
    expect(store.copied.value).toBe(true);
    store.closeIssued();
    expect(store.issued.value).toBeNull();
    expect(store.invitations.value.map((i) => i.name)).toEqual(['能登 太郎']);
    await store.revokeInvitation(store.invitations.value[0]!);
    expect(store.invitations.value).toEqual([]);
    expect(store.notice.value?.message.key).toBe('org.invitationRevoked');
  });

  it('changes role and 職種, disables and enables, each audited; the directory is asked to follow', async () => {
    const { org, admin, advisor } = await makeOrg();
    const { store, changes } = adminPage(admin);
    await store.load();
    const row = () => store.advisors.value!.find((a) => a.id === advisor.id)!;
    expect(await store.setRole(row(), 'manager')).toBe(true);
    expect(await store.setJobTitle(row(), 'coordinator')).toBe(true);
    expect(row()).toMatchObject({ role: 'manager', jobTitle: 'coordinator' });
    expect(await store.setDisabled(row(), true)).toBe(true);
    expect((await advisor.get('/v1/me')).status).toBe(401);
    expect(store.notice.value?.message.key).toBe('org.disabled');
    await store.setDisabled(row(), false);
    expect((await advisor.get('/v1/me')).status).toBe(200);
    expect(changes()).toBe(4);
    expect((await auditRows(org.id)).map((r) => r.action)).toEqual([
      'advisor.change_role',
      'advisor.change_job_title',
      'advisor.disable',
      'advisor.enable',
    ]);
  });

  it('shows the server’s reason when an admin tries to disable themself, and changes nothing', async () => {
    const { admin } = await makeOrg();
    const { store } = adminPage(admin);
    await store.load();
    const self = store.advisors.value!.find((a) => a.id === admin.id)!;
    expect(await store.setDisabled(self, true)).toBe(false);
    expect(store.notice.value).toEqual({
      tone: 'error',
      message: { key: 'org.failed', params: { message: expect.stringContaining('自分自身は無効化できません') } },
    });
    expect(store.advisors.value!.find((a) => a.id === admin.id)!.disabledAt).toBeNull();
  });

  it('issues a token shown once that works, and revokes one with its last use shown', async () => {
    const { admin, advisor } = await makeOrg();
    const { store } = adminPage(admin);
    await store.load();
    const row = store.advisors.value!.find((a) => a.id === advisor.id)!;
    expect(await store.issueToken(row, 'ノートPC')).toBe(true);
    const secret = store.issued.value!.secret;
    expect(store.issued.value).toMatchObject({ kind: 'token', name: row.name, label: 'ノートPC' });
    expect((await actorFetch(secret, 'GET', '/v1/me')).status).toBe(200);
    await store.load();
    const tokens = store.tokensOf.value.get(advisor.id)!;
    expect(tokens.map((t) => t.label)).toEqual(['ノートPC', 'test']);
    const first = tokens.find((t) => t.label === 'test')!;
    await store.revokeToken(first);
    expect(store.tokensOf.value.get(advisor.id)!.find((t) => t.id === first.id)!.revokedAt).not.toBeNull();
    expect((await advisor.get('/v1/me')).status).toBe(401);
    expect((await actorFetch(secret, 'GET', '/v1/me')).status).toBe(200);
    expect(JSON.stringify(store.tokens.value)).not.toContain(secret);
  });

  it('saves the profile', async () => {
    const { admin } = await makeOrg();
    const { store } = adminPage(admin);
    await store.load();
    expect(await store.saveProfile({ kind: 'chamber_of_commerce', prefecture: 'toyama', municipality: '高岡市' })).toBe(true);
    expect(store.profile.value).toMatchObject({ kind: 'chamber_of_commerce', prefecture: 'toyama', municipality: '高岡市' });
    expect(store.notice.value?.message.key).toBe('org.profileSaved');
  });

  it('says so when a manager’s token reaches the admin page', async () => {
    const { manager } = await makeOrg();
    const { store } = adminPage(manager);
    await store.load();
    expect(store.loadError.value).toEqual({
      tone: 'error',
      message: { key: 'org.failed', params: { message: expect.stringContaining('システム管理者のみ') } },
    });
    expect(store.advisors.value).toBeNull();
  });
});
