import { h } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QuickCapture } from '../../../extension/app/QuickCapture';
import { CaptureContext, I18nContext } from '../../../extension/state/contexts';
import { openCapture } from '../support/capture';
import { byLabel, press, renderInto, typeInto, unnamedControls } from '../support/render';

beforeEach(() => fakeBrowser.reset());

const CREATE = /を新しい事業者として登録$/;

async function renderPicker(names: string[]) {
  const capture = await openCapture('popup');
  for (const name of names) await capture.repo.create('business', { name });
  const root = await renderInto(
    h(
      I18nContext.Provider,
      { value: capture.services.i18n },
      h(CaptureContext.Provider, { value: capture.stores }, h(QuickCapture, { onOpenPanel: null })),
    ),
  );
  const search = byLabel(root, '記録する事業者（支援先の事業者）');
  const find = async (q: string) => {
    await typeInto(search, q);
    await act(() => capture.stores.picker.settled());
  };
  const createOffer = () => [...root.querySelectorAll('button')].find((b) => CREATE.test(b.textContent ?? '')) ?? null;
  return { ...capture, root, search, find, createOffer };
}

describe('business picker', () => {
  it('does not offer to register a name a business already has, however it is typed', async () => {
    const { find, createOffer, root } = await renderPicker(['みなと商店', 'ABC商事']);
    for (const typed of ['ミナト商店', 'ﾐﾅﾄ商店', ' みなと商店 ', 'ａｂｃ商事']) {
      await find(typed);
      expect(createOffer(), typed).toBeNull();
      expect(root.querySelector('.business-results')?.textContent).toMatch(/みなと商店|ABC商事/);
    }
    await find('みなと商');
    expect(createOffer()?.textContent).toBe('「みなと商」を新しい事業者として登録');
  });

  it('picks the business of that name on Enter instead of registering a twin', async () => {
    const { find, search, root, db } = await renderPicker(['喫茶みなと', 'みなと']);
    await find('ミナト');
    await press(search, 'Enter');
    await expect.poll(() => root.querySelector('[data-testid="selected-business"]')?.textContent).toBe('みなと');
    expect(await db.businesses.count()).toBe(2);
  });

  it('selects the existing business when asked to register its exact name', async () => {
    const { stores, db } = await renderPicker(['みなと商店']);
    const picked = await stores.picker.createNamed('ミナト商店');
    expect(picked?.name).toBe('みなと商店');
    expect(await db.businesses.count()).toBe(1);
  });

  it('lists the latest five businesses under a heading when the search is empty', async () => {
    const { root } = await renderPicker(['一番', '二番', '三番', '四番', '五番', '六番']);
    await expect.poll(() => root.querySelectorAll('.business-results li').length).toBe(5);
    const list = root.querySelector('.business-results')!;
    const heading = document.getElementById(list.getAttribute('aria-labelledby') ?? '');
    expect(heading?.tagName).toBe('H3'); // under the new-note area's heading
    expect(heading?.textContent).toBe('最近の事業者');
    expect(list.textContent).toContain('六番');
    expect(list.textContent).not.toContain('一番');
    expect(unnamedControls(root)).toEqual([]);
  });

  it('names the list as search results once the advisor types', async () => {
    const { root, find } = await renderPicker(['一番']);
    await find('一');
    const list = root.querySelector('.business-results')!;
    expect(list.getAttribute('aria-label')).toBe('事業者の検索結果');
    expect(list.hasAttribute('aria-labelledby')).toBe(false);
    expect(root.textContent).not.toContain('最近の事業者');
  });
});
