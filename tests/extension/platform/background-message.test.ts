import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onBadgeRefreshRequest, requestBadgeRefresh } from '../../../extension/platform/badge-refresh';
import { onSyncRequest, requestSync } from '../../../extension/platform/sync-kick';

beforeEach(() => fakeBrowser.reset());

describe('notes from a page to the background', () => {
  it('reach only the listener of their own kind, with what they carry', async () => {
    const syncs = vi.fn();
    const badges = vi.fn();
    onSyncRequest(syncs);
    onBadgeRefreshRequest(badges);
    requestSync('open');
    requestSync('write');
    requestBadgeRefresh();
    await vi.waitFor(() => expect(badges).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(syncs.mock.calls).toEqual([['open'], ['write']]));
  });

  it('are dropped quietly when the background is not listening yet', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    requestSync('write');
    requestBadgeRefresh();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('take nothing on trust: a stray message is ignored and an unknown sync reason counts as a write', async () => {
    const syncs = vi.fn();
    onSyncRequest(syncs);
    await fakeBrowser.runtime.sendMessage('banso:sync-kick').catch(() => undefined);
    await fakeBrowser.runtime.sendMessage({ type: 'banso:sync-kick', reason: 'delete-everything' }).catch(() => undefined);
    await vi.waitFor(() => expect(syncs.mock.calls).toEqual([['write']]));
  });
});
