import type { Page } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { expect, saveScreenshot, test } from './support/test';
import { recordRow } from './support/karte-seed';
import { businessRow, consultationRow, seedRows } from './support/seed';
import { createBusiness, ui, uniqueName } from './support/ui';

/** The search box of a view and its results, found by role and accessible name. */
function searchUi(page: Page) {
  const t = ui(page).t;
  const results = page.getByRole('listbox', { name: t('search.results') });
  return {
    box: page.getByRole('combobox', { name: t('search.label') }),
    results,
    option: (text: string | RegExp) => results.getByRole('option').filter({ hasText: text }),
    status: page.getByTestId('search-status'),
  };
}

test('side panel search finds a phrase inside a sentence, in any width, highlighted, and opens what was found', async ({
  openExtensionPage,
}) => {
  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  const s = searchUi(panel);
  const business = uniqueName('加賀精機');
  await createBusiness(panel, business);
  const note = '受注は増えているが人手が足りず、納期が遅れがちで利益が残らない。ＰＯＳレジの入れ替えも検討中。';
  await p.note.fill(note);
  await p.save.click();
  await expect(p.latest.getByRole('article')).toHaveCount(1);
  // Start over on no business, so opening from the search is what brings it back.
  await panel.getByRole('button', { name: p.t('business.change') }).click();

  await s.box.fill('納期が遅れ');
  const hit = s.option(business);
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('mark')).toHaveText(['納期が遅れ']);
  await expect(hit).toContainText(p.t('search.kind.consultation'));

  // Half-width, lower-case letters find the full-width ＰＯＳ as written, and highlight it as written.
  await s.box.fill('posレジ');
  await expect(s.option(business).locator('mark')).toHaveText(['ＰＯＳレジ']);
  await saveScreenshot(panel, 'search-side-panel');

  // ↓ then Enter opens the consultation: its business becomes the panel's, the note is shown.
  await s.box.press('ArrowDown');
  await expect(s.results.getByRole('option', { selected: true })).toHaveCount(1);
  await s.box.press('Enter');
  await expect(p.selectedBusiness).toHaveText(business);
  await expect(p.latest.getByRole('article').first()).toHaveClass(/jumped/);
  await expect(s.box).toHaveValue('');
});

test('finds a business by its 法人番号, typed in full-width digits too, with no network', async ({ ext, openExtensionPage }) => {
  const name = uniqueName('株式会社みなと製作所');
  const seeder = await openExtensionPage('options.html');
  const b = businessRow({ name, corporateNumber: '7010001008844' });
  await seedRows(seeder, 'businesses', [b]);
  await seedRows(seeder, 'consultations', [
    consultationRow({ businessId: b.id, inquiry: '事業承継の相談。息子には継いでほしいが、まだ話せていない。' }),
  ]);
  await seeder.close();
  await ext.context.setOffline(true);

  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  const s = searchUi(panel);
  await s.box.fill('７０１０００１００８８４４');
  const hit = s.option(name).filter({ hasText: p.t('search.kind.business') });
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('mark')).toHaveText(['7010001008844']);
  await hit.click();
  await expect(p.selectedBusiness).toHaveText(name);

  await s.box.fill('継いでほしい');
  await expect(s.option(name).locator('mark')).toHaveText(['継いでほしい']);
  await s.box.fill('存在しない言葉');
  await expect(s.status).toHaveText(p.t('search.noResults'));
});

test('an open next action is found by a word of its text, highlighted, and opens its karte at the consultation it was agreed in', async ({
  openExtensionPage,
}) => {
  const name = uniqueName('加賀精機');
  const b = businessRow({ name });
  const visit = consultationRow({ businessId: b.id, inquiry: '新しい加工機の導入を検討。補助金を使いたい。' });
  const quote = recordRow('action', { businessId: b.id, consultationId: visit.id, side: 'advisor', text: '見積書を送る', dueDate: null });
  const seeder = await openExtensionPage('options.html');
  await seedRows(seeder, 'businesses', [b]);
  await seedRows(seeder, 'consultations', [visit]);
  await seedRows(seeder, 'actions', [quote]);
  await seeder.close();

  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  const s = searchUi(panel);
  await s.box.fill('見積書');
  const hit = s.option(name);
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText(p.t('search.kind.action'));
  await expect(hit.locator('mark')).toHaveText(['見積書']);
  await expect(hit).toContainText('見積書を送る');
  await saveScreenshot(panel, 'search-next-action');

  await hit.click();
  // Its business's karte opens in the panel, at the consultation the action was agreed in.
  await expect(p.selectedBusiness).toHaveText(name);
  await expect(panel.getByRole('checkbox', { name: p.t('actions.markDone', { text: '見積書を送る' }) })).toBeVisible();
  await expect(p.latest.getByRole('article').first()).toHaveClass(/jumped/);
  await expect(s.box).toHaveValue('');
});

