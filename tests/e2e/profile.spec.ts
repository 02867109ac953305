import type { Page } from '@playwright/test';
import { translator, type Language } from '../../extension/locales';
import { putRows, readRows, recordRow } from './support/karte-seed';
import type { LaunchedExtension } from './support/launch';
import { expect, saveScreenshot, test } from './support/test';
import { pickBusiness } from './support/ui';

/**
 * The business profile (issue 12) in Chromium: edited on the karte in sections, 被災 asked for by
 * a consultation's tag, the duplicate-法人番号 warning, and the side panel's compact profile whose
 * 「編集」 opens the karte at the editor.
 */
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const NUMBER = '1220001747327';

/** A 旅館 hit by the 能登 earthquake: two consultations, one tagged 被災; a second record with its 法人番号. */
function aBusiness(language: Language) {
  const business = recordRow('business', {
    // Each test has a browser profile of its own: fixed names, as the README's pictures show them.
    name: language === 'ja' ? '能登の宿 しおさい' : 'Noto Inn Shiosai',
    nameKana: 'ノトノヤドシオサイ',
    membership: 'member',
    municipality: '輪島市',
    externalIds: [{ system: '県ポータル', value: 'P-7' }],
    status: 'continuing',
  });
  const consultations = [
    recordRow('consultation', {
      businessId: business.id,
      heldAt: daysAgo(30),
      channel: 'visit',
      tagIds: ['event-disaster'],
      inquiry: '地震で客室の壁が崩れた。なりわい再建補助金を使いたい。',
    }),
    recordRow('consultation', {
      businessId: business.id,
      heldAt: daysAgo(7),
      channel: 'phone',
      tagIds: ['topic-subsidy'],
      inquiry: '見積書の取り方の相談。',
    }),
  ];
  const twin = recordRow('business', { name: '有限会社しおさい', corporateNumber: NUMBER });
  return { business, twin, rows: { businesses: [business, twin], consultations } };
}

async function setLanguage(ext: LaunchedExtension, language: Language): Promise<void> {
  await ext.worker.evaluate(
    (values) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(values),
    { language },
  );
}

