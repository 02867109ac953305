import iconv from 'iconv-lite';
import { expect, test, type Page } from '@playwright/test';
import type { LocalApi } from './support/api-server';
import { openPage, signInWithOptions, syncNow, useLocalApiProfiles } from './support/sync-profiles';
import { saveScreenshot } from './support/test';
import { ui } from './support/ui';

/**
 * Importing a TOAS 会員名簿 saved by Japanese Excel (Shift_JIS) on the import page against the
 * real API (wrangler dev + local D1): a cell it cannot read is shown with its row and column and
 * nothing is written; with the column mapped otherwise the list is registered, reaches the
 * business list after a sync, and importing it again changes nothing and duplicates nothing.
 */
const local = useLocalApiProfiles();
let api: LocalApi;
test.beforeAll(() => {
  api = local.api();
});

const LIST =
  '会員番号,事業所名,フリガナ,業種,従業員数,会員区分,備考\r\n' +
  'T-101,髙橋①酒店,タカハシサケテン,小売業,３人,会員,"本店と\r\n支店"\r\n' +
  'T-102,能登ゆるり食堂,ノトユルリショクドウ,宇宙業,12,非会員,\r\n';

async function chooseList(page: Page): Promise<void> {
  await page
    .getByLabel(ui(page).t('import.file'))
    .setInputFiles({ name: '会員名簿.csv', mimeType: 'text/csv', buffer: iconv.encode(LIST, 'Shift_JIS') });
}

test('an admin imports a Shift_JIS member list, mapping its columns; problems come with their row and column, and a second import duplicates nothing', async () => {
  const admin = await local.launch();
  await signInWithOptions(admin, api.adminToken);
  const org = await openPage(admin, 'organisation.html');
  const t = ui(org).t;
  await org.getByRole('link', { name: t('import.link') }).click();
  const page = org;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('import.title'));

  await page.getByRole('combobox', { name: t('import.source') }).selectOption({ label: t('import.source.toas') });
  await chooseList(page);
  await expect(page.getByTestId('import-loaded')).toHaveText(t('import.loaded', { name: '会員名簿.csv', encoding: 'Shift_JIS', rows: 2 }));
  const target = (header: string) => page.getByRole('combobox', { name: t('import.targetFor', { header }) });
  await expect(target('会員番号')).toHaveValue('externalId:TOAS');
  await expect(target('事業所名')).toHaveValue('name');
  await expect(target('備考')).toHaveValue('skip');

  await page.getByRole('button', { name: t('import.check') }).click();
  const problems = page.getByRole('table').filter({ hasText: t('import.colProblem') });
  await expect(page.getByRole('alert')).toContainText(t('import.problems', { count: 1 }));
  await expect(problems.getByRole('row').nth(1)).toHaveText(['3', '業種', t('import.cell.industry', { value: '宇宙業' })].join(''));
  await expect(page.getByRole('button', { name: t('import.write') })).toHaveCount(0);
  await saveScreenshot(page, 'import');

  // Not importing the 業種 column: the list is ready, and nothing was written before.
  await target('業種').selectOption('skip');
  await page.getByRole('button', { name: t('import.check') }).click();
  await expect(page.getByRole('status').filter({ hasText: t('import.ready', { created: 2, updated: 0, unchanged: 0 }) })).toBeVisible();
  await page.getByRole('button', { name: t('import.write') }).click();
  await expect(page.getByTestId('import-done')).toContainText(t('import.done', { created: 2, updated: 0, unchanged: 0 }));

  await syncNow(admin);
  const list = await openPage(admin, 'businesses.html');
  await expect(list.getByText('髙橋①酒店')).toBeVisible({ timeout: 15_000 });
  await expect(list.getByText('能登ゆるり食堂')).toBeVisible();

  // The same file again: matched by the TOAS 会員番号, nothing new.
  await page.reload();
  await chooseList(page);
  await target('業種').selectOption('skip');
  await page.getByRole('button', { name: t('import.check') }).click();
  await expect(page.getByRole('status').filter({ hasText: t('import.ready', { created: 0, updated: 0, unchanged: 2 }) })).toBeVisible();
});

test('an admin issues an import-only key for another system on the organisation page; the system imports with it, and once revoked it is refused', async () => {
  const admin = await local.launch();
  await signInWithOptions(admin, api.adminToken);
  const org = await openPage(admin, 'organisation.html');
  const t = ui(org).t;
  const section = org.getByRole('region', { name: t('integrationKeys.heading') });
  await expect(section.getByText(t('integrationKeys.none'))).toBeVisible();
  await section.getByRole('textbox', { name: t('integrationKeys.label') }).fill('会員管理システム');
  await section.getByRole('combobox', { name: t('integrationKeys.scope') }).selectOption({ label: t('integrationKeys.scope.import') });
  await section.getByRole('button', { name: t('integrationKeys.issue') }).click();
  const issued = org.getByRole('region', { name: t('integrationKeys.issued', { label: '会員管理システム' }) });
  await expect(issued.getByRole('heading')).toBeFocused();
  const key = (await issued.getByTestId('issued-value').innerText()).trim();
  expect(key).toMatch(/^bki_/);
  await issued.getByRole('button', { name: t('org.closeSecret') }).click();
  await expect(org.getByTestId('issued-secret')).toHaveCount(0);

  const viaKey = () =>
    fetch(`${api.baseUrl}/v1/import/businesses`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        fileName: 'members.json',
        dryRun: false,
        rows: [{ line: 2, fields: { name: '連携キーで来た店', externalIds: [{ system: 'kintone', value: '42' }] } }],
      }),
    });
  expect((await viaKey()).status).toBe(200);
  await syncNow(admin);
  const list = await openPage(admin, 'businesses.html');
  await expect(list.getByText('連携キーで来た店')).toBeVisible({ timeout: 15_000 });

  await section.getByRole('button', { name: t('integrationKeys.revokeLabel', { label: '会員管理システム' }) }).click();
  await expect(org.getByTestId('integration-keys-notice')).toContainText(t('integrationKeys.revoked', { label: '会員管理システム' }));
  expect((await viaKey()).status).toBe(401);
});
