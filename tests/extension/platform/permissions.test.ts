import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureServerAccess } from '../../../extension/platform/permissions';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** The browser's permission API, which WXT's fake browser leaves out: `held` origins are granted, a prompt answers `answer`. */
function permissions(held: string[], answer: boolean) {
  const asked: string[][] = [];
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) => origins.every((o) => held.includes(o)));
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async ({ origins = [] }) => (asked.push(origins), answer));
  return asked;
}

describe('access to the server', () => {
  it('asks for the local API too when the manifest does not grant it (a production build)', async () => {
    const asked = permissions([], true);
    expect(await ensureServerAccess('http://127.0.0.1:8787')).toBe(true);
    expect(asked).toEqual([['http://127.0.0.1:8787/*']]);
  });

  it('asks nothing when the origin is already granted (a development build, or granted before)', async () => {
    const asked = permissions(['http://localhost:8787/*'], false);
    expect(await ensureServerAccess('http://localhost:8787/')).toBe(true);
    expect(asked).toEqual([]);
  });

  it('says no when the advisor refuses the prompt', async () => {
    const asked = permissions([], false);
    expect(await ensureServerAccess('https://karte.example.jp/api')).toBe(false);
    expect(asked).toEqual([['https://karte.example.jp/*']]);
  });
});
