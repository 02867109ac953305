import type { Page, Worker } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { MENU, PANEL_DRAFT } from '../../extension/background/context-menu';
import { readRows } from './support/idb-rows';
import { expect, PORTAL_ORIGIN, test } from './support/test';
import { createBusiness, ui, uniqueName } from './support/ui';

const PORTAL_PAGE = 'bizmil/business.html?id=1234&utm_medium=email&gclid=x#memo';
const PORTAL_LINK = `${PORTAL_ORIGIN}/bizmil/business.html?id=1234`;
const PORTAL_TITLE = '株式会社みなと製作所 | 事業者カルテ | BIZミル';
const QUOTED = '受注は増えているが人手が足りず、納期が遅れがちで利益が残らない。';

/** Selects the text of `selector` in the portal page, as the advisor would with the mouse. */
async function selectText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return getSelection()!.toString();
  });
}

/** The note of the side panel's stored draft. */
async function panelNote(page: Page): Promise<string | undefined> {
  const drafts = await readRows<{ key: string; value: { inquiry: string } }>(page, 'drafts');
  return drafts.find((d) => d.key === PANEL_DRAFT)?.value.inquiry;
}

/**
 * Chrome's own context menu cannot be clicked from a test, so the click is delivered the way
 * Chrome delivers it: to the listeners the background registered on contextMenus.onClicked,
 * with the info and the tab Chrome would pass (the tab as the extension sees it).
 */
async function clickMenuItem(worker: Worker, menuItemId: string, selectionText: string | undefined): Promise<void> {
  await worker.evaluate(
    async ({ menuItemId, selectionText, origin }) => {
      const chrome = (globalThis as unknown as { chrome: typeof Browser }).chrome;
      const [tab] = await chrome.tabs.query({ url: `${origin}/*` });
      if (!tab?.url) throw new Error('the portal tab is not visible to the extension');
      const info: Browser.contextMenus.OnClickData = { menuItemId, selectionText, pageUrl: tab.url, editable: false, frameId: 0 };
      // chrome.Event#dispatch runs the registered listeners, as a real click would.
      (chrome.contextMenus.onClicked as unknown as { dispatch: (i: typeof info, t: Browser.tabs.Tab) => void }).dispatch(info, tab);
    },
    { menuItemId, selectionText, origin: PORTAL_ORIGIN },
  );
}

test('context menu: selected text becomes a quoted note in the side panel, linked to the page', async ({
  ext,
  openPortalPage,
  openExtensionPage,
}) => {
  const portal = await openPortalPage(PORTAL_PAGE);
  const selection = await selectText(portal, '#quote');
  expect(selection).toBe(QUOTED);
  await clickMenuItem(ext.worker, MENU.quote, selection);

  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  await expect(p.note).toHaveValue(`> ${QUOTED}\n`);
  // The quote keeps the page it came from, even though the panel's own tab is no web page.
  await expect(panel.getByTestId('editor-source')).toContainText(PORTAL_TITLE);

  await createBusiness(panel, uniqueName('株式会社みなと製作所'));
  await p.note.press('Control+End');
  await panel.keyboard.type('→ 社長の実感。次回、工程表を一緒に見る。');
  await p.save.click();
  const item = p.latest.getByRole('article');
  await expect(item).toContainText(`> ${QUOTED}`);
  await expect(item).toContainText('社長の実感');
  await expect(item.getByRole('link', { name: PORTAL_TITLE })).toHaveAttribute('href', PORTAL_LINK);
});

test('context menu: a second quote is added below the note already being written', async ({ ext, openPortalPage, openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  await p.note.fill('訪問メモ');
  // The note is being written: it is in the panel's draft (typing before the draft was read is merged below it).
  await expect.poll(() => panelNote(panel)).toBe('訪問メモ');
  const portal = await openPortalPage(PORTAL_PAGE);
  await clickMenuItem(ext.worker, MENU.quote, await selectText(portal, '#quote'));
  await clickMenuItem(ext.worker, MENU.quote, await selectText(portal, '#other'));
  // The open panel picks the quotes up from the stored draft without being reloaded.
  await expect(p.note).toHaveValue(`訪問メモ\n\n> ${QUOTED}\n\n> 次回は工程表を一緒に確認する予定。\n`);
});

test('context menu: a quote made while the advisor is typing in the panel loses neither', async ({
  ext,
  openPortalPage,
  openExtensionPage,
}) => {
  const portal = await openPortalPage(PORTAL_PAGE);
  const selection = await selectText(portal, '#quote');
  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  await p.note.fill('訪問メモ');
  await expect.poll(() => panelNote(panel)).toBe('訪問メモ');
  // The quote lands while keys are still arriving, each one a write of the same draft.
  await Promise.all([p.note.pressSequentially('。社長と工程を確認', { delay: 15 }), clickMenuItem(ext.worker, MENU.quote, selection)]);
  await expect(p.note).toHaveValue(`訪問メモ。社長と工程を確認\n\n> ${QUOTED}\n`);
  await panel.reload();
  await expect(ui(panel).note).toHaveValue(`訪問メモ。社長と工程を確認\n\n> ${QUOTED}\n`);
});

test('context menu does nothing on a site the advisor excluded', async ({ ext, openPortalPage, openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  const o = ui(options);
  await options.getByRole('textbox', { name: o.t('options.deny') }).fill(new URL(PORTAL_ORIGIN).hostname);
  await options.getByRole('button', { name: o.t('options.saveSites') }).click();
  await expect(options.getByTestId('sites-result')).not.toBeEmpty();

  const portal = await openPortalPage(PORTAL_PAGE);
  await clickMenuItem(ext.worker, MENU.quote, await selectText(portal, '#quote'));
  // The advisor is told why nothing happened…
  const notifications = () =>
    ext.worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: typeof Browser }).chrome;
      return Object.keys(await chrome.notifications.getAll()).length;
    });
  await expect.poll(notifications).toBe(1);
  // …and no draft took the quote.
  const panel = await openExtensionPage('sidepanel.html');
  await expect(ui(panel).note).toHaveValue('');
  await expect(panel.getByTestId('editor-source')).not.toContainText(PORTAL_TITLE);
});
