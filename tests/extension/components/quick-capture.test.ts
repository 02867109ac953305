import { h } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openServices } from '../../../extension/app/compose';
import { createCaptureStores } from '../../../extension/app/compose-capture';
import { QuickCapture } from '../../../extension/app/QuickCapture';
import { CaptureContext, I18nContext } from '../../../extension/state/contexts';
import { openCapture } from '../support/capture';
import { freshDbName } from '../support/db';
import { button, byLabel, click, press, renderInto, typeInto, unnamedControls } from '../support/render';

beforeEach(() => fakeBrowser.reset());

async function renderQuickCapture() {
  const capture = await openCapture('popup', 'https://bizmil.example.jp/cases/42#top');
  const root = await renderInto(
    h(
      I18nContext.Provider,
      { value: capture.services.i18n },
      h(CaptureContext.Provider, { value: capture.stores }, h(QuickCapture, { onOpenPanel: null })),
    ),
  );
  return { ...capture, root };
}

describe('quick capture (popup)', () => {
  it('opens with the cursor in the note, and every control has a name', async () => {
    const { root } = await renderQuickCapture();
    expect(document.activeElement).toBe(byLabel(root, '相談内容'));
    expect(unnamedControls(root)).toEqual([]);
  });

  it('registers a business inline, then Ctrl+Enter saves and shows the note at once', async () => {
    const { root, db } = await renderQuickCapture();

    await typeInto(byLabel(root, '記録する事業者（支援先の事業者）'), '山田商店');
    await act(() => new Promise((r) => setTimeout(r, 20))); // the incremental search answers
    await click(button(root, '「山田商店」を新しい事業者として登録'));
    await expect.poll(() => root.querySelector('[data-testid="selected-business"]')?.textContent).toBe('山田商店');
    const note = byLabel(root, '相談内容');
    expect(document.activeElement).toBe(note);

    await typeInto(note, '資金繰りの相談。<b>太字</b>ではない');
    await press(note, 'Enter', { ctrlKey: true });

    await expect.poll(() => root.querySelector('[data-testid="saved-confirmation"]')?.textContent).toContain('山田商店');
    expect(root.querySelector('[data-testid="saved-confirmation"] b')).toBeNull(); // text, never HTML
    expect(root.querySelector('[role="status"].notice')?.textContent).toBe('保存しました');
    expect((await db.consultations.toArray())[0]).toMatchObject({
      inquiry: '資金繰りの相談。<b>太字</b>ではない',
      sourceUrl: 'https://bizmil.example.jp/cases/42',
    });
    expect(byLabel(root, '相談内容').value).toBe('');
    expect(await db.drafts.get('popup')).toBeUndefined();
  });

  it('takes typing before the stored draft is read, then keeps both without moving the cursor', async () => {
    const services = await openServices(freshDbName());
    await services.drafts.update('popup', () => ({ inquiry: '前回の電話: 資金繰り' }));
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    // The real drafts repo, its first read held back: the page must not wait for it.
    const drafts = {
      ...services.drafts,
      get: async (key: string) => {
        await held;
        return services.drafts.get(key);
      },
    };
    const stores = createCaptureStores({ ...services, drafts }, 'popup');
    void stores.editor.start();
    const root = await renderInto(
      h(
        I18nContext.Provider,
        { value: services.i18n },
        h(CaptureContext.Provider, { value: stores }, h(QuickCapture, { onOpenPanel: null })),
      ),
    );
    const note = byLabel(root, '相談内容');
    expect(document.activeElement).toBe(note);
    await typeInto(note, '今日: 借換の相談');
    expect(stores.editor.current.value.ready.value).toBe(false);

    release();
    await expect.poll(() => note.value).toBe('前回の電話: 資金繰り\n今日: 借換の相談');
    expect(document.activeElement).toBe(note);
    await expect.poll(async () => (await services.db.drafts.get('popup'))?.value.inquiry).toBe('前回の電話: 資金繰り\n今日: 借換の相談');
  });

  it('clears the tag search and its list after a save', async () => {
    const { root, repo, stores } = await renderQuickCapture();
    await expect.poll(() => stores.taxonomy.groups.value.length).toBeGreaterThan(0);
    const business = await repo.create('business', { name: '喫茶さくら' });
    await act(() => stores.editor.current.value.update({ businessId: business.id }));
    await typeInto(byLabel(root, '相談内容'), '資金繰り');
    await typeInto(byLabel(root, 'タグを検索'), '金融');
    await click(byLabel(root, '金融'));
    expect(root.querySelectorAll('.tag-group')).not.toHaveLength(0);

    await press(byLabel(root, '相談内容'), 'Enter', { ctrlKey: true });

    await expect.poll(() => root.querySelector('[data-testid="saved-confirmation"]')).not.toBeNull();
    expect(byLabel(root, 'タグを検索').value).toBe('');
    expect(root.querySelectorAll('.tag-group')).toHaveLength(0);
  });

  it('refuses an empty note with a message read out at once', async () => {
    const { root, repo, stores } = await renderQuickCapture();
    const business = await repo.create('business', { name: '喫茶さくら' });
    await act(() => stores.editor.current.value.update({ businessId: business.id }));

    await press(byLabel(root, '相談内容'), 'Enter', { metaKey: true });

    await expect.poll(() => root.querySelector('[role="alert"]')?.textContent).toContain('メモが空です');
  });

  it('stores what is typed as a draft, and tags chosen by typing and Enter', async () => {
    const { root, db, stores } = await renderQuickCapture();
    await expect.poll(() => stores.taxonomy.groups.value.length).toBeGreaterThan(0);
    await typeInto(byLabel(root, '相談内容'), '補助金の相談');
    const tagSearch = byLabel(root, 'タグを検索');
    await typeInto(tagSearch, '補助');
    expect([...root.querySelectorAll('.tag-group legend')].map((l) => l.textContent)).toEqual(['相談分野', '施策']); // grouped by taxonomy
    await press(tagSearch, 'Enter');

    expect(root.querySelector('[aria-label="選択中のタグ"]')?.textContent).toContain('補助金');
    expect(button(root, 'タグ「補助金」を外す')).toBeTruthy();
    await expect
      .poll(async () => (await db.drafts.get('popup'))?.value)
      .toMatchObject({ inquiry: '補助金の相談', tagIds: ['topic-subsidy'] });
  });
});
