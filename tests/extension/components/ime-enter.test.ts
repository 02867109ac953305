import { h } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QuickCapture } from '../../../extension/app/QuickCapture';
import { CaptureContext, I18nContext } from '../../../extension/state/contexts';
import { openCapture } from '../support/capture';
import { byLabel, press, renderInto, typeInto } from '../support/render';

beforeEach(() => fakeBrowser.reset());

/** The Enter that confirms an IME conversion, as Chrome sends it (isComposing, keyCode 229). */
async function imeEnter(el: HTMLElement, mods: { ctrlKey?: boolean } = {}): Promise<KeyboardEvent> {
  const e = new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true, ...mods });
  Object.defineProperty(e, 'keyCode', { value: 229 });
  await act(() => {
    el.dispatchEvent(e);
  });
  return e;
}
const settle = () => act(() => new Promise((r) => setTimeout(r, 30)));

async function renderPopup() {
  const capture = await openCapture('popup');
  const root = await renderInto(
    h(
      I18nContext.Provider,
      { value: capture.services.i18n },
      h(CaptureContext.Provider, { value: capture.stores }, h(QuickCapture, { onOpenPanel: null })),
    ),
  );
  await expect.poll(() => capture.stores.taxonomy.groups.value.length).toBeGreaterThan(0);
  return { ...capture, root };
}

describe('the Enter of an IME conversion', () => {
  it('registers no business; a plain Enter afterwards does', async () => {
    const { root, db } = await renderPopup();
    const search = byLabel(root, '記録する事業者（支援先の事業者）');
    await typeInto(search, 'しおさい山田');
    const e = await imeEnter(search);
    await settle();
    expect(e.defaultPrevented).toBe(false); // the IME's key is left to the IME
    expect(await db.businesses.count()).toBe(0);
    expect(search.value).toBe('しおさい山田');

    await press(search, 'Enter');
    await expect.poll(() => root.querySelector('[data-testid="selected-business"]')?.textContent).toBe('しおさい山田');
  });

  it('adds no tag; a plain Enter adds the first match and empties the box, and Enter never takes a tag off', async () => {
    const { root } = await renderPopup();
    const tags = byLabel(root, 'タグを検索');
    const chosen = () => root.querySelector('[aria-label="選択中のタグ"]')?.textContent ?? '';
    await typeInto(tags, '金融');
    await imeEnter(tags);
    expect(chosen()).toBe('');
    expect(tags.value).toBe('金融');

    await press(tags, 'Enter');
    expect(chosen()).toContain('金融');
    expect(tags.value).toBe('');
    await typeInto(tags, '金融');
    await press(tags, 'Enter');
    expect(chosen()).toContain('金融');
  });

  it('saves nothing with Ctrl held; Ctrl+Enter afterwards saves', async () => {
    const { root, db, repo, stores } = await renderPopup();
    const business = await repo.create('business', { name: '喫茶さくら' });
    await act(() => stores.editor.current.value.update({ businessId: business.id }));
    const note = byLabel(root, '相談内容');
    await typeInto(note, '資金繰り');
    await imeEnter(note, { ctrlKey: true });
    await settle();
    expect(await db.consultations.count()).toBe(0);

    await press(note, 'Enter', { ctrlKey: true });
    await expect.poll(() => db.consultations.count()).toBe(1);
  });

  it('does not submit the note form implicitly from a text field', async () => {
    const { root, db, repo, stores } = await renderPopup();
    const business = await repo.create('business', { name: '喫茶さくら' });
    await act(() => stores.editor.current.value.update({ businessId: business.id, inquiry: '資金繰り' }));
    const duration = byLabel(root, '所要時間（分）');
    const form = root.querySelector('form.editor') as HTMLFormElement;
    await imeEnter(duration);
    await act(() => form.requestSubmit()); // what a browser letting the IME's Enter through would do
    await settle();
    expect(await db.consultations.count()).toBe(0);

    await press(duration, 'Enter'); // a plain Enter: the keyup came, the next submission is the advisor's
    await act(() => {
      duration.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true }));
    });
    await act(() => form.requestSubmit());
    await expect.poll(() => db.consultations.count()).toBe(1);
  });
});
