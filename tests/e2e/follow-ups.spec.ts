import type { Worker } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { todayIn } from '../../extension/karte/due';
import { addDays } from '../../extension/dates/local-date';
import { putRows, readRows, type Row } from './support/idb-rows';
import { recordRow } from './support/karte-seed';
import { expect, saveScreenshot, test } from './support/test';
import { createBusiness, ui, uniqueName } from './support/ui';

const today = todayIn(new Date());

test('follow-up list: overdue, today and upcoming across businesses; done from the list; each links to its karte', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  const t = ui(popup).t;
  await expect(popup.getByRole('link', { name: t('followUps.link') })).toHaveAttribute('href', 'follow-ups.html');
  // 伴走 is never decided at intake: the quick capture has no way to mark it.
  await expect(popup.getByRole('button', { name: t('banso.mark') })).toHaveCount(0);

  const minato = recordRow('business', { name: uniqueName('みなと製作所') });
  const kaga = recordRow('business', { name: uniqueName('加賀織物') });
  const action = (business: typeof minato, text: string, dueDate: string | null) =>
    recordRow('action', { businessId: business.id, side: 'owner', text, dueDate });
  const late = action(minato, '決算書を預かる', addDays(today, -3));
  await putRows(popup, {
    businesses: [minato, kaga],
    actions: [
      late,
      action(kaga, '資金繰り表を作る', today),
      action(minato, '見積りを出す', addDays(today, 2)),
      action(kaga, '展示会の申込み', null),
    ],
  });
  const page = await openExtensionPage('follow-ups.html');
  const section = (heading: RegExp) => page.getByRole('region', { name: heading });
  const overdue = section(/^期日超過/);
  await expect(overdue.getByRole('heading')).toHaveText(t('followUps.overdue', { count: 1 }));
  await expect(overdue).toContainText('決算書を預かる');
  await expect(overdue).toContainText(t('followUps.daysOverdue', { days: 3 }));
  await expect(section(/^今日が期日/)).toContainText('資金繰り表を作る');
  await expect(section(/^今後7日間/)).toContainText('見積りを出す');
  await expect(page.getByText(t('followUps.scopeAll'))).toBeVisible();
  await saveScreenshot(page, 'follow-ups-ja');

  await overdue.getByRole('button', { name: t('actions.markDone', { text: '決算書を預かる' }) }).click();
  await expect(overdue.getByRole('heading')).toHaveText(t('followUps.overdue', { count: 0 }));
  const stored = (await readRows<{ id: string; done: boolean; doneAt: string | null }>(page, 'actions')).find((a) => a.id === late.id)!;
  expect(stored.done).toBe(true);
  expect(stored.doneAt).not.toBeNull();

  await section(/^今日が期日/)
    .getByRole('link', { name: String(kaga.name) })
    .click();
  await expect(page).toHaveURL(new RegExp(`karte\\.html\\?id=${kaga.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(kaga.name));
});

/** The toolbar button as the service worker sets it. */
const badge = (worker: Worker) =>
  worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: typeof Browser }).chrome;
    return {
      text: await chrome.action.getBadgeText({}),
      color: await chrome.action.getBadgeBackgroundColor({}),
      title: await chrome.action.getTitle({}),
    };
  });

test('toolbar badge and due-day reminder: unsynced first, then what is due; one notification per action and date', async ({
  ext,
  openExtensionPage,
}) => {
  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  await createBusiness(panel, uniqueName('輪島漆器'));
  await p.note.fill('補助金の申請書を一緒に確認。');
  await panel.getByText(p.t('editor.more')).click();
  await panel.getByRole('button', { name: p.t('actions.add') }).click();
  const row = panel.getByRole('group', { name: p.t('actions.row', { n: 1 }) });
  await row.getByRole('textbox', { name: p.t('actions.text') }).fill('事業計画書を仕上げる');
  await row.getByLabel(p.t('actions.due')).fill(today);
  await p.save.click();
  await expect(p.latest.getByRole('article')).toHaveCount(1);

  // Not signed in: the business, the consultation and the action wait in the outbox (amber ↑3).
  await expect.poll(async () => (await badge(ext.worker)).text).toBe('↑3');
  expect((await badge(ext.worker)).color).toEqual([180, 83, 9, 255]);
  expect((await badge(ext.worker)).title).toBe(`${p.t('app.name')}\n${p.t('badge.title', { unsynced: 3, due: 1 })}`);

  // Local-only: nothing waits for a server; the action due today shows in red.
  await ext.worker.evaluate(() => (globalThis as unknown as { chrome: typeof Browser }).chrome.storage.local.set({ localOnly: true }));
  await expect.poll(async () => (await badge(ext.worker)).text).toBe('1');
  expect((await badge(ext.worker)).color).toEqual([180, 35, 24, 255]);

  // The hourly alarm, brought forward: one notification for the action due today…
  const fireAlarm = () =>
    ext.worker.evaluate(() =>
      (globalThis as unknown as { chrome: typeof Browser }).chrome.alarms.create('banso-reminders', { when: Date.now() + 10 }),
    );
  const notifications = () =>
    ext.worker.evaluate(() => (globalThis as unknown as { chrome: typeof Browser }).chrome.notifications.getAll());
  await fireAlarm();
  await expect.poll(notifications).toEqual({ 'banso-reminders': true });
  // Clicking it opens the follow-up list (chrome.Event#dispatch runs the listeners as a click would).
  const opening = ext.context.waitForEvent('page');
  await ext.worker.evaluate(() => {
    const chrome = (globalThis as unknown as { chrome: typeof Browser }).chrome;
    (chrome.notifications.onClicked as unknown as { dispatch: (id: string) => void }).dispatch('banso-reminders');
  });
  const list = await opening;
  await expect(list).toHaveURL(/\/follow-ups\.html$/);
  await expect(list.getByRole('region', { name: /^今日が期日/ })).toContainText('事業計画書を仕上げる');
  await expect.poll(notifications).toEqual({});
  // …and never a second one for the same action and due date.
  // Each run ends by saving what it reminded of, dropping what it does not know (an older shape):
  // a marker put there before the alarm is gone once that run is over.
  type MetaRow = Row & { key: string; value: Record<string, unknown> };
  const notified = async () => (await readRows<MetaRow>(ext.worker, 'meta')).find((r) => r.key === 'remindersNotified')!;
  await putRows(ext.worker, { meta: [{ ...(await notified()), value: { ...(await notified()).value, runMarker: 0 } }] });
  await fireAlarm();
  await expect.poll(async () => 'runMarker' in (await notified()).value).toBe(false);
  expect(await notifications()).toEqual({});
});
