import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { uuidv7 } from '../../shared';
import { createAdvisor, pushAs, type LocalApi } from './support/api-server';
import { readRows } from './support/karte-seed';
import { openPage, SERVER_URL, signInWithOptions, syncNow, useLocalApiProfiles } from './support/sync-profiles';
import { SCREENSHOT_DIR, saveScreenshot } from './support/test';
import { createBusiness, pickBusiness, ui, uniqueName } from './support/ui';

/**
 * Colleagues and roles (issue 12), with two browser profiles against the real API (wrangler dev
 * + local D1): an admin invites from the organisation page, the new advisor joins with the code in
 * the options page; a disabled advisor's device stops with the sign-in prompt; and no page shows
 * an id where a person expects a name. A development build may reach http://localhost:8787,
 * which Chromium is told to connect to this run's server.
 */
/** An id as a person must never see it: a UUID, or 8+ hex characters with letters among the digits (0191f3a2). */
const ID_SHAPED =
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<![0-9a-z])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,}(?![0-9a-z])/i;
const local = useLocalApiProfiles();
let api: LocalApi;
test.beforeAll(() => {
  api = local.api();
});

const launchProfile = local.launch;
const open = openPage;
const signIn = signInWithOptions;

test('an admin invites on the organisation page; the new advisor joins with the code and their note reaches the admin’s karte under their name', async () => {
  const [admin, newcomer] = await Promise.all([launchProfile(), launchProfile()]);
  await signIn(admin, api.adminToken);
  const org = await open(admin, 'organisation.html');
  const t = ui(org).t;
  await expect(org.getByRole('heading', { level: 1 })).toHaveText(t('org.title'));
  // The API is this file's own: a name is unique within the run.
  const name = '能登 花子';
  const invite = org.getByRole('region', { name: t('org.invite') });
  await invite.getByRole('textbox', { name: t('org.inviteName') }).fill(name);
  await invite.getByRole('combobox', { name: t('org.jobTitle') }).selectOption({ label: t('jobTitle.business_advisor') });
  await invite.getByRole('button', { name: t('org.createInvitation') }).click();
  const issued = org.getByRole('region', { name: t('org.invitationIssued', { name }) });
  await expect(issued.getByRole('heading')).toBeFocused();
  const code = (await issued.getByTestId('issued-value').innerText()).trim();
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  await expect(invite.getByRole('list', { name: t('org.pending') })).toContainText(name);
  await saveScreenshot(org, 'organisation');
  await issued.getByRole('button', { name: t('org.closeSecret') }).click();
  await expect(org.getByTestId('issued-secret')).toHaveCount(0);

  // The newcomer: server URL and the code, as read out to them (lower case, a space for the hyphen).
  const options = await open(newcomer, 'options.html');
  await options.getByLabel(t('options.serverUrl'), { exact: true }).fill(SERVER_URL);
  await options.getByRole('textbox', { name: t('options.inviteCode') }).fill(code.toLowerCase().replace('-', ' '));
  await options.getByRole('button', { name: t('options.joinButton') }).click();
  await expect(options.getByTestId('join-result')).toContainText(`接続できました`);
  await expect(options.getByTestId('join-result')).toContainText(name);
  // The token was set for them and is shown to nobody: only as a password field's dots.
  await expect(options.getByLabel(t('options.token'), { exact: true })).toHaveAttribute('type', 'password');
  expect(await options.locator('body').innerText()).not.toMatch(/bk_/);
  // The same code again: refused, in words.
  await options.getByRole('textbox', { name: t('options.inviteCode') }).fill(code);
  await options.getByRole('button', { name: t('options.joinButton') }).click();
  await expect(options.getByTestId('join-result')).toContainText('すでに使われています');
  await options.close();

  const popup = await open(newcomer, 'popup.html');
  const u = ui(popup);
  const business = uniqueName('輪島塗 山本漆器');
  const note = '新任として初めての巡回。展示会の相談を受けた。';
  await createBusiness(popup, business);
  await u.note.fill(note);
  await u.save.click();
  await expect(u.saved).toContainText(note);
  await expect(popup.getByTestId('sync-pending')).toHaveText(t('sync.allSent'), { timeout: 30_000 });

  await syncNow(admin);
  const list = await open(admin, 'businesses.html');
  const row = list.getByTestId('business-table').getByRole('row').filter({ hasText: business });
  await expect(row).toContainText(name);
  await list.getByRole('link', { name: business, exact: true }).click();
  const entry = list.getByRole('article').filter({ hasText: note });
  await expect(entry.getByTestId('entry-author')).toHaveText(name);

  // The admin's staff list shows the newcomer with the 職種 chosen and the token the code gave them.
  await org.reload();
  const card = org.getByRole('article', { name });
  await expect(card.getByRole('combobox', { name: t('org.jobTitle') })).toHaveValue('business_advisor');
  await expect(card.getByRole('list')).toContainText('招待コードで参加');
  await expect(card.getByRole('list')).toContainText('最終利用');
});

