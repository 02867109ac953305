import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localItem } from '../../../extension/platform/local-item';
import { settings } from '../../../extension/platform/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings in extension storage', () => {
  it('read as their default until set, then as set', async () => {
    expect(await settings.serverUrl.getValue()).toBe('http://127.0.0.1:8787');
    await settings.serverUrl.setValue('https://karte.example.jp');
    expect(await settings.serverUrl.getValue()).toBe('https://karte.example.jp');
  });

  it('keep what an earlier version stored under the same keys', async () => {
    await fakeBrowser.storage.local.set({ language: 'en', siteRules: { allow: ['bizmil.example.jp'], deny: [] } });
    expect(await settings.language.getValue()).toBe('en');
    expect(await settings.siteAccess.getValue()).toEqual({ allow: ['bizmil.example.jp'], deny: [] });
  });

  it('keep the site access lists under their first key, siteRules, so lists saved before the rename still apply', async () => {
    await settings.siteAccess.setValue({ allow: [], deny: ['mail.example.jp'] });
    expect(await fakeBrowser.storage.local.get('siteRules')).toEqual({ siteRules: { allow: [], deny: ['mail.example.jp'] } });
  });

  it('tell a watcher about changes made anywhere, until it stops watching', async () => {
    const item = localItem<boolean>('localOnly', false);
    const seen: boolean[] = [];
    const stop = item.watch((v) => seen.push(v));
    await fakeBrowser.storage.local.set({ localOnly: true }); // e.g. the options page
    await fakeBrowser.storage.local.set({ apiToken: 'x' }); // another setting: not this watcher's business
    await fakeBrowser.storage.local.remove('localOnly');
    stop();
    await item.setValue(true);
    expect(seen).toEqual([true, false]);
  });
});
