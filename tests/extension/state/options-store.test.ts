import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { httpUrl, type MeResponse } from '../../../shared';
import { createHttpClient } from '../../../extension/platform/http-client';
import { settings } from '../../../extension/platform/settings';
import { createOptionsStore } from '../../../extension/state/options-store';

beforeEach(() => fakeBrowser.reset());

const me: MeResponse = {
  advisor: {
    id: 'a1',
    name: '佐藤 経営指導員',
    email: null,
    role: 'advisor',
    jobTitle: 'business_advisor',
    createdAt: '2026-04-01T00:00:00Z',
    disabledAt: null,
  },
  organisation: {
    id: 'o1',
    name: '金沢商工会議所',
    kind: 'chamber_of_commerce',
    prefecture: 'ishikawa',
    municipality: '金沢市',
    fiscalYearStartMonth: 4,
    bansoRule: null,
    startupAreas: null,
  },
  protocol: 1,
  minProtocol: 1,
};

/**
 * The options store with the real settings (fake browser storage) and the real HTTP client,
 * whose fetch answers as the server would: the token decides.
 */
function optionsStore(granted = true) {
  const requests: Request[] = [];
  const http = createHttpClient({
    serverUrl: () => settings.serverUrl.getValue(),
    apiToken: () => settings.apiToken.getValue(),
    fetch: async (input, init) => {
      const req = new Request(input, init);
      requests.push(req);
      if (new URL(req.url).hostname === 'down.example') throw new TypeError('Failed to fetch');
      if (new URL(req.url).pathname === '/v1/invitations/accept') {
        const { code } = (await req.clone().json()) as { code: string };
        return code === 'K7QM3XPA'
          ? Response.json({ token: 'good-token', advisor: me.advisor, organisation: me.organisation }, { status: 201 })
          : Response.json({ error: { code: 'invitation_unusable', message: 'この招待コードはすでに使われています' } }, { status: 410 });
      }
      return req.headers.get('Authorization') === 'Bearer good-token'
        ? Response.json(me)
        : Response.json({ error: { code: 'unauthorized', message: 'APIトークンが無効か、失効しています' } }, { status: 401 });
    },
  });
  const accessAsked: string[] = [];
  const signIns: number[] = [];
  const store = createOptionsStore({
    settings,
    me: () => http.me(),
    acceptInvitation: (url, code) => http.acceptInvitation(url, code),
    isServerUrl: async (url) => httpUrl.safeParse(url).success,
    ensureServerAccess: async (url) => (accessAsked.push(url), granted),
    signedIn: () => void signIns.push(signIns.length + 1),
  });
  return { store, requests, accessAsked, http, signIns };
}