test('an advisor disabled on the organisation page: their device asks to sign in again and keeps what it has not sent', async () => {
  const [admin, device] = await Promise.all([launchProfile(), launchProfile()]);
  const name = '輪島 健一';
  const advisor = await createAdvisor(api, name);
  await signIn(admin, api.adminToken);
  await signIn(device, advisor.token);
  const popup = await open(device, 'popup.html');
  const u = ui(popup);
  await expect(popup.getByTestId('sync-pending')).toHaveText(u.t('sync.allSent'), { timeout: 30_000 });

  const org = await open(admin, 'organisation.html');
  const card = org.getByRole('article', { name });
  await card.getByRole('button', { name: u.t('org.disableLabel', { name }) }).click();
  await expect(org.getByTestId('org-notice')).toHaveText(u.t('org.disabled', { name }));
  await expect(card).toContainText(u.t('org.stateDisabled'));

  const note = '無効化のあとに記録した相談。';
  await createBusiness(popup, uniqueName('停止後商店'));
  await u.note.fill(note);
  await u.save.click();
  const prompt = popup.getByTestId('sync-status');
  await expect(prompt).toContainText(u.t('sync.signedOut'), { timeout: 20_000 });
  await expect(prompt).toContainText('未送信 2件');
  await saveScreenshot(popup, 'popup-disabled-advisor');
  await popup.reload();
  await expect(prompt).toContainText(u.t('sync.signedOut'));
  const outbox = await readRows<{ state: string; fields: Record<string, unknown> }>(popup, 'outbox');
  expect(outbox.filter((e) => e.state === 'pending')).toHaveLength(2);
  expect(outbox.some((e) => e.fields.inquiry === note)).toBe(true);

  // Enabled again, the same device sends what it kept.
  await card.getByRole('button', { name: u.t('org.enableLabel', { name }) }).click();
  await expect(card).toContainText(u.t('org.stateEnabled'));
  await popup.getByRole('button', { name: u.t('sync.openOptions') }).waitFor();
  await signIn(device, advisor.token);
  await popup.reload();
  await expect(popup.getByTestId('sync-pending')).toHaveText(u.t('sync.allSent'), { timeout: 30_000 });
});

