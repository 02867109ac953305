import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openServices } from '../../../extension/app/compose';
import { createCaptureStores } from '../../../extension/app/compose-capture';
import { paintFirst } from '../../../extension/app/first-paint';
import { enFirstPaint } from '../../../extension/locales/en-first-paint';
import { ja } from '../../../extension/locales/ja';
import { jaFirstPaint } from '../../../extension/locales/ja-first-paint';
import { translator } from '../../../extension/locales';
import { freshDbName } from '../support/db';
import { byLabel, typeInto, unnamedControls } from '../support/render';

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
  document.body.innerHTML = '';
});

function freshRoot(): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  return root;
}

/** Every piece of text the page shows: text nodes and placeholders. */
function shownTexts(root: HTMLElement): string[] {
  const texts = [...root.querySelectorAll('*')].flatMap((el) => [
    ...[...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()),
    el.getAttribute('placeholder') ?? '',
  ]);
  return [...texts, document.title].filter((text) => text !== '');
}

describe('first paint of the popup and side panel', () => {
  it('shows the popup title and the note field, focused, every string from the first-paint catalogue', async () => {
    const root = freshRoot();
    paintFirst('popup', 'ja', root);

    const note = byLabel(root, ja['field.inquiry']);
    expect(document.activeElement).toBe(note);
    expect(note.placeholder).toBe(ja['field.inquiryPlaceholder']);
    expect(root.querySelector('h1')?.textContent).toBe(ja['capture.title']);
    expect(unnamedControls(root)).toEqual([]);
    const catalogue = Object.values(jaFirstPaint) as string[];
    for (const text of shownTexts(root)) expect(catalogue).toContain(text);
  });

  it('paints in English when English was last shown (the page passes the language hint), with the words the full view uses', async () => {
    const root = freshRoot();
    paintFirst('panel', 'en', root);

    const t = translator('en');
    expect(document.documentElement.lang).toBe('en');
    expect(root.querySelector('h1')?.textContent).toBe(t('panel.title'));
    expect(byLabel(root, t('field.inquiry')).placeholder).toBe(t('field.inquiryPlaceholder'));
    // The side panel's note takes the focus only when the advisor gives it.
    expect(document.activeElement).not.toBe(byLabel(root, t('field.inquiry')));
    const catalogue = Object.values(enFirstPaint);
    for (const text of shownTexts(root)) expect(catalogue).toContain(text);
  });

  it('keeps a note typed before the store was ready: stored in the draft, after the draft left from before', async () => {
    const services = await openServices(freshDbName());
    const before = createCaptureStores(services, 'popup');
    await before.editor.start();
    before.editor.current.value.update({ inquiry: '前回のメモ' });
    await before.editor.current.value.flush();
    before.editor.dispose();

    // The popup opens again: its first paint takes the typing while its stores are not there yet.
    const root = freshRoot();
    const first = paintFirst('popup', 'ja', root);
    await typeInto(byLabel(root, ja['field.inquiry']), '急ぎの相談');
    const stores = createCaptureStores(services, 'popup');
    const load = stores.editor.start();
    expect(first.handOver(stores.editor)).toEqual({ focused: true });
    await load;
    await stores.editor.current.value.flush();

    expect(stores.editor.current.value.fields.value.inquiry).toBe('前回のメモ\n急ぎの相談');
    expect((await services.drafts.get('popup'))?.value.inquiry).toBe('前回のメモ\n急ぎの相談');
    stores.editor.dispose();
  });

  it('hands over nothing when nothing was typed, leaving the stored draft as it was', async () => {
    const services = await openServices(freshDbName());
    const root = freshRoot();
    const first = paintFirst('popup', 'ja', root);
    const stores = createCaptureStores(services, 'popup');
    first.handOver(stores.editor);
    await stores.editor.start();
    await stores.editor.current.value.flush();

    expect(await services.drafts.get('popup')).toBeNull();
    stores.editor.dispose();
  });
});