describe('options', () => {
  it('starts from the declared defaults', async () => {
    const { store } = optionsStore();
    await store.load();
    expect(store.serverUrl.value).toBe('http://127.0.0.1:8787');
    expect(store.apiToken.value).toBe('');
    expect(store.localOnly.value).toBe(false);
  });

  it('saves the server and token, and the connection test names the organisation and advisor', async () => {
    const { store, requests } = optionsStore();
    await store.load();
    store.serverUrl.value = 'https://karte.example.jp/';
    store.apiToken.value = ' good-token ';

    await store.testConnection();

    expect(await settings.serverUrl.getValue()).toBe('https://karte.example.jp/');
    expect(await settings.apiToken.getValue()).toBe('good-token');
    expect(requests[0]?.url).toBe('https://karte.example.jp/v1/me');
    expect(store.connection.value).toEqual({
      tone: 'success',
      message: { key: 'options.testOk', params: { organisation: '金沢商工会議所', advisor: '佐藤 経営指導員' } },
    });
    // Remembered: the follow-up list and reminders are this advisor's; the organisation is printed on the karte.
    expect(await settings.advisor.getValue()).toEqual({
      id: 'a1',
      name: '佐藤 経営指導員',
      role: 'advisor',
      organisationName: '金沢商工会議所',
    });
  });

  it('shows the server’s own message when it refuses the token', async () => {
    const { store } = optionsStore();
    store.serverUrl.value = 'http://127.0.0.1:8787';
    store.apiToken.value = 'old-token';
    await store.testConnection();
    expect(store.connection.value?.message).toEqual({
      key: 'options.testFailed',
      params: { message: 'APIトークンが無効か、失効しています' },
    });
    expect(await settings.advisor.getValue()).toBeNull();
  });

  it('says when the server cannot be reached', async () => {
    const { store } = optionsStore();
    store.serverUrl.value = 'https://down.example';
    store.apiToken.value = 'good-token';
    await store.testConnection();
    expect(store.connection.value?.message.key).toBe('options.testNetwork');
  });

  it('refuses a URL that is not http(s), or a server the browser did not allow, saving nothing', async () => {
    const { store } = optionsStore(false);
    store.serverUrl.value = 'ftp://karte.example.jp';
    store.apiToken.value = 'good-token';
    expect(await store.saveConnection()).toBe(false);
    expect(store.connection.value?.message.key).toBe('options.invalidUrl');

    store.serverUrl.value = 'https://karte.example.jp';
    expect(await store.saveConnection()).toBe(false);
    expect(store.connection.value?.message.key).toBe('options.permissionDenied');
    expect(await settings.serverUrl.getValue()).toBe('http://127.0.0.1:8787');
    expect(await settings.apiToken.getValue()).toBe('');
  });

  it('refuses an http:// server that is not this computer, saving nothing and sending no token', async () => {
    const { store, requests, accessAsked } = optionsStore();
    store.serverUrl.value = 'http://karte.example.jp';
    store.apiToken.value = 'good-token';
    expect(await store.saveConnection()).toBe(false);
    expect(store.connection.value).toEqual({ tone: 'error', message: { key: 'options.insecureUrl' } });
    await store.testConnection();
    expect(store.connection.value?.message.key).toBe('options.insecureUrl');
    expect(await settings.serverUrl.getValue()).toBe('http://127.0.0.1:8787');
    expect(await settings.apiToken.getValue()).toBe('');
    expect(requests).toEqual([]);
    expect(accessAsked).toEqual([]);
  });

  it('accepts http:// for the local API on this computer', async () => {
    const { store, requests } = optionsStore();
    for (const url of ['http://127.0.0.1:8788', 'http://localhost:8787', 'http://[::1]:8787']) {
      store.serverUrl.value = url;
      store.apiToken.value = 'good-token';
      await store.testConnection();
      expect(store.connection.value?.message.key).toBe('options.testOk');
      expect(await settings.serverUrl.getValue()).toBe(url);
    }
    expect(requests.map((r) => new URL(r.url).host)).toEqual(['127.0.0.1:8788', 'localhost:8787', '[::1]:8787']);
  });

  it('never sends the token to an http:// server stored before such URLs were refused', async () => {
    const { requests, http } = optionsStore();
    await settings.serverUrl.setValue('http://karte.example.jp');
    await settings.apiToken.setValue('good-token');
    expect(await http.me()).toEqual({ ok: false, reason: 'insecure' });
    expect(requests).toEqual([]);
  });

  it('joins with an invitation code: the token it answers is saved (sent nowhere else, shown nowhere), then the connection is checked', async () => {
    const { store, requests, signIns } = optionsStore();
    await store.load();
    store.serverUrl.value = 'https://karte.example.jp';
    store.inviteCode.value = ' k7qm-3xpa ';
    await store.joinWithInvitation();
    const accept = requests[0]!;
    expect(accept.url).toBe('https://karte.example.jp/v1/invitations/accept');
    expect(accept.headers.get('Authorization')).toBeNull();
    expect(await accept.json()).toEqual({ code: 'K7QM3XPA' });
    expect(requests[1]?.headers.get('Authorization')).toBe('Bearer good-token');
    expect(await settings.serverUrl.getValue()).toBe('https://karte.example.jp');
    expect(await settings.apiToken.getValue()).toBe('good-token');
    expect(await settings.advisor.getValue()).toMatchObject({ id: 'a1', role: 'advisor', organisationName: '金沢商工会議所' });
    expect(store.joinNotice.value).toEqual({
      tone: 'success',
      message: { key: 'options.testOk', params: { organisation: '金沢商工会議所', advisor: '佐藤 経営指導員' } },
    });
    expect(store.inviteCode.value).toBe('');
    expect(store.role.value).toBe('advisor');
    // Sync is asked to start at once (even if it had stopped for sign-in before).
    expect(signIns).toEqual([1]);
  });

  it('says why a code cannot be used, in the server’s words, and saves nothing', async () => {
    const { store } = optionsStore();
    await store.load();
    store.serverUrl.value = 'https://karte.example.jp';
    store.inviteCode.value = 'USED-USED';
    await store.joinWithInvitation();
    expect(store.joinNotice.value).toEqual({
      tone: 'error',
      message: { key: 'options.joinFailed', params: { message: 'この招待コードはすでに使われています' } },
    });
    expect(await settings.apiToken.getValue()).toBe('');
    expect(await settings.serverUrl.getValue()).toBe('http://127.0.0.1:8787');
  });

  it('refuses a code that is not one, or an http:// server elsewhere, without a request', async () => {
    const { store, requests } = optionsStore();
    store.serverUrl.value = 'https://karte.example.jp';
    store.inviteCode.value = 'ABC-1234';
    await store.joinWithInvitation();
    expect(store.joinNotice.value?.message.key).toBe('options.inviteMalformed');
    store.inviteCode.value = '';
    await store.joinWithInvitation();
    expect(store.joinNotice.value?.message.key).toBe('options.noInviteCode');
    store.serverUrl.value = 'http://karte.example.jp';
    store.inviteCode.value = 'K7QM-3XPA';
    await store.joinWithInvitation();
    expect(store.joinNotice.value?.message.key).toBe('options.insecureUrl');
    expect(requests).toEqual([]);
  });

  it('saves local-only mode and the site lists', async () => {
    const { store } = optionsStore();
    await store.setLocalOnly(true);
    store.allowText.value = 'bizmil.example.jp\n\n*.cybozu.com';
    store.denyText.value = 'mail.example.jp';
    await store.saveSites();
    expect(await settings.localOnly.getValue()).toBe(true);
    expect(await settings.siteAccess.getValue()).toEqual({ allow: ['bizmil.example.jp', '*.cybozu.com'], deny: ['mail.example.jp'] });
  });
});
