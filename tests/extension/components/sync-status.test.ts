import { h } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openServices } from '../../../extension/app/compose';
import { SyncStatusBar } from '../../../extension/components/sync/SyncStatusBar';
import { I18nContext } from '../../../extension/state/contexts';
import { createSyncViewStore } from '../../../extension/state/sync-view-store';
import { INITIAL_SYNC_STATUS } from '../../../extension/sync/state';
import { freshDbName } from '../support/db';
import { button, click, renderInto } from '../support/render';

beforeEach(() => fakeBrowser.reset());

describe('sync status', () => {
  it('says sync is stopped while the server URL would carry the token in clear text, and opens the settings', async () => {
    const services = await openServices(freshDbName());
    let opened = 0;
    const lastError = { code: 'insecure_server_url', message: 'サーバーURLが http:// のため…' };
    const sync = createSyncViewStore({
      observe: (onChange) => (onChange({ status: { ...INITIAL_SYNC_STATUS, phase: 'backoff', lastError }, pending: 2, rejected: [] }), () => {}),
      watchEnabled: (onChange) => (onChange(true), () => {}),
      kick: () => {},
      discard: async () => {},
      openOptions: () => opened++,
    });
    const root = await renderInto(h(I18nContext.Provider, { value: services.i18n }, h(SyncStatusBar, { sync })));
    expect(root.querySelector('[data-testid="sync-insecure"]')?.textContent).toContain('https:// で始まるURLに直してください');
    expect(root.textContent).not.toContain('自動で再試行します');
    await click(button(root, '設定を開く'));
    expect(opened).toBe(1);
  });
});
