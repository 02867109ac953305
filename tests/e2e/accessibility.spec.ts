import { todayIn } from '../../extension/karte/due';
import { addDays } from '../../extension/dates/local-date';
import { translator, type Language } from '../../extension/locales';
import { putRows, type Row } from './support/idb-rows';
import { recordRow } from './support/karte-seed';
import { siteRuleRow } from './support/seed';
import { createAdvisor, startLocalApi, type LocalApi } from './support/api-server';
import { expectAccessible } from './support/axe';
import type { LaunchedExtension } from './support/launch';
import { launchSyncProfile } from './support/sync-profiles';
import { expect, PORTAL_ORIGIN, test } from './support/test';
import { createBusiness, ui, uniqueName } from './support/ui';

/**
 * axe-core on every extension page, with the content an advisor really has on screen, in both
 * languages: no violation of WCAG 2.1 A/AA or of axe's best practices. No rule is turned off.
 */
const OTHER = '01900000-0000-7000-8000-0000000000aa';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const today = todayIn(new Date());

/** Sets the language as the options page does (storage.local); pages opened afterwards show it. */
async function useLanguage(ext: LaunchedExtension, language: Language): Promise<void> {
  if (language === 'ja') return;
  await ext.worker.evaluate(
    (values) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(values),
    { language },
  );
}

/** A business with months of history: consultations (one 機微 the advisor may not read), open actions, conflicts. */
function aKarte(language: Language, externalId?: string) {
  const business = recordRow('business', {
    name: uniqueName(language === 'ja' ? '株式会社東洋商事' : 'Toyo Trading '),
    nameKana: 'トウヨウショウジ',
    corporateNumber: '1220001747327',
    industry: 'I',
    industryMiddle: '58',
    employees: 8,
    smallBusiness: true,
    legalForm: 'corporation',
    membership: 'member',
    status: 'continuing',
    externalIds: [
      { system: '県ポータル', value: externalId ?? 'B-1024' },
      { system: 'TOAS', value: 'T-0042' },
    ],
    strengths: '老舗の信用',
    disasterName: '令和4年8月豪雨',
    disasterCertificate: 'issued',
    disasterCertificateDate: '2022-09-01',
    disasterRecovery: 'rebuilt',
    successor: 'family',
    successionTiming: '3年以内',
    vision: '自社ブランドの商品を県外にも届け、下請けから脱却する。',
  });
  const c = (days: number, fields: Record<string, unknown>, meta: { authorId?: string; redacted?: boolean } = {}) =>
    recordRow('consultation', { businessId: business.id, heldAt: daysAgo(days), channel: 'counter', ...fields }, meta);
  const visit = c(60, {
    channel: 'visit',
    programme: 'kaizen_fukyu',
    tagIds: ['topic-finance', 'step-understanding'],
    durationMin: 60,
    personMet: '東洋 一郎',
    inquiry: '月末の支払いが苦しい。資金繰り表の作り方を知りたい。',
    ownerWords: '「毎月、通帳を見るのが怖い」',
    advice: '入出金を3か月分書き出し、資金繰り表の形にした。',
    insight: '支払いが月末に集中していると気づいた。',
    essentialIssue: '支払いサイトと入金サイトの差を把握していない',
    sourceUrl: `${PORTAL_ORIGIN}/portal/company.html?id=BZ000123`,
    sourceTitle: '事業者詳細 | 県経営支援ポータル',
  });
  const phone = c(30, { channel: 'phone', tagIds: ['topic-sales'], inquiry: '展示会に出るべきか迷っている。' });
  const secret = c(10, { channel: 'online', programme: 'yorozu', inquiry: '', sensitive: true }, { authorId: OTHER, redacted: true });
  const actions = [
    recordRow('action', {
      businessId: business.id,
      consultationId: visit.id,
      side: 'owner',
      text: '資金繰り表を毎月更新する',
      dueDate: addDays(today, -5),
    }),
    recordRow('action', {
      businessId: business.id,
      consultationId: phone.id,
      side: 'advisor',
      text: '展示会の出展要項を送る',
      dueDate: today,
    }),
    recordRow('action', {
      businessId: business.id,
      consultationId: phone.id,
      side: 'owner',
      text: '見積書を取り寄せる',
      dueDate: addDays(today, 3),
      done: true,
      doneAt: daysAgo(1),
    }),
    recordRow(
      'action',
      { businessId: business.id, consultationId: secret.id, side: 'owner', text: '', dueDate: addDays(today, 5) },
      { authorId: OTHER, redacted: true },
    ),
    recordRow('action', {
      businessId: business.id,
      consultationId: null,
      side: 'advisor',
      text: '補助金の公募要領を確認する',
      dueDate: null,
    }),
  ];
  const conflicts = [
    recordRow(
      'conflict',
      { recordKind: 'consultation', recordId: visit.id, field: 'advice', text: '金融機関に同行し、返済条件の見直しを相談した。' },
      { authorId: OTHER },
    ),
    recordRow(
      'conflict',
      { recordKind: 'business', recordId: business.id, field: 'vision', text: '地元の百貨店に常設の売り場を持つ。' },
      { authorId: OTHER },
    ),
  ];
  const rows: Record<string, Row[]> = { businesses: [business], consultations: [visit, phone, secret], actions, conflicts };
  return { business, rows };
}