async function openKarte(openExtensionPage: (p: string) => Promise<Page>, seed: ReturnType<typeof aBusiness>): Promise<Page> {
  const page = await openExtensionPage('karte.html');
  await putRows(page, seed.rows);
  await page.goto(page.url().replace(/karte\.html.*$/, `karte.html?id=${seed.business.id}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(seed.business.name));
  return page;
}

/** Fills the profile as an advisor would, by keyboard where a person would use it. */
async function fillProfile(page: Page, language: Language): Promise<void> {
  const t = translator(language);
  const form = page.getByRole('form', { name: t('profile.formTitle') });
  await form.getByRole('textbox', { name: t('basics.corporateNumber') }).fill('１２２０００１７４７３２７');
  await expect(form.getByTestId('same-number')).toContainText('有限会社しおさい');
  await form.getByRole('combobox', { name: t('profile.legalForm') }).selectOption('corporation');
  const industry = form.getByRole('combobox', { name: t('profile.industry') });
  await industry.fill('宿泊');
  await expect(form.getByRole('listbox', { name: t('profile.industryResults') }).getByRole('option')).toHaveText([
    language === 'ja' ? '75 宿泊業' : '75 Accommodations',
  ]);
  await industry.press('Enter');
  await form.getByRole('textbox', { name: t('profile.employees') }).fill('12');
  await expect(form.getByTestId('small-suggestion')).toHaveText(
    t('profile.suggestYes', { basis: t('basis.accommodation'), employees: 12, limit: 20 }),
  );
  await form.getByRole('button', { name: t('profile.acceptSuggestion') }).click();
  await expect(form.getByRole('radio', { name: t('profile.smallYes') })).toBeChecked();
  await form.getByRole('textbox', { name: t('kartePage.strengths') }).fill('海の見える客室と地元の魚料理');
  await form.getByRole('textbox', { name: t('kartePage.weaknesses') }).fill('冬の稼働率が低い');
  await form.getByRole('button', { name: t('profile.externalAdd') }).click();
  await form.getByRole('combobox', { name: t('profile.externalSystem', { n: 2 }) }).selectOption('BIZミル');
  await form.getByRole('textbox', { name: t('profile.externalValue', { n: 2 }) }).fill('BZ000321');
  // The 被災 section is there already: a consultation carries the 被災 tag.
  await form.getByRole('combobox', { name: t('disaster.name'), exact: true }).fill('令和6年能登半島地震');
  await form.getByRole('textbox', { name: t('disaster.damage') }).fill('客室の壁が崩れ、2階が使えない');
  await form.getByRole('combobox', { name: t('disaster.certificate') }).selectOption('issued');
  await form.getByRole('textbox', { name: t('disaster.certificateDate') }).fill('2024-02-10');
  await form.getByRole('combobox', { name: t('disaster.recovery') }).selectOption('rebuilding');
}

test('the profile is filled in on the karte: 中分類 by search, the 小規模 suggestion, an 外部ID from the list and 被災', async ({
  openExtensionPage,
}) => {
  const t = translator('ja');
  const seed = aBusiness('ja');
  const page = await openKarte(openExtensionPage, seed);
  await expect(page.getByTestId('case-disaster')).toContainText(t('disaster.tagged'));
  await page.getByRole('button', { name: t('basics.edit') }).click();
  await fillProfile(page, 'ja');
  await saveScreenshot(page, 'karte-profile');
  await page.getByRole('button', { name: t('common.save') }).click();
  await expect(page.getByRole('form', { name: t('profile.formTitle') })).toHaveCount(0);

  await expect(page.getByTestId('industry-middle')).toHaveText('75 宿泊業');
  await expect(page.getByTestId('industry')).toHaveText('（大分類: M 宿泊業，飲食サービス業）');
  await expect(page.getByTestId('employees')).toHaveText('12人');
  await expect(page.getByTestId('small-business')).toHaveText('該当する 提案どおり');
  await expect(page.getByTestId('external-ids')).toHaveText('県ポータル: P-7BIZミル: BZ000321');
  await expect(page.getByTestId('same-number').getByRole('link', { name: String(seed.twin.name) })).toHaveAttribute(
    'href',
    `karte.html?id=${seed.twin.id}`,
  );
  await expect(page.getByTestId('disaster-certificate')).toHaveText('交付済み（2024/02/10）');
  const stored = (await readRows<Record<string, unknown>>(page, 'businesses')).find((b) => b.id === seed.business.id)!;
  expect(stored).toMatchObject({
    corporateNumber: NUMBER,
    industryMiddle: '75',
    industry: 'M',
    employees: 12,
    smallBusiness: true,
    disasterName: '令和6年能登半島地震',
  });
  await saveScreenshot(page, 'karte-profile-saved');

  // On paper: the profile and the 被災 section, no button and no warning.
  await page.emulateMedia({ media: 'print' });
  for (const id of [
    'industry-middle',
    'employees',
    'small-business',
    'external-ids',
    'strengths',
    'case-disaster',
    'disaster-certificate',
  ]) {
    await expect(page.getByTestId(id)).toBeVisible();
  }
  for (const control of await page.getByRole('button').all()) await expect(control).toBeHidden();
  await expect(page.getByTestId('same-number')).toBeHidden();
  await saveScreenshot(page, 'karte-profile-print');
});

test('the side panel shows the essentials, and 「編集」 opens the karte at the profile editor', async ({ openExtensionPage, ext }) => {
  const t = translator('ja');
  const seed = aBusiness('ja');
  Object.assign(seed.rows.businesses[0]!, { industryMiddle: '76', industry: 'M', employees: 4, smallBusiness: true });
  const panel = await openExtensionPage('sidepanel.html');
  await putRows(panel, seed.rows);
  await panel.reload();
  await pickBusiness(panel, String(seed.business.name));
  const header = panel.getByRole('region', { name: String(seed.business.name) });
  await expect(header.getByTestId('panel-industry')).toHaveText('76 飲食店');
  await expect(header.getByTestId('panel-employees')).toHaveText('4人');
  await expect(header.getByTestId('panel-small')).toHaveText(t('profile.smallYes'));
  await expect(header.getByTestId('panel-membership')).toHaveText(t('membership.member'));

  const opened = ext.context.waitForEvent('page');
  await header.getByRole('link', { name: t('panelProfile.editLabel', { name: String(seed.business.name) }) }).click();
  const karte = await opened;
  await karte.waitForLoadState();
  expect(new URL(karte.url()).hash).toBe('#profile');
  const form = karte.getByRole('form', { name: t('profile.formTitle') });
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox', { name: t('basics.name'), exact: true })).toBeFocused();
  await expect(form.getByRole('combobox', { name: t('profile.industry') })).toHaveValue('76 飲食店');
});

test('the profile in English, for the README', async ({ ext, openExtensionPage }) => {
  await setLanguage(ext, 'en');
  const t = translator('en');
  const seed = aBusiness('en');
  const page = await openKarte(openExtensionPage, seed);
  await page.getByRole('button', { name: t('basics.edit') }).click();
  await fillProfile(page, 'en');
  await saveScreenshot(page, 'karte-profile-en');
  await page.getByRole('button', { name: t('common.save') }).click();
  await expect(page.getByTestId('industry-middle')).toHaveText('75 Accommodations');
  await expect(page.getByTestId('small-business')).toHaveText(`${t('profile.smallYes')} ${t('profile.smallAsSuggested')}`);
});
