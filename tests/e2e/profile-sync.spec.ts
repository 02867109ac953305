import { expect, test, type Page } from '@playwright/test';
import { translator } from '../../extension/locales';
import { createAdvisor, type LocalApi } from './support/api-server';
import type { LaunchedExtension } from './support/launch';
import { expectAllSent, openPage, signInWithOptions, useLocalApiProfiles } from './support/sync-profiles';
import { saveScreenshot } from './support/test';
import { createBusiness, pickBusiness, ui, uniqueName } from './support/ui';

/**
 * The business profile (issue 12) between two devices: filled in on the karte in one browser
 * profile, it shows on the other's karte and side panel after sync, through the real API.
 */
const t = translator('ja');
const local = useLocalApiProfiles();
let api: LocalApi;
test.beforeAll(() => {
  api = local.api();
});

async function signedInProfile(name: string): Promise<LaunchedExtension> {
  const ext = await local.launch();
  await signInWithOptions(ext, (await createAdvisor(api, name)).token);
  return ext;
}

/** 今すぐ同期 from the popup, until nothing is left to send (and what others sent is in). */
async function syncNow(ext: LaunchedExtension): Promise<void> {
  const popup = await openPage(ext, 'popup.html');
  await popup.getByRole('button', { name: t('sync.now') }).click();
  await expectAllSent(popup);
  await popup.close();
}

async function openKarteFromList(ext: LaunchedExtension, name: string): Promise<Page> {
  const list = await openPage(ext, 'businesses.html');
  await list.getByRole('link', { name, exact: true }).click();
  await expect(list.getByRole('heading', { level: 1 })).toHaveText(name);
  return list;
}

test('a profile filled in on one device (中分類 by search, employees, the 小規模 suggestion, an 外部ID, 被災) shows on the other after sync', async () => {
  const [a, b] = await Promise.all([signedInProfile('支援者 P'), signedInProfile('支援者 Q')]);
  const name = uniqueName('能登食堂');
  const popupA = await openPage(a, 'popup.html');
  await createBusiness(popupA, name);
  await ui(popupA).note.fill('地震の後、店を再開したい。');
  await ui(popupA).save.click();
  await expectAllSent(popupA);
  await syncNow(b);

  // Device A fills in the profile on the karte.
  const karteA = await openKarteFromList(a, name);
  await karteA.getByRole('button', { name: t('basics.edit') }).click();
  const form = karteA.getByRole('form', { name: t('profile.formTitle') });
  const industry = form.getByRole('combobox', { name: t('profile.industry') });
  await industry.fill('飲食');
  const results = form.getByRole('listbox', { name: t('profile.industryResults') });
  await expect(results.getByRole('option', { name: '76 飲食店' })).toBeVisible();
  await industry.press('ArrowDown');
  await industry.press('ArrowDown');
  await expect(results.getByRole('option', { selected: true })).toHaveText('76 飲食店');
  await industry.press('Enter');
  await expect(industry).toHaveValue('76 飲食店');
  await form.getByRole('textbox', { name: t('profile.employees') }).fill('3');
  await expect(form.getByTestId('small-suggestion')).toHaveText(
    '商業・サービス業で従業員3人のため小規模事業者に該当します（商業・サービス業は5人以下）',
  );
  await form.getByRole('button', { name: t('profile.acceptSuggestion') }).click();
  await form.getByRole('button', { name: t('profile.externalAdd') }).click();
  await form.getByRole('combobox', { name: t('profile.externalSystem', { n: 1 }) }).selectOption('TOAS');
  await form.getByRole('textbox', { name: t('profile.externalValue', { n: 1 }) }).fill('T-00321');
  await form.getByRole('button', { name: t('disaster.add') }).click();
  await form.getByRole('combobox', { name: t('disaster.name'), exact: true }).fill('令和6年能登半島地震');
  await form.getByRole('combobox', { name: t('disaster.certificate') }).selectOption('applied');
  await form.getByRole('textbox', { name: t('disaster.certificateDate') }).fill('2024-01-20');
  await form.getByRole('combobox', { name: t('disaster.recovery') }).selectOption('suspended');
  await form.getByRole('button', { name: t('common.save') }).click();
  await expect(karteA.getByTestId('industry-middle')).toHaveText('76 飲食店');
  await syncNow(a);

  // Device B, after one sync: the same profile on its karte, and in its side panel.
  await syncNow(b);
  const karteB = await openKarteFromList(b, name);
  await expect(karteB.getByTestId('industry-middle')).toHaveText('76 飲食店');
  await expect(karteB.getByTestId('industry')).toHaveText('（大分類: M 宿泊業，飲食サービス業）');
  await expect(karteB.getByTestId('employees')).toHaveText('3人');
  await expect(karteB.getByTestId('small-business')).toHaveText('該当する 提案どおり');
  await expect(karteB.getByTestId('external-ids')).toHaveText('TOAS: T-00321');
  await expect(karteB.getByTestId('disaster-name')).toHaveText('令和6年能登半島地震');
  await expect(karteB.getByTestId('disaster-certificate')).toHaveText('申請中（2024/01/20）');
  await expect(karteB.getByTestId('disaster-recovery')).toHaveText('休業中');
  await saveScreenshot(karteB, 'profile-sync-second-profile');

  const panelB = await openPage(b, 'sidepanel.html');
  await pickBusiness(panelB, name);
  const header = panelB.getByRole('region', { name });
  await expect(header.getByTestId('panel-industry')).toHaveText('76 飲食店');
  await expect(header.getByTestId('panel-employees')).toHaveText('3人');
  await expect(header.getByTestId('panel-small')).toHaveText('該当する');
});