for (const language of ['ja', 'en'] as const) {
  const t = translator(language);

  test.describe(`accessibility (${language})`, () => {
    test('popup: empty, then a business chosen and a note typed', async ({ ext, openExtensionPage }) => {
      await useLanguage(ext, language);
      const popup = await openExtensionPage('popup.html');
      const p = ui(popup, language);
      await expect(popup.getByRole('heading', { level: 1 })).toHaveText(t('capture.title'));
      await expectAccessible(popup, 'the empty popup');

      await createBusiness(popup, uniqueName(language === 'ja' ? 'みなと製作所' : 'Minato Works '), language);
      await p.note.fill('受注は増えているが人手が足りない。');
      await expectAccessible(popup, 'the popup with a business and a note');
    });

    test('side panel: beside a portal page linked to a business, and beside a tab that is no web page', async ({
      ext,
      openExtensionPage,
      openPortalPage,
    }) => {
      await useLanguage(ext, language);
      const seeder = await openExtensionPage('options.html');
      const karte = aKarte(language, 'BZ000123');
      await putRows(seeder, {
        ...karte.rows,
        siteRules: [
          siteRuleRow({
            name: '県ポータル 事業者詳細',
            system: '県ポータル',
            urlPattern: `${PORTAL_ORIGIN}/portal/company.html*`,
            extract: { from: 'url', regex: '[?&]id=(BZ\\d+)' },
          }),
        ],
      });
      await seeder.close();

      const portal = await openPortalPage('portal/company.html?id=BZ000123');
      const panel = await openExtensionPage('sidepanel.html');
      await portal.bringToFront();
      const p = ui(panel, language);
      await expect(p.selectedBusiness).toHaveText(String(karte.business.name));
      await expect(panel.getByTestId('page-url')).toHaveText(`${PORTAL_ORIGIN}/portal/company.html?id=BZ000123`);
      await expect(p.latest.getByRole('article')).toHaveCount(3);
      await p.note.fill('粗利の一覧を持参。');
      await expectAccessible(panel, 'the side panel beside a linked portal page');

      const alone = await openExtensionPage('sidepanel.html');
      await expect(ui(alone, language).pageInfo).toContainText(t('page.none'));
      await expectAccessible(alone, 'the side panel beside no web page');

      // Its search box with results open (a combobox and its listbox).
      await alone.getByRole('combobox', { name: t('search.label') }).fill('資金繰り');
      await expect(
        alone
          .getByRole('listbox', { name: t('search.results') })
          .getByRole('option')
          .first(),
      ).toBeVisible();
      await expectAccessible(alone, 'the side panel with search results');
    });

    test('karte page and follow-ups page', async ({ ext, openExtensionPage }) => {
      await useLanguage(ext, language);
      const page = await openExtensionPage('karte.html');
      const karte = aKarte(language);
      await putRows(page, karte.rows);
      await page.goto(page.url().replace(/karte\.html.*$/, `karte.html?id=${karte.business.id}`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(karte.business.name));
      await expect(page.getByTestId('redacted')).toHaveCount(1);
      await expect(page.getByRole('region', { name: t('conflict.heading', { count: 2 }) })).toBeVisible();
      await expectAccessible(page, 'the karte page');

      // Editing on the karte: its profile (every section, the 中分類 list open), the consultation editor, the completed actions.
      await page.getByRole('button', { name: t('basics.edit') }).click();
      const profile = page.getByRole('form', { name: t('profile.formTitle') });
      await expect(profile.getByTestId('disaster-fields')).toBeVisible();
      await profile.getByRole('button', { name: t('profile.externalAdd') }).click();
      await profile.getByRole('combobox', { name: t('profile.externalSystem', { n: 3 }) }).selectOption('');
      await profile.getByRole('textbox', { name: t('profile.employees') }).fill('８');
      await profile.getByRole('combobox', { name: t('profile.industry') }).fill('飲食');
      await expect(profile.getByRole('listbox', { name: t('profile.industryResults') }).getByRole('option')).toHaveCount(4);
      await expectAccessible(page, 'the karte page with its profile editor open');
      await page.getByRole('button', { name: t('kartePage.recordConsultation') }).click();
      await expect(page.getByTestId('karte-editor').getByRole('textbox', { name: t('field.inquiry'), exact: true })).toBeVisible();
      await page.getByTestId('done-actions').locator('summary').click();
      await page.locator('.print-options summary').click();
      await expectAccessible(page, 'the karte page with its editors open');

      await page.goto(page.url().replace(/karte\.html.*$/, 'businesses.html'));
      await expect(page.getByTestId('business-table')).toContainText(String(karte.business.name));
      await expectAccessible(page, 'the business list');
      const other = recordRow('business', { name: uniqueName(language === 'ja' ? '東洋商事' : 'Toyo ') });
      await putRows(page, { businesses: [other] });
      await page.reload();
      for (const name of [String(karte.business.name), String(other.name)]) {
        await page.getByRole('checkbox', { name: t('businesses.select', { name }), exact: true }).check();
      }
      await page.getByRole('button', { name: t('businesses.mergeSelected') }).click();
      await expect(page.getByRole('dialog', { name: t('merge.title') })).toBeVisible();
      await expectAccessible(page, 'the merge dialog');

      await page.goto(page.url().replace(/businesses\.html.*$/, 'follow-ups.html'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('followUps.title'));
      await expect(page.getByText('資金繰り表を毎月更新する')).toBeVisible();
      await expectAccessible(page, 'the follow-ups page');
    });

    test('options page: signed out, then signed in as a manager with site rules', async ({ ext, openExtensionPage }) => {
      await useLanguage(ext, language);
      const options = await openExtensionPage('options.html');
      await expect(options.getByRole('heading', { level: 1 })).toHaveText(t('options.title'));
      await expect(options.getByRole('region', { name: t('siteRules.title') })).toBeVisible();
      await expectAccessible(options, 'the options page, signed out');

      await putRows(options, {
        siteRules: [
          siteRuleRow({
            name: '県ポータル 事業者詳細',
            system: '県ポータル',
            urlPattern: `${PORTAL_ORIGIN}/portal/company.html*`,
            extract: { from: 'url', regex: '[?&]id=(BZ\\d+)' },
          }),
        ],
      });
      const signedIn = {
        apiToken: 'token-of-a-manager',
        localOnly: false,
        advisor: { id: '0190a5a0-0000-7000-8000-000000000002', name: '山田 花子', role: 'manager' },
      };
      await ext.worker.evaluate(
        (values) =>
          (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(values),
        signedIn,
      );
      await options.reload();
      const rules = options.getByRole('region', { name: t('siteRules.title') });
      await expect(rules.getByRole('list', { name: t('siteRules.list') }).getByRole('listitem')).toHaveCount(1);
      await rules.getByRole('button', { name: t('siteRules.add') }).click();
      await expectAccessible(options, 'the options page, signed in, a site rule being added');
    });
  });
}

/**
 * The organisation page needs the server (its admin part is the admin API's): the real API runs
 * for these tests, and each language's profile is connected to it (a development build reaches
 * http://localhost:8787, which Chromium is told to connect to this run's server).
 */
test.describe('accessibility of the organisation page', () => {
  let api: LocalApi;
  test.describe.configure({ timeout: 120_000 });
  test.beforeAll(async () => {
    test.setTimeout(150_000);
    api = await startLocalApi();
    const colleague = await createAdvisor(api, '山田 花子');
    await api.call(api.adminToken, 'PATCH', `/v1/admin/advisors/${colleague.id}`, { jobTitle: 'business_advisor', disabled: true });
    await createAdvisor(api, '渡辺 三郎');
    await api.call(api.adminToken, 'POST', '/v1/admin/invitations', { name: '招待中 四郎', role: 'manager', jobTitle: 'assistant' });
  });
  test.afterAll(async () => api?.stop());

  for (const language of ['ja', 'en'] as const) {
    const t = translator(language);
    test(`organisation page (${language}): staff, a code just issued, a form open, invitations, the profile and the tags; the import and partners pages`, async () => {
      const ext = await launchSyncProfile(api);
      try {
        await useLanguage(ext, language);
        const options = await ext.context.newPage();
        await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
        await options.getByLabel(t('options.serverUrl'), { exact: true }).fill('http://localhost:8787');
        await options.getByLabel(t('options.token'), { exact: true }).fill(api.adminToken);
        await options.getByRole('button', { name: t('options.test') }).click();
        await expect(options.getByTestId('connection-result')).toHaveClass(/notice-success/);
        await expectAccessible(options, 'the options page with the link to the organisation page');

        const page = await ext.context.newPage();
        await page.goto(`chrome-extension://${ext.extensionId}/organisation.html`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('org.title'));
        await expect(page.getByRole('article', { name: '山田 花子' })).toContainText(t('org.stateDisabled'));
        await expectAccessible(page, 'the organisation page');

        await page.getByRole('button', { name: t('org.issueTokenLabel', { name: '渡辺 三郎' }) }).click();
        await page.getByRole('button', { name: t('org.issue'), exact: true }).click();
        await expect(page.getByTestId('issued-secret')).toBeVisible();
        await page.getByRole('button', { name: t('org.renameLabel', { name: '渡辺 三郎' }) }).click();
        await page.getByRole('button', { name: t('tagsEdit.addLabel', { group: '5つの壁' }) }).click();
        // Each language retires a tag of its own: the server (and what the other run retired) is shared.
        await page
          .getByRole('button', { name: t('tagsEdit.retireLabel', { name: language === 'ja' ? '足りない' : '付いてこない' }) })
          .click();
        await page.locator('.retired-tags summary').first().click();
        // 伴走支援の提案 (shown once the directory has come with the first sync), its tag lists open.
        const rule = page.getByRole('region', { name: t('bansoRule.heading') });
        await expect(rule).toBeVisible({ timeout: 30_000 });
        for (const summary of await rule.locator('summary').all()) await summary.click();
        const areas = page.getByRole('region', { name: t('startupAreas.heading') });
        for (const summary of await areas.locator('summary').all()) await summary.click();
        await expectAccessible(page, 'the organisation page with a token issued, forms open and a retired tag');

        // 事業者リストの取り込み: a list read, its columns mapped, and a problem shown by row and column.
        await page.goto(`chrome-extension://${ext.extensionId}/import.html`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('import.title'));
        await page.getByLabel(t('import.file')).setInputFiles({
          name: 'list.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from('事業所名,従業員数\r\n一号商店,たくさん\r\n', 'utf8'),
        });
        await page.getByRole('button', { name: t('import.check') }).click();
        await expect(page.getByRole('alert')).toContainText(t('import.problems', { count: 1 }));
        await expectAccessible(page, 'the import page with a problem shown');

        // 他機関との連携 (the karte's section, its forms open, is checked in partners.spec.ts).
        await page.goto(`chrome-extension://${ext.extensionId}/partners.html`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('partners.heading'));
        await expectAccessible(page, 'the partners page');
      } finally {
        await ext.close();
      }
    });

    test(`export and audit pages (${language}): the choices, the files of an export, and the audit log with its filters`, async () => {
      const ext = await launchSyncProfile(api);
      try {
        await useLanguage(ext, language);
        const options = await ext.context.newPage();
        await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
        await options.getByLabel(t('options.serverUrl'), { exact: true }).fill('http://localhost:8787');
        await options.getByLabel(t('options.token'), { exact: true }).fill(api.adminToken);
        await options.getByRole('button', { name: t('options.test') }).click();
        await expect(options.getByTestId('connection-result')).toHaveClass(/notice-success/);

        const page = await ext.context.newPage();
        await page.goto(`chrome-extension://${ext.extensionId}/export.html`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('export.title'));
        await expectAccessible(page, 'the export page');
        await page.getByRole('checkbox', { name: t('export.sensitive') }).check();
        await page.getByRole('button', { name: t('export.start') }).click();
        await expect(page.getByRole('heading', { name: t('export.files') })).toBeVisible({ timeout: 30_000 });
        await expectAccessible(page, 'the export page with the files of an export');

        await page.goto(`chrome-extension://${ext.extensionId}/audit.html`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('audit.title'));
        await expect(page.getByRole('table')).toBeVisible();
        await page.getByRole('combobox', { name: t('audit.group') }).selectOption('export');
        await page.getByLabel(t('audit.from'), { exact: true }).fill('2026-01-01');
        await expectAccessible(page, 'the audit log with its filters');
      } finally {
        await ext.close();
      }
    });
  }
});