test('no page shows an id: every page with records of several advisors, 同席, a disabled colleague and a retired tag', async () => {
  const ext = await launchProfile();
  const [hanako, jiro, saburo] = [
    await createAdvisor(api, '山田 花子'),
    await createAdvisor(api, '田中 次郎'),
    await createAdvisor(api, '渡辺 三郎'),
  ];
  const businessId = uuidv7();
  const business = uniqueName('株式会社のと製菓');
  const consultation = (daysAgo: number, advisorIds: string[], inquiry: string) => ({
    kind: 'consultation',
    recordId: uuidv7(),
    fields: {
      businessId,
      heldAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
      channel: 'visit',
      inquiry,
      advisorIds,
      tagIds: ['topic-finance', 'event-disaster'],
    },
  });
  await pushAs(api, hanako.token, [
    { kind: 'business', recordId: businessId, fields: { name: business, corporateNumber: '1220001747327' } },
    consultation(20, [jiro.id], '花子が書き、次郎が同席した相談。'),
  ]);
  const visit = consultation(2, [hanako.id, saburo.id], '次郎が書いた相談。');
  await pushAs(api, jiro.token, [
    visit,
    {
      kind: 'action',
      recordId: uuidv7(),
      fields: {
        businessId,
        consultationId: visit.recordId,
        side: 'advisor',
        text: '補助金の資料を送る',
        dueDate: new Date().toISOString().slice(0, 10),
      },
    },
  ]);
  await pushAs(api, api.adminToken, [{ kind: 'tag', recordId: 'event-disaster', fields: { deleted: true } }]);
  const directory = await api.call<{ advisors: { id: string; name: string }[] }>(api.adminToken, 'GET', '/v1/directory');
  await api.call(api.adminToken, 'PATCH', `/v1/admin/advisors/${jiro.id}`, { disabled: true, jobTitle: 'business_advisor' });
  await api.call(api.adminToken, 'PATCH', `/v1/admin/advisors/${hanako.id}`, { jobTitle: 'support_officer' });
  await api.call(api.adminToken, 'PATCH', `/v1/admin/advisors/${saburo.id}`, { jobTitle: 'expert', role: 'manager' });
  await api.call(api.adminToken, 'PATCH', '/v1/admin/organisation', {
    kind: 'society_of_commerce',
    prefecture: 'ishikawa',
    municipality: '輪島市',
  });
  await api.call(api.adminToken, 'POST', '/v1/admin/invitations', { name: '招待中 四郎', role: 'advisor', jobTitle: 'assistant' });

  await signIn(ext, api.adminToken);
  await syncNow(ext);
  const me = directory.advisors.find((a) => a.name === 'テスト 管理者')!;
  const scan = async (page: Page, what: string, ready: () => Promise<void>) => {
    await ready();
    const text = await page.locator('body').innerText();
    expect(text.match(ID_SHAPED)?.[0] ?? null, `${what}: ${text.slice(0, 400)}`).toBeNull();
  };
  const t = ui(await open(ext, 'options.html')).t;

  const popup = await open(ext, 'popup.html');
  await scan(popup, 'popup', async () => {
    await pickBusiness(popup, business);
  });
  const panel = await open(ext, 'sidepanel.html');
  await scan(panel, 'side panel', async () => {
    await pickBusiness(panel, business);
    await expect(ui(panel).latest.getByTestId('consultation-byline').first()).toBeVisible();
    await expect(ui(panel).latest).toContainText('田中 次郎（無効）');
  });
  const karte = await open(ext, `karte.html?id=${businessId}`);
  await scan(karte, 'karte', async () => {
    await expect(karte.getByTestId('entry-author')).toHaveText(['田中 次郎（無効）', '山田 花子']);
    await expect(karte.getByTestId('entry-co-advisors').first()).toContainText('山田 花子');
    // The retired tag keeps its name on the notes that have it.
    await expect(karte.locator('.timeline')).toContainText('被災');
  });
  const list = await open(ext, 'businesses.html');
  await scan(list, 'business list', async () => {
    await expect(list.getByTestId('business-table')).toContainText('山田 花子');
  });
  const followUps = await open(ext, 'follow-ups.html');
  await scan(followUps, 'follow-ups', async () => {
    await expect(followUps.getByRole('heading', { level: 1 })).toHaveText(t('followUps.title'));
  });
  const options = await open(ext, 'options.html');
  await scan(options, 'options', async () => {
    await expect(options.getByRole('link', { name: t('options.orgLinkAdmin') })).toBeVisible();
  });
  const org = await open(ext, 'organisation.html');
  await scan(org, 'organisation', async () => {
    await expect(org.getByRole('article', { name: '田中 次郎' })).toContainText(t('org.stateDisabled'));
    await expect(org.getByRole('region', { name: t('org.invite') })).toContainText('招待中 四郎');
    await expect(org.getByRole('article', { name: me.name })).toContainText(t('org.you'));
  });
  // The README's picture of the page (its top: the profile, the staff, the invitations).
  await org.screenshot({
    path: path.join(SCREENSHOT_DIR, 'organisation-page.png'),
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: 1400 },
  });
});

