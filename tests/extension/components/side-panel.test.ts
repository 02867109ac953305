import { h } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createKarte } from '../../../extension/app/compose-panel';
import { SidePanel } from '../../../extension/app/SidePanel';
import { saveConsultation } from '../../../extension/db/consultation-writes';
import { CaptureContext, I18nContext, KarteContext } from '../../../extension/state/contexts';
import { openCapture } from '../support/capture';
import { button, byLabel, click, renderInto, typeInto, unnamedControls } from '../support/render';

beforeEach(() => fakeBrowser.reset());

const HOSTILE = '<img src=x onerror="alert(1)">売上が落ちた';

async function renderPanel() {
  const capture = await openCapture('panel', 'https://kintone.example.com/k/12/show#record=3&utm_source=x');
  const { repo, stores, services } = capture;
  const business = await repo.create('business', { name: '山田商店', status: 'continuing' });
  const saved = await saveConsultation(repo, {
    id: null,
    fields: {
      businessId: business.id,
      heldAt: '2026-04-01T01:00:00.000Z',
      channel: 'visit',
      inquiry: HOSTILE,
      essentialIssue: '価格転嫁ができていない',
      sourceUrl: 'https://bizmil.example.jp/cases/42',
      sourceTitle: 'BIZミル 相談カルテ',
    },
    actions: [{ side: 'owner', text: '原価表を作る', dueDate: '2026-04-10' }],
  });
  await act(() => stores.editor.current.value.update({ businessId: business.id }));
  const karte = createKarte(services);
  const root = await renderInto(
    h(
      I18nContext.Provider,
      { value: services.i18n },
      h(CaptureContext.Provider, { value: stores }, h(KarteContext.Provider, { value: karte }, h(SidePanel, { today: '2026-04-20' }))),
    ),
  );
  const article = () => root.querySelector(`[data-testid="consultation-${saved!.id}"]`);
  await expect.poll(article).not.toBeNull();
  return { ...capture, root, business, saved: saved!, article };
}

describe('side panel', () => {
  it('shows the page, the karte header and the latest consultations, every control named', async () => {
    const { root } = await renderPanel();
    expect(root.querySelector('[data-testid="page-url"]')?.textContent).toBe('https://kintone.example.com/k/12/show');
    expect(root.querySelector('[data-testid="karte-status"]')?.textContent).toBe('継続相談');
    expect(root.querySelector('.karte-header')?.textContent).toContain('価格転嫁ができていない');
    expect(root.querySelector('.open-actions')?.textContent).toMatch(/原価表を作る.*期日超過/);
    expect(unnamedControls(root)).toEqual([]);
  });

  it('renders note text as text and links back to the portal page safely', async () => {
    const { article } = await renderPanel();
    expect(article()!.querySelector('img')).toBeNull();
    expect(article()!.querySelector('.note')?.textContent).toBe(HOSTILE);
    const link = article()!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://bizmil.example.jp/cases/42');
    expect(link.textContent).toBe('BIZミル 相談カルテ');
    expect(link.rel).toContain('noopener');
    expect(link.target).toBe('_blank');
  });

  it('clears the tag search and its list after a save, staying on the business', async () => {
    const { root, stores, business } = await renderPanel();
    await expect.poll(() => stores.taxonomy.groups.value.length).toBeGreaterThan(0);
    await typeInto(byLabel(root, '相談内容'), '二回目の訪問');
    await typeInto(byLabel(root, 'タグを検索'), '人手');
    await click(byLabel(root, '人手不足'));

    await click(button(root, '保存'));

    await expect.poll(() => root.querySelectorAll('.consultation-list article').length).toBe(2);
    expect(byLabel(root, 'タグを検索').value).toBe('');
    expect(root.querySelectorAll('.tag-group')).toHaveLength(0);
    expect(root.querySelector('[data-testid="selected-business"]')?.textContent).toBe(business.name);
  });

  it('deletes a consultation and undoes the delete from the toast', async () => {
    const { root, article, db, saved } = await renderPanel();
    await click(button(article()!, 'この相談記録を削除'));
    await expect.poll(article).toBeNull();
    expect(root.querySelector('[data-testid="undo-toast"]')?.textContent).toContain('相談記録を削除しました');

    await click(button(root, '元に戻す'));
    await expect.poll(article).not.toBeNull();
    expect((await db.consultations.get(saved.id))?.deleted).toBe(false);
  });

  it('edits a saved consultation in the editor and saves only the change', async () => {
    const { root, article, db, saved } = await renderPanel();
    await click(button(article()!, 'この相談記録を編集'));
    await expect.poll(() => root.querySelector('form.editor h2')?.textContent).toBe('相談記録を編集');
    expect(byLabel(root, '相談内容').value).toBe(HOSTILE);

    await typeInto(byLabel(root, '相談内容'), '売上が落ちた（訂正）');
    await click(button(root, '変更を保存'));

    await expect.poll(async () => (await db.consultations.get(saved.id))?.inquiry).toBe('売上が落ちた（訂正）');
    expect((await db.outbox.orderBy('id').last())?.fields).toEqual({ inquiry: '売上が落ちた（訂正）' });
    await expect.poll(() => root.querySelector('form.editor h2')?.textContent).toBe('新しい相談記録');
  });
});
