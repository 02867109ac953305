import { expect, PORTAL_ORIGIN, test } from './support/test';
import { createBusiness, ui, uniqueName } from './support/ui';

const PORTAL_PAGE = 'bizmil/business.html?id=1234&utm_source=newsletter&fbclid=abc#memo';
const PORTAL_LINK = `${PORTAL_ORIGIN}/bizmil/business.html?id=1234`;
const PORTAL_TITLE = '株式会社みなと製作所 | 事業者カルテ | BIZミル';

/** yyyy-mm-dd, `days` from today in local time. */
const dayFromToday = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('side panel beside a portal: karte header, a saved note with the page link, latest consultations', async ({
  openExtensionPage,
  openPortalPage,
}) => {
  const portal = await openPortalPage(PORTAL_PAGE);
  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  // The panel follows the tab the advisor looks at (tabs.onActivated): bring the portal to front.
  await portal.bringToFront();
  await expect(panel.getByTestId('page-title')).toHaveText(PORTAL_TITLE);
  // Linked without the tracking parameters and the fragment.
  await expect(panel.getByTestId('page-url')).toHaveText(PORTAL_LINK);

  const business = uniqueName('株式会社みなと製作所');
  await createBusiness(panel, business);
  const header = panel.getByRole('region', { name: business });
  await expect(header.getByRole('heading', { name: business })).toBeVisible();
  await expect(panel.getByTestId('karte-status')).toHaveText(p.t('status.consulting'));
  await expect(header).toContainText(p.t('karte.essentialIssueNone'));
  await expect(header).toContainText(p.t('actions.none'));
  await expect(p.latest).toContainText(p.t('karte.noConsultations'));
  await expect(panel.getByTestId('editor-source')).toContainText(PORTAL_TITLE);

  const note = '受注は増えているが人手が足りない。残業で回している。';
  const issue = '受注の選別ができておらず、利益の出ない仕事まで受けている';
  const action = '主要取引先ごとの粗利を一覧にする';
  const due = dayFromToday(14);
  await p.note.fill(note);
  await panel.getByText(p.t('editor.more')).click();
  await panel.getByRole('textbox', { name: p.t('field.essentialIssue'), exact: true }).fill(issue);
  await panel.getByRole('button', { name: p.t('actions.add') }).click();
  const row = panel.getByRole('group', { name: p.t('actions.row', { n: 1 }) });
  await row.getByRole('combobox', { name: p.t('actions.side') }).selectOption({ label: p.t('side.owner') });
  await row.getByRole('textbox', { name: p.t('actions.text') }).fill(action);
  await row.getByLabel(p.t('actions.due')).fill(due);
  await p.save.click();

  // The karte header takes the 本質的課題 and the open next action at once.
  await expect(header).toContainText(issue);
  await expect(header.getByRole('checkbox', { name: p.t('actions.markDone', { text: action }) })).toBeVisible();
  // The latest consultations show the note, linked back to the portal page it was written beside.
  const item = p.latest.getByRole('article');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(note);
  const link = item.getByRole('link', { name: PORTAL_TITLE });
  await expect(link).toHaveAttribute('href', PORTAL_LINK);
  // The panel stays on the business being discussed, ready for the next note.
  await expect(p.selectedBusiness).toHaveText(business);
  await expect(p.note).toHaveValue('');

  // A second note goes on top of the list.
  await p.note.fill('二回目: 粗利一覧を持参。上位3社で利益の8割。');
  await panel.keyboard.press('Control+Enter');
  await expect(p.latest.getByRole('article')).toHaveCount(2);
  await expect(p.latest.getByRole('article').first()).toContainText('二回目');
});

test('side panel on a tab that is no web page records no link', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  await expect(p.pageInfo).toContainText(p.t('page.none'));
  await createBusiness(panel, uniqueName('リンクなし商店'));
  await p.note.fill('電話で近況確認。');
  await p.save.click();
  const item = p.latest.getByRole('article');
  await expect(item).toContainText('電話で近況確認。');
  await expect(item.getByRole('link')).toHaveCount(0);
});

test("the popup's button opens Chrome's side panel and closes the popup", async ({ ext, openPortalPage, openExtensionPage }) => {
  const portal = await openPortalPage(PORTAL_PAGE);
  const popup = await openExtensionPage('popup.html');
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: ui(popup).t('capture.openPanel') }).click();
  await closed;
  // The side panel is browser UI, not a tab: Playwright lists no page for it, Chrome's targets do.
  const cdp = await ext.context.newCDPSession(portal);
  const panels = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter(
      (t) => t.type === 'page' && t.url === `chrome-extension://${ext.extensionId}/sidepanel.html`,
    ).length;
  await expect.poll(panels).toBe(1);
});