test('a 管理職 tunes the 伴走 suggestion on the organisation page: after a sync the karte follows, and the standard rule comes back', async () => {
  const ext = await launchProfile();
  const manager = await createAdvisor(api, '北野 事務局長');
  await api.call(api.adminToken, 'PATCH', `/v1/admin/advisors/${manager.id}`, { role: 'manager' });
  const businessId = uuidv7();
  const business = uniqueName('能登の宿 はまなす');
  const held = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  await pushAs(api, manager.token, [
    { kind: 'business', recordId: businessId, fields: { name: business } },
    {
      kind: 'consultation',
      recordId: uuidv7(),
      fields: {
        businessId,
        heldAt: held(60),
        channel: 'visit',
        tagIds: ['topic-finance'],
        inquiry: '資金繰りの相談',
        essentialIssue: '原価を把握できていない',
      },
    },
    {
      kind: 'consultation',
      recordId: uuidv7(),
      fields: { businessId, heldAt: held(30), channel: 'visit', tagIds: ['topic-finance', 'wall-avoid'], inquiry: '返済計画の見直し' },
    },
    {
      kind: 'consultation',
      recordId: uuidv7(),
      fields: { businessId, heldAt: held(3), channel: 'visit', tagIds: ['topic-succession'], inquiry: '長男への承継時期' },
    },
  ]);
  await signIn(ext, manager.token);
  await syncNow(ext);
  const karte = await open(ext, `karte.html?id=${businessId}`);
  const t = ui(karte).t;
  const suggestion = karte.getByRole('region', { name: t('banso.suggestTitle') });
  await expect(suggestion).toContainText('の相談3回に、伴走支援の兆しがあります');

  const org = await open(ext, 'organisation.html');
  const section = org.getByRole('region', { name: t('bansoRule.heading') });
  await expect(section.getByTestId('banso-rule-state')).toHaveText(t('bansoRule.standard'));
  await section.getByRole('spinbutton', { name: t('bansoRule.consultations') }).fill('4');
  await expect(section).toContainText(t('bansoRule.summary', { consultations: 4, months: 6, signals: 2 }));
  // The routine 相談分野 are listed by name (in the taxonomy's order), and 金融 is added to them.
  await section.getByText(t('bansoRule.routine')).click();
  await section.getByRole('group', { name: '相談分野' }).first().getByRole('checkbox', { name: '金融' }).check();
  await section.getByRole('button', { name: t('bansoRule.save') }).click();
  await expect(section.getByTestId('banso-rule-notice')).toHaveText(t('bansoRule.saved'));
  await expect(section.getByTestId('banso-rule-state')).toHaveText(t('bansoRule.tuned'));
  await expect(section.getByRole('spinbutton', { name: t('bansoRule.consultations') })).toHaveValue('4');
  await expect(section.locator('summary').first()).toContainText('金融、税務、経理・記帳');

  await syncNow(ext);
  await karte.reload();
  await expect(karte.getByRole('heading', { level: 1 })).toHaveText(business);
  await expect(suggestion).toHaveCount(0);

  await section.getByRole('button', { name: t('bansoRule.useStandard') }).click();
  await expect(section.getByTestId('banso-rule-notice')).toHaveText(t('bansoRule.reset'));
  await syncNow(ext);
  await karte.reload();
  await expect(suggestion).toContainText('の相談3回に、伴走支援の兆しがあります');
});
