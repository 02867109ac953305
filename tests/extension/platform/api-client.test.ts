import { describe, expect, it } from 'vitest';
import { createApiClient, retryAfterMs } from '../../../extension/platform/api-client';

/**
 * The extension's one API client, typed from the endpoint table. Here fetch is a function;
 * against the real Worker it runs in tests/integration (org-admin-client, reports-client, …).
 */
const ID = '0190f0f0-0000-7000-8000-000000000001';
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const advisor = {
  id: ID,
  name: '山田 太郎',
  email: null,
  role: 'advisor',
  jobTitle: null,
  createdAt: '2026-01-01T00:00:00Z',
  disabledAt: null,
};

function client(
  answer: (url: string, init: RequestInit) => Promise<Response>,
  options: { token?: string | null; serverUrl?: string } = {},
) {
  const calls: { url: string; init: RequestInit }[] = [];
  const api = createApiClient({
    serverUrl: async () => options.serverUrl ?? 'https://api.example.jp/',
    apiToken: async () => (options.token === undefined ? 'bk_token' : options.token),
    timeoutMs: 50,
    fetch: (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return answer(url, init);
    }) as typeof fetch,
  });
  return { api, calls };
}

describe('api client', () => {
  it('fills the path parameters, sends the body as JSON with the token, and parses the answer with its schema', async () => {
    const { api, calls } = client(async () => json({ ...advisor, role: 'manager' }));
    const result = await api.call('updateAdvisor', { params: { id: ID }, body: { role: 'manager' } });
    expect(result).toEqual({ ok: true, value: { ...advisor, role: 'manager' } });
    expect(calls[0]!.url).toBe(`https://api.example.jp/v1/admin/advisors/${ID}`);
    expect(calls[0]!.init.method).toBe('PATCH');
    const headers = new Headers(calls[0]!.init.headers);
    expect(headers.get('Authorization')).toBe('Bearer bk_token');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ role: 'manager' });
  });

  it('writes the query in the order given and leaves out what is undefined', async () => {
    const { api, calls } = client(async () => json({ items: [], nextCursor: null }));
    await api.call('listTokens', { query: { limit: 200, cursor: undefined, advisorId: ID } });
    expect(calls[0]!.url).toBe(`https://api.example.jp/v1/admin/tokens?limit=200&advisorId=${ID}`);
  });

  it('sends no token to an endpoint that needs none, and joins at the URL typed', async () => {
    const { api, calls } = client(async () =>
      json(
        {
          token: 'bk_new',
          advisor,
          organisation: {
            id: ID,
            name: '能登商工会',
            kind: null,
            prefecture: null,
            municipality: '',
            fiscalYearStartMonth: 4,
          },
        },
        201,
      ),
    );
    const result = await api.call('acceptInvitation', { body: { code: 'ABCD-EFGH' } }, { baseUrl: 'https://other.example.jp' });
    expect(result).toMatchObject({ ok: true, value: { token: 'bk_new', organisation: { bansoRule: null } } });
    expect(calls[0]!.url).toBe('https://other.example.jp/v1/invitations/accept');
    expect(new Headers(calls[0]!.init.headers).has('Authorization')).toBe(false);
  });

  it('sends nothing to an http:// server elsewhere, nor without a token', async () => {
    const insecure = client(async () => json({}), { serverUrl: 'http://api.example.jp' });
    expect(await insecure.api.call('me')).toEqual({ ok: false, reason: 'insecure' });
    expect(await insecure.api.call('acceptInvitation', { body: { code: 'x' } })).toEqual({ ok: false, reason: 'insecure' });
    const signedOut = client(async () => json({}), { token: '' });
    expect(await signedOut.api.call('me')).toEqual({ ok: false, reason: 'signed_out' });
    expect([...insecure.calls, ...signedOut.calls]).toHaveLength(0);
    const local = client(async () => json({ status: 'ok', protocol: 4, minProtocol: 1 }), { serverUrl: 'http://127.0.0.1:8787' });
    expect(await local.api.call('health')).toMatchObject({ ok: true });
  });

  it("returns the server's own message, its error body and Retry-After", async () => {
    const error = { code: 'rate_limited', message: 'リクエストが多すぎます' };
    const { api } = client(async () => json({ error }, 429, { 'Retry-After': '60' }));
    expect(await api.call('me')).toEqual({ ok: false, reason: 'server', status: 429, message: error.message, error, retryAfterMs: 60_000 });
  });

  it('calls an answer that is not the API’s a bad response, and no answer a network failure', async () => {
    const gateway = client(async () => new Response('<h1>502</h1>', { status: 502 }));
    expect(await gateway.api.call('me')).toEqual({ ok: false, reason: 'bad_response', status: 502, retryAfterMs: null });
    const portal = client(async () => new Response('<html>Wi-Fi</html>', { status: 200 }));
    expect(await portal.api.call('me')).toMatchObject({ ok: false, reason: 'bad_response', status: 200 });
    const offline = client(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await offline.api.call('me')).toEqual({ ok: false, reason: 'network' });
    const slow = client(
      (_url, init) => new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason))),
    );
    expect(await slow.api.call('me')).toEqual({ ok: false, reason: 'network' });
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterMs('30', 0)).toBe(30_000);
    expect(retryAfterMs(new Date(90_000).toUTCString(), 0)).toBe(90_000);
    expect(retryAfterMs('soon', 0)).toBeNull();
    expect(retryAfterMs(null, 0)).toBeNull();
  });
});
