import type { Page } from '@playwright/test';
import { translator } from '../../extension/locales';
import { putRows, readRows, recordRow } from './support/karte-seed';
import { expect, saveScreenshot, test } from './support/test';

/**
 * Changing things from the karte page (issue 11): a consultation recorded, edited and deleted
 * with undo; next actions completed with undo and reopened; print options.
 */
const t = translator('ja');
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

async function openKarte(openExtensionPage: (p: string) => Promise<Page>) {
  const business = recordRow('business', { name: '株式会社かがやき製菓', essentialIssue: '', status: 'continuing' });
  const first = recordRow('consultation', { businessId: business.id, heldAt: daysAgo(20), channel: 'visit', inquiry: '原価計算の相談' });
  const second = recordRow('consultation', {
    businessId: business.id,
    heldAt: daysAgo(5),
    channel: 'phone',
    inquiry: '社長の体調と承継',
    sensitive: true,
    essentialIssue: '承継時期の決定',
  });
  const action = recordRow('action', {
    businessId: business.id,
    consultationId: first.id,
    side: 'owner',
    text: '主力3商品の原価表を作る',
    dueDate: '2026-12-20',
  });
  const page = await openExtensionPage(`karte.html?id=${business.id}`);
  await putRows(page, { businesses: [business], consultations: [first, second], actions: [action] });
  await page.reload();
  await expect(page.locator('.timeline-entry')).toHaveCount(2);
  return { page, business, first, second, action };
}

const entry = (page: Page, id: string) => page.getByTestId(`entry-${id}`);

test('records a consultation for the business, edits one and deletes one with undo, all on the karte', async ({ openExtensionPage }) => {
  const { page, first, second } = await openKarte(openExtensionPage);

  await page.getByRole('button', { name: t('kartePage.recordConsultation') }).click();
  const editor = page.getByTestId('karte-editor');
  const note = editor.getByRole('textbox', { name: t('field.inquiry'), exact: true });
  await expect(note).toBeFocused();
  await note.fill('見積書の書き方を確認した');
  await note.press('Control+Enter');
  await expect(editor).toHaveCount(0);
  await expect(page.locator('.timeline-entry')).toHaveCount(3);
  await expect(page.locator('.timeline')).toContainText('見積書の書き方を確認した');

  const when = (id: string) => entry(page, id).locator('time').innerText();
  await entry(page, first.id)
    .getByRole('button', { name: t('kartePage.editConsultationLabel', { date: await when(first.id) }) })
    .click();
  const editNote = page.getByTestId('karte-editor').getByRole('textbox', { name: t('field.inquiry'), exact: true });
  await expect(editNote).toHaveValue('原価計算の相談');
  await editNote.fill('原価計算の相談（原材料の値上がり）');
  await page
    .getByTestId('karte-editor')
    .getByRole('button', { name: t('editor.saveChanges') })
    .click();
  await expect(entry(page, first.id)).toContainText('原価計算の相談（原材料の値上がり）');
  await saveScreenshot(page, 'karte-edit');

  await entry(page, second.id)
    .getByRole('button', { name: t('kartePage.deleteConsultationLabel', { date: await when(second.id) }) })
    .click();
  const toast = page.getByTestId('undo-toast');
  await expect(toast).toContainText(t('karte.deleted'));
  await expect(entry(page, second.id)).toHaveCount(0);
  await toast.getByRole('button', { name: t('common.undo') }).click();
  await expect(entry(page, second.id)).toBeVisible();
  const stored = (await readRows<{ id: string; deleted: boolean }>(page, 'consultations')).find((c) => c.id === second.id)!;
  expect(stored.deleted).toBe(false);
});

test('a next action completed by mistake comes back with undo, and a completed one reopens from the karte', async ({
  openExtensionPage,
}) => {
  const { page, action } = await openKarte(openExtensionPage);
  const open = page.getByTestId('open-actions');
  await open.getByRole('checkbox', { name: t('actions.markDone', { text: action.text as string }) }).click();
  await expect(open).not.toContainText('主力3商品の原価表を作る');
  await page
    .getByTestId('undo-toast')
    .getByRole('button', { name: t('common.undo') })
    .click();
  await expect(open).toContainText('主力3商品の原価表を作る');

  await open.getByRole('checkbox', { name: t('actions.markDone', { text: action.text as string }) }).click();
  await expect(open).not.toContainText('主力3商品の原価表を作る');
  const done = page.getByTestId('done-actions');
  await done.locator('summary').click();
  await done.getByRole('button', { name: t('actions.reopenLabel', { text: action.text as string }) }).click();
  await expect(open).toContainText('主力3商品の原価表を作る');
  await expect(page.getByTestId('done-actions')).toHaveCount(0);
});

test('prints every consultation when asked, and leaves 機微 content out unless the person printing chooses to mark it', async ({
  openExtensionPage,
}) => {
  const { page, second } = await openKarte(openExtensionPage);
  await page.emulateMedia({ media: 'print' });
  // The default: the latest few in a line each, 機微 left out.
  await expect(page.locator('.print-summary')).toBeVisible();
  await expect(page.locator('.print-summary')).not.toContainText('社長の体調', { useInnerText: true });
  await expect(page.locator('.print-summary')).toContainText(t('print.omitted'), { useInnerText: true });
  await page.emulateMedia({ media: 'screen' });

  await page.locator('.print-options summary').click();
  await page.getByRole('checkbox', { name: t('print.allConsultations') }).check();
  await page.getByRole('radio', { name: t('print.sensitiveMark') }).check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-summary')).toBeHidden();
  await expect(entry(page, second.id)).toBeVisible();
  await expect(entry(page, second.id)).toContainText('社長の体調と承継', { useInnerText: true });
  await expect(entry(page, second.id)).toContainText(t('karte.sensitive'), { useInnerText: true });
  await expect(page.locator('.timeline')).toContainText('原価計算の相談');
});
