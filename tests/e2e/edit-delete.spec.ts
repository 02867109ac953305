import { expect, test } from './support/test';
import { createBusiness, ui, uniqueName } from './support/ui';

test('a saved consultation is edited, deleted and brought back with undo', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  await createBusiness(panel, uniqueName('編集テスト商店'));
  await p.note.fill('初回相談: 創業計画の確認');
  await p.save.click();
  const item = p.latest.getByRole('article');
  await expect(item).toContainText('初回相談: 創業計画の確認');

  await item.getByRole('button', { name: p.t('karte.editConsultation') }).click();
  await expect(panel.getByRole('heading', { name: p.t('editor.editTitle') })).toBeVisible();
  await expect(p.note).toHaveValue('初回相談: 創業計画の確認');
  await p.note.fill('初回相談: 創業計画の確認。資金計画は次回。');
  await panel.getByRole('button', { name: p.t('editor.saveChanges'), exact: true }).click();
  await expect(panel.getByRole('heading', { name: p.t('editor.newTitle') })).toBeVisible();
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('資金計画は次回。');

  await item.getByRole('button', { name: p.t('karte.deleteConsultation') }).click();
  await expect(item).toHaveCount(0);
  const toast = panel.getByTestId('undo-toast');
  await expect(toast).toContainText(p.t('karte.deleted'));
  await toast.getByRole('button', { name: p.t('common.undo') }).click();
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('資金計画は次回。');

  // The undo restored the record itself, not just the list on screen.
  await panel.reload();
  await expect(p.latest.getByRole('article')).toContainText('資金計画は次回。');
});

test('note text is shown as text, never run as HTML', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  await createBusiness(panel, uniqueName('<b>太字</b>商店'));
  const markup = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';
  await p.note.fill(markup);
  await p.save.click();
  const item = p.latest.getByRole('article');
  await expect(item).toContainText(markup);
  await expect(item.locator('img, script')).toHaveCount(0);
  await expect(panel.locator('b')).toHaveCount(0);
  await expect(panel).not.toHaveTitle('pwned');
});
