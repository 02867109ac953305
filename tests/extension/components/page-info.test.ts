import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openServices } from '../../../extension/app/compose';
import { createCaptureStores } from '../../../extension/app/compose-capture';
import { PageInfo } from '../../../extension/components/PageInfo';
import { settings } from '../../../extension/platform/settings';
import { CaptureContext, I18nContext } from '../../../extension/state/contexts';
import { freshDbName } from '../support/db';
import { button, click, renderInto } from '../support/render';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const rule = (urlPattern: string, enabled = true) => ({
  name: 'ポータル',
  system: 'BIZミル',
  urlPattern,
  enabled,
  extract: { from: 'url' as const, regex: '/companies/(\\d+)' },
});

/**
 * The panel's page line beside a tab whose address the browser hides (no host access), with the
 * real capture stores: site rules in IndexedDB, the allow list in settings. Permission prompts,
 * which WXT's fake browser leaves out, are answered yes and recorded.
 */
async function renderUnknownPage(rulePatterns: string[], allow: string[]) {
  const window = await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ active: true, windowId: window!.id });
  await settings.siteAccess.setValue({ allow, deny: [] });
  const services = await openServices(freshDbName());
  const { repo } = await services.loadWrites();
  for (const pattern of rulePatterns) await repo.create('siteRule', rule(pattern));
  await repo.create('siteRule', rule('https://disabled.example.jp/*', false));
  const asked: string[][] = [];
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => false);
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async ({ origins = [] }) => (asked.push(origins), true));
  const stores = createCaptureStores(services, 'panel');
  await stores.page.refresh();
  const root = await renderInto(
    h(I18nContext.Provider, { value: services.i18n }, h(CaptureContext.Provider, { value: stores }, h(PageInfo, {}))),
  );
  return { root, asked };
}

describe('the page line when the browser hides the address', () => {
  it('asks to read the organisation’s portals, names them, and never asks for every site', async () => {
    const { root, asked } = await renderUnknownPage(
      ['https://bizmil.example.jp/companies/*', 'https://*.cybozu.com/k/12/*', '/^https:\\/\\/toas\\.example\\.jp\\//'],
      ['shoko.example.jp'],
    );
    expect(root.querySelector('[data-testid="grant-sites"]')?.textContent).toBe(
      '許可を求めるサイト: bizmil.example.jp、*.cybozu.com、*.shoko.example.jp（サイトルールと「使うサイト」の設定から）',
    );
    await click(button(root, 'ポータルのページ情報の読み取りを許可'));
    expect(asked).toEqual([['https://bizmil.example.jp/*', 'https://*.cybozu.com/*', '*://*.shoko.example.jp/*']]);
  });

  it('counts the portals past the first three', async () => {
    const { root } = await renderUnknownPage(
      ['https://a.example.jp/*', 'https://b.example.jp/*', 'https://c.example.jp/*', 'https://d.example.jp/*'],
      ['e.example.jp'],
    );
    expect(root.querySelector('[data-testid="grant-sites"]')?.textContent).toContain('a.example.jp、b.example.jp、c.example.jp ほか2件');
  });

  it('offers no button but says what to set up when no portal names a site', async () => {
    const { root, asked } = await renderUnknownPage(['/bizmil/'], []);
    expect(root.querySelector('button')).toBeNull();
    expect(root.querySelector('[data-testid="grant-none"]')?.textContent).toContain('「サイトルール」か「使うサイト」');
    expect(asked).toEqual([]);
  });
});
