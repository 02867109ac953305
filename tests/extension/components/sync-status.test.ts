import { h } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openServices } from '../../../extension/app/compose';
import { SyncStatusBar } from '../../../extension/components/sync/SyncStatusBar';
import type { SyncSnapshot } from '../../../extension/db/sync-status-queries';
import { I18nContext } from '../../../extension/state/contexts';
import { createSyncViewStore, type SyncMode } from '../../../extension/state/sync-view-store';
import { INITIAL_SYNC_STATUS, type SyncStatus } from '../../../extension/sync/state';
import { freshDbName } from '../support/db';
import { button, click, renderInto } from '../support/render';

beforeEach(() => fakeBrowser.reset());

/** The bar over a sync view fed by hand: `publish` and `setMode` stand in for the background and the settings. */
async function renderBar(mode: SyncMode, status: Partial<SyncStatus> = {}) {
  const services = await openServices(freshDbName());
  const calls = { opened: 0, syncNow: 0 };
  let publish!: (s: SyncSnapshot) => void;
  let setMode!: (m: SyncMode) => void;
  const sync = createSyncViewStore({
    observe: (onChange) => (
      (publish = onChange), onChange({ status: { ...INITIAL_SYNC_STATUS, ...status }, pending: 0, rejected: [] }), () => {}
    ),
    watchMode: (onChange) => ((setMode = onChange), onChange(mode), () => {}),
    kick: () => {},
    syncNow: () => calls.syncNow++,
    discard: async () => {},
    openOptions: () => calls.opened++,
  });
  const root = await renderInto(h(I18nContext.Provider, { value: services.i18n }, h(SyncStatusBar, { sync })));
  return {
    root,
    calls,
    publish: (s: Partial<SyncStatus>, pending = 0) =>
      act(() => publish({ status: { ...INITIAL_SYNC_STATUS, ...s }, pending, rejected: [] })),
    setMode: (m: SyncMode) => act(() => setMode(m)),
  };
}

describe('sync status', () => {
  it('says sync is stopped while the server URL would carry the token in clear text, and opens the settings', async () => {
    const lastError = { code: 'insecure_server_url', message: 'サーバーURLが http:// のため…' };
    const { root, calls } = await renderBar('on', { phase: 'backoff', lastError });
    expect(root.querySelector('[data-testid="sync-insecure"]')?.textContent).toContain('https:// で始まるURLに直してください');
    expect(root.textContent).not.toContain('自動で再試行します');
    await click(button(root, '設定を開く'));
    expect(calls.opened).toBe(1);
  });

  it('reads a sync of a moment ago, or one stamped ahead of the clock, as たった今 — never as a time to come', async () => {
    const { root, publish } = await renderBar('on', { lastSyncAt: new Date(Date.now() + 6_000).toISOString() });
    expect(root.querySelector('[data-testid="sync-last"]')?.textContent).toBe('最終同期 たった今');
    await publish({ lastSyncAt: new Date(Date.now() - 40_000).toISOString() });
    expect(root.querySelector('[data-testid="sync-last"]')?.textContent).toBe('最終同期 たった今');
    await publish({ lastSyncAt: new Date(Date.now() - 3 * 60_000).toISOString() });
    expect(root.querySelector('[data-testid="sync-last"]')?.textContent).toBe('最終同期 3 分前');
  });

  it('offers 今すぐ同期, not while a sync runs', async () => {
    const { root, calls, publish } = await renderBar('on', { lastSyncAt: new Date().toISOString() });
    await click(button(root, '今すぐ同期'));
    expect(calls.syncNow).toBe(1);
    await publish({ phase: 'syncing' });
    expect(button(root, '今すぐ同期').disabled).toBe(true);
    expect(root.querySelector('[data-testid="sync-last"]')?.textContent).toBe('同期中…');
  });

  it('before sign-in says the notes stay on this computer, leads to the settings, and goes once signed in', async () => {
    const { root, calls, setMode } = await renderBar('not_signed_in');
    const banner = root.querySelector('[data-testid="first-run"]');
    expect(banner?.textContent).toContain('このパソコンに保存されています');
    await click(button(root, '設定でサインイン'));
    expect(calls.opened).toBe(1);

    await setMode('on');
    expect(root.querySelector('[data-testid="first-run"]')).toBeNull();
    expect(root.querySelector('[data-testid="sync-status"]')).not.toBeNull();
    await setMode('local_only'); // chosen: nothing to tell, nothing to sync
    expect(root.textContent).toBe('');
  });
});
