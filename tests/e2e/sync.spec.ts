import { expect, test } from '@playwright/test';
import { createAdvisor, type LocalApi } from './support/api-server';
import { readRows } from './support/karte-seed';
import { expectAllSent, openPage as open, signInWithOptions, useLocalApiProfiles } from './support/sync-profiles';
import { saveScreenshot } from './support/test';
import { createBusiness, pickBusiness, ui, uniqueName } from './support/ui';

/**
 * Two browser profiles, each with the built extension, syncing through the real API
 * (wrangler dev + local D1; support/sync-profiles.ts).
 */
const local = useLocalApiProfiles();
let api: LocalApi;
test.beforeAll(() => {
  api = local.api();
});

const launchProfile = local.launch;

async function serverHasText(text: string): Promise<boolean> {
  const page = await api.call<{ changes: { data: Record<string, unknown> }[] }>(
    api.adminToken,
    'GET',
    `/v1/sync/pull?protocol=1&clientId=0190a000-0000-7000-8000-000000000001&cursor=0&limit=1000`,
  );
  return page.changes.some((c) => Object.values(c.data).includes(text));
}

test('a note captured offline in one profile appears in the other after reconnecting', async () => {
  const [a, b] = await Promise.all([launchProfile(), launchProfile()]);
  const [advisorA, advisorB] = [await createAdvisor(api, '支援者 A'), await createAdvisor(api, '支援者 B')];
  await signInWithOptions(a, advisorA.token);
  await signInWithOptions(b, advisorB.token);
  const popupA = await open(a, 'popup.html');
  await expectAllSent(popupA);

  // Offline: the service worker's fetch fails too (checked below: the server never sees the note).
  await a.context.setOffline(true);
  const u = ui(popupA);
  const business = uniqueName('オフライン商店');
  const note = 'オフラインで記録した相談。資金繰りの見直しを提案。';
  await createBusiness(popupA, business);
  await u.note.fill(note);
  await u.save.click();
  await expect(u.saved).toContainText(note);
  await expect(popupA.getByTestId('sync-pending')).toContainText('未送信 2件');
  await expect(popupA.getByTestId('sync-status').getByRole('alert')).toBeVisible({ timeout: 15_000 });
  expect(await serverHasText(note)).toBe(false);
  await saveScreenshot(popupA, 'sync-popup-offline');

  await a.context.setOffline(false);
  // Reopening the popup asks for a sync at once (otherwise the backoff retry sends it a little later).
  await popupA.reload();
  await expectAllSent(popupA);
  expect(await serverHasText(note)).toBe(true);

  // Profile B: opening the side panel syncs; the business and its note are there.
  const panelB = await open(b, 'sidepanel.html');
  await expectAllSent(panelB);
  await pickBusiness(panelB, business);
  await expect(ui(panelB).latest.getByRole('article')).toContainText(note);
  await saveScreenshot(panelB, 'sync-panel-second-profile');
});

test('a revoked token stops sync with the sign-in prompt and keeps the queued note', async () => {
  const a = await launchProfile();
  const advisor = await createAdvisor(api, '支援者 C');
  await signInWithOptions(a, advisor.token);
  const popup = await open(a, 'popup.html');
  await expectAllSent(popup);

  await api.call(api.adminToken, 'DELETE', `/v1/admin/tokens/${advisor.tokenId}`);
  const u = ui(popup);
  const note = '失効後に記録した相談。';
  await createBusiness(popup, uniqueName('失効商店'));
  await u.note.fill(note);
  await u.save.click();

  const prompt = popup.getByTestId('sync-status');
  await expect(prompt).toContainText(u.t('sync.signedOut'), { timeout: 15_000 });
  await expect(prompt).toContainText('未送信 2件');
  await saveScreenshot(popup, 'sync-popup-signed-out');
  // Still there after reopening, and nothing queued was dropped.
  await popup.reload();
  await expect(prompt).toContainText(u.t('sync.signedOut'));
  const outbox = await readRows<{ state: string; fields: Record<string, unknown> }>(popup, 'outbox');
  expect(outbox.filter((e) => e.state === 'pending')).toHaveLength(2);
  expect(outbox.some((e) => e.fields.inquiry === note)).toBe(true);

  const optionsOpened = a.context.waitForEvent('page');
  await prompt.getByRole('button', { name: u.t('sync.openOptions') }).click();
  expect((await optionsOpened).url()).toContain('/options.html');
});

test('a merge made offline in one profile lands on the business kept, with what the other profile wrote to the duplicate meanwhile', async () => {
  const [a, b] = await Promise.all([launchProfile(), launchProfile()]);
  const [advisorA, advisorB] = [await createAdvisor(api, '支援者 D'), await createAdvisor(api, '支援者 E')];
  await signInWithOptions(a, advisorA.token);
  await signInWithOptions(b, advisorB.token);
  const kept = uniqueName('能登まるやま商店');
  const dup = uniqueName('まるやま');
  const popupA = await open(a, 'popup.html');
  const u = ui(popupA);
  for (const [name, note] of [
    [kept, '統合先の相談'],
    [dup, '重複の相談'],
  ] as const) {
    await createBusiness(popupA, name);
    await u.note.fill(note);
    await u.save.click();
    await expect(u.saved).toContainText(note);
  }
  await expectAllSent(popupA);
  const panelB = await open(b, 'sidepanel.html');
  await expectAllSent(panelB);

  // A goes offline; B, online and unaware of any merge, writes a note for the duplicate.
  await a.context.setOffline(true);
  const popupB = await open(b, 'popup.html');
  await pickBusiness(popupB, dup);
  await ui(popupB).note.fill('Bが重複に書いた相談');
  await ui(popupB).save.click();
  await expectAllSent(popupB);

  // A merges the duplicate while offline, not knowing what B wrote to it.
  const listA = await open(a, 'businesses.html');
  const t = ui(listA).t;
  await listA.getByRole('checkbox', { name: t('businesses.select', { name: kept }), exact: true }).check();
  await listA.getByRole('checkbox', { name: t('businesses.select', { name: dup }), exact: true }).check();
  await listA.getByRole('button', { name: t('businesses.mergeSelected') }).click();
  const dialog = listA.getByRole('dialog', { name: t('merge.title') });
  await dialog.getByRole('radio', { name: t('merge.keep', { name: kept }) }).check();
  await dialog.getByRole('button', { name: t('merge.confirm') }).click();
  await expect(listA.getByTestId('business-table')).not.toContainText(dup);

  await a.context.setOffline(false);
  // Each profile syncs once more (今すぐ同期: at once, not at the next scheduled cycle): the merge and the notes meet on both.
  for (const popup of [popupA, popupB, popupA]) {
    await popup.reload();
    await popup.getByRole('button', { name: t('sync.now') }).click();
    await expectAllSent(popup);
  }
  for (const ext of [a, b]) {
    const list = await open(ext, 'businesses.html');
    await expect(list.getByTestId('business-table')).toContainText(kept);
    await expect(list.getByTestId('business-table')).not.toContainText(dup);
    await list.getByRole('link', { name: kept, exact: true }).click();
    const timeline = list.locator('.timeline');
    for (const note of ['統合先の相談', '重複の相談', 'Bが重複に書いた相談'])
      await expect(timeline).toContainText(note, { timeout: 15_000 });
  }
});