test('a side panel opened after another has closed answers from the index the offscreen host kept loaded', async ({
  ext,
  openExtensionPage,
}) => {
  const name = uniqueName('能登ワイナリー');
  const seeder = await openExtensionPage('options.html');
  await seedRows(seeder, 'businesses', [businessRow({ name })]);
  await seeder.close();

  // The first panel finds the record (a page that connects brings the index up to date).
  const first = await openExtensionPage('sidepanel.html');
  await searchUi(first).box.fill('ワイナリー');
  await expect(searchUi(first).option(name)).toHaveCount(1);
  await first.close();
  // The background's offscreen document (opened at install) holds the shared search worker.
  const hosts = await ext.worker.evaluate(async () => {
    const { runtime } = (globalThis as unknown as { chrome: typeof Browser }).chrome;
    const contexts = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType] });
    return contexts.map((c) => new URL(c.documentUrl ?? '').pathname);
  });
  expect(hosts).toEqual(['/search-host.html']);

  // A new panel: the first thing it hears is that the index is ready; it loads nothing itself.
  const panel = await openExtensionPage('sidepanel.html');
  const s = searchUi(panel);
  await s.box.fill('ワイナリー');
  await expect(s.option(name)).toHaveCount(1);
  const ready = await panel.evaluate(() => (performance.getEntriesByName('banso-search-ready')[0] as PerformanceMark | undefined)?.detail);
  expect(ready).toMatchObject({ phase: 'ready', warm: true, documents: expect.any(Number) });
});

test('the karte page’s search box opens another business’s karte at the consultation found, or brings an entry of its own into view', async ({
  openExtensionPage,
}) => {
  const here = businessRow({ name: uniqueName('七尾和ろうそく') });
  const there = businessRow({ name: uniqueName('珠洲焼工房') });
  const ownNote = consultationRow({
    businessId: here.id,
    heldAt: '2026-03-02T01:00:00.000Z',
    inquiry: '和ろうそくの海外向け通販を始めたい。',
  });
  const theirNote = consultationRow({
    businessId: there.id,
    heldAt: '2026-03-09T01:00:00.000Z',
    inquiry: '窯の修繕費を小規模事業者持続化補助金で賄えるか。',
  });
  const page = await openExtensionPage('options.html');
  await seedRows(page, 'businesses', [here, there]);
  await seedRows(page, 'consultations', [ownNote, theirNote]);
  await page.goto(page.url().replace(/options\.html.*$/, `karte.html?id=${here.id}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(here.name as string);
  const s = searchUi(page);
  const t = ui(page).t;

  await s.box.fill('窯の修繕');
  const hit = s.option(there.name as string);
  await expect(hit.locator('mark')).toHaveText(['窯の修繕']);
  await saveScreenshot(page, 'search-karte-page');
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`karte\\.html\\?id=${there.id}#c-${theirNote.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(there.name as string);
  await expect(page.locator(`#c-${theirNote.id}`)).toBeFocused();

  // Back on the first karte by name; then a consultation of the karte on screen: no new page, its entry in view.
  await s.box.fill(here.name as string);
  await s
    .option(here.name as string)
    .filter({ hasText: t('search.kind.business') })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(here.name as string);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await s.box.fill('海外向け通販');
  await s.box.press('Enter');
  await expect(page.locator(`#c-${ownNote.id}`)).toBeFocused();
  await expect(s.box).toHaveValue('');
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await expect(page).toHaveURL(new RegExp(`#c-${ownNote.id}$`));
  await expect(page.locator('.karte-search')).toHaveClass(/no-print/);
});
