import { h } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openServices } from '../../../extension/app/compose';
import { createTaxonomy } from '../../../extension/app/compose-capture';
import { createOptions } from '../../../extension/app/compose-options';
import { Options } from '../../../extension/app/Options';
import { settings } from '../../../extension/platform/settings';
import { I18nContext, OptionsContext } from '../../../extension/state/contexts';
import { freshDbName } from '../support/db';
import { button, byLabel, click, renderInto, typeInto, unnamedControls } from '../support/render';

beforeEach(() => fakeBrowser.reset());

/** The options page as its entrypoint composes it, on WXT's fake browser storage. */
async function renderOptions() {
  const services = await openServices(freshDbName());
  const options = createOptions();
  await options.load();
  const taxonomy = createTaxonomy(services.db);
  const root = await renderInto(
    h(I18nContext.Provider, { value: services.i18n }, h(OptionsContext.Provider, { value: options }, h(Options, { taxonomy }))),
  );
  return { root };
}

describe('options page', () => {
  it('refuses an http:// server URL that is not this computer, says to use https, and saves nothing', async () => {
    const { root } = await renderOptions();
    await typeInto(byLabel(root, 'サーバーURL'), 'http://karte.example.jp');
    await typeInto(byLabel(root, 'APIトークン'), 'bk_secret');
    await click(button(root, 'サーバー設定を保存'));
    const result = () => root.querySelector('[data-testid="connection-result"]')?.textContent ?? '';
    await expect.poll(result).toContain('https:// で始まるURLを入力してください');
    expect(await settings.serverUrl.getValue()).toBe('http://127.0.0.1:8787');
    expect(await settings.apiToken.getValue()).toBe('');

    await click(button(root, '接続テスト'));
    await expect.poll(result).toContain('http:// のサーバーURLは保存できません');
    expect(await settings.apiToken.getValue()).toBe('');
  });

  it('offers 招待コードで参加 beside the token, every control named', async () => {
    const { root } = await renderOptions();
    const join = root.querySelector('form.join')!;
    expect(join.querySelector('h3')?.textContent).toBe('招待コードで参加');
    expect(byLabel(join, '招待コード')).toBeTruthy();
    expect(button(join, '参加する').type).toBe('submit');
    expect(unnamedControls(root)).toEqual([]);
    await click(button(join, '参加する'));
    await expect.poll(() => root.querySelector('[data-testid="join-result"]')?.textContent).toBe('招待コードを入力してください');
  });

  it.each([
    ['admin', 'organisation.html', '職員・招待・組織情報・タグの管理を開く'],
    ['manager', 'organisation.html', 'タグの管理を開く'],
    ['advisor', null, null],
  ] as const)('leads an %s to the organisation page as their role allows', async (role, href, text) => {
    await settings.apiToken.setValue('token');
    await settings.advisor.setValue({ id: 'a1', name: '佐藤 一郎', role, organisationName: '輪島商工会' });
    const { root } = await renderOptions();
    const link = root.querySelector('a[href="organisation.html"]');
    expect(link?.getAttribute('href') ?? null).toBe(href);
    expect(link?.textContent ?? null).toBe(text);
  });

  it.each([
    ['manager', '組織の相談件数・伴走支援案件・カルテ品質・被災事業者の集計を開く'],
    ['advisor', '自分の相談件数・伴走支援案件・カルテ品質・被災事業者の集計を開く'],
  ] as const)('leads a signed-in %s to the reports, and no one before sign-in', async (role, text) => {
    expect((await renderOptions()).root.querySelector('a[href="reports.html"]')).toBeNull();
    await settings.apiToken.setValue('token');
    await settings.advisor.setValue({ id: 'a1', name: '佐藤 一郎', role, organisationName: '輪島商工会' });
    const { root } = await renderOptions();
    expect(root.querySelector('a[href="reports.html"]')?.textContent).toBe(text);
  });

  it.each([
    ['admin', '組織全体または自分の記録を書き出す（JSON・CSV）'],
    ['manager', '自分の記録を書き出す（JSON・CSV）'],
    ['advisor', '自分の記録を書き出す（JSON・CSV）'],
  ] as const)('leads a signed-in %s to the export, and no one before sign-in', async (role, text) => {
    expect((await renderOptions()).root.querySelector('a[href="export.html"]')).toBeNull();
    await settings.apiToken.setValue('token');
    await settings.advisor.setValue({ id: 'a1', name: '佐藤 一郎', role, organisationName: '輪島商工会' });
    const { root } = await renderOptions();
    expect(root.querySelector('a[href="export.html"]')?.textContent).toBe(text);
  });
});
